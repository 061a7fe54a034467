import type { GraphicRenderer } from '../types';
import { applyScene, readSceneData } from '../fire-day/apply-scene';
import { DRAWDOWN_SIZE, drawdownScene, type DrawdownData } from './scene';

/** Draws the drawdown's `state` at `progress` (progress is the day, in "drawdown-run") into the build-time SVG. */
export const renderDrawdown: GraphicRenderer = (root, state, progress, options) => {
  const data = readSceneData<DrawdownData>(root);
  applyScene(root, drawdownScene(data, state, DRAWDOWN_SIZE, progress), options.animate);
};
