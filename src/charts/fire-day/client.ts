import { sceneRenderer } from '../kit/apply';
import { fireDayScene } from './scene';

/** fire-day's client renderer: the build's scene, applied to the build-time SVG as the reader scrolls. */
export default sceneRenderer(fireDayScene);
