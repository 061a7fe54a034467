import type { GraphicRenderer } from '../charts/types';
import { renderFlowMap } from '../charts/flow-map/render';

/** Client renderers by graphic name (the client half of src/charts/registry.ts). */
export const RENDERERS: Record<string, GraphicRenderer> = {
  'flow-map': renderFlowMap,
};
