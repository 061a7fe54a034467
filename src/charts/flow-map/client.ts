import { sceneRenderer } from '../kit/apply';
import { flowMapScene } from './scene';

/** The flow map's client renderer: the build's scene, applied as the reader scrolls. */
export default sceneRenderer(flowMapScene);
