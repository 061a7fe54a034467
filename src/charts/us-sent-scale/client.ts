import { sceneRenderer } from '../kit/apply';
import { scaleScene } from './scene';

/** us-sent-scale's client renderer: the build's scene, applied as the reader scrolls. */
export default sceneRenderer(scaleScene);
