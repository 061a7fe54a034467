import { sceneRenderer } from '../kit/apply';
import { drawdownScene } from './scene';

/** The drawdown's client renderer: progress through "drawdown-run" is the day shown. */
export default sceneRenderer(drawdownScene);
