import type { GraphicRenderer } from '../charts/types';
import { renderFireDay } from '../charts/fire-day/render';
import { renderDrawdown } from '../charts/drawdown/render';
import { renderUsSentScale } from '../charts/us-sent-scale/render';
import { renderCalibre } from '../charts/calibre/render';
import { renderFlowMap } from '../charts/flow-map/render';

/** Client renderers by graphic name (the client half of src/charts/registry.ts). */
export const RENDERERS: Record<string, GraphicRenderer> = {
  'flow-map': renderFlowMap,
  'fire-day': renderFireDay,
  drawdown: renderDrawdown,
  'us-sent-scale': renderUsSentScale,
  calibre: renderCalibre,
};
