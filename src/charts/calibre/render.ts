import type { GraphicRenderer } from '../types';
import { applyScene, readSceneData } from '../fire-day/apply-scene';
import { CALIBRE_SIZE, calibreScene, type CalibreData } from './scene';

/** Draws the calibre diagram's `state` into the build-time SVG (client only). */
export const renderCalibre: GraphicRenderer = (root, state, progress, options) => {
  const data = readSceneData<CalibreData>(root);
  applyScene(root, calibreScene(data, state, CALIBRE_SIZE, progress), options.animate);
};
