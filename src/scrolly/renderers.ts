import type { GraphicRenderer } from '../charts/types';

/** Client renderers by graphic name (the client half of src/charts/registry.ts). */
export const RENDERERS: Record<string, GraphicRenderer> = {};
