import { sceneRenderer } from '../kit/apply';
import { calibreScene } from './scene';

/** The calibre graphic's client renderer: the build's scene, applied as the reader scrolls. */
export default sceneRenderer(calibreScene);
