import type { GraphicRenderer } from '../types';
import { applyScene, readSceneData } from './apply-scene';
import { FIRE_DAY_SIZE, fireDayScene, type FireDayData } from './scene';

/** Draws fire-day's `state` at `progress` into the build-time SVG (client only). */
export const renderFireDay: GraphicRenderer = (root, state, progress, options) => {
  const data = readSceneData<FireDayData>(root);
  applyScene(root, fireDayScene(data, state, FIRE_DAY_SIZE, progress), options.animate);
};
