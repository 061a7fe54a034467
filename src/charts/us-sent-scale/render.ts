import type { GraphicRenderer } from '../types';
import { applyScene, readSceneData } from '../fire-day/apply-scene';
import { SCALE_SIZE, scaleScene, type ScaleData } from './scene';

/** Draws us-sent-scale's `state` at `progress` into the build-time SVG (client only). */
export const renderUsSentScale: GraphicRenderer = (root, state, progress, options) => {
  const data = readSceneData<ScaleData>(root);
  applyScene(root, scaleScene(data, state, SCALE_SIZE, progress), options.animate);
};
