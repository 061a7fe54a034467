import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { GraphicDefinition } from './types';
import FireDay from '../components/graphics/FireDay.astro';
import { fireDayDefinition } from './fire-day/definition';
import Drawdown from '../components/graphics/Drawdown.astro';
import { drawdownDefinition } from './drawdown/definition';
import UsSentScale from '../components/graphics/UsSentScale.astro';
import { usSentScaleDefinition } from './us-sent-scale/definition';
import Calibre from '../components/graphics/Calibre.astro';
import { calibreDefinition } from './calibre/definition';
import FlowMap from '../components/graphics/FlowMap.astro';
import { flowMapDefinition } from './flow-map/definition';

/** A graphic at build time: its definition and the component that draws it. */
export interface RegisteredGraphic {
  definition: GraphicDefinition;
  /** Renders <svg data-graphic=… data-state=…>; props: { state: string; variant: 'live' | 'static' }. */
  component: AstroComponentFactory;
}

/** Every graphic of the site, by name. Add a graphic here and in src/scrolly/renderers.ts. */
export const GRAPHICS: Record<string, RegisteredGraphic> = {
  'flow-map': { definition: flowMapDefinition, component: FlowMap },
  'fire-day': { definition: fireDayDefinition, component: FireDay },
  drawdown: { definition: drawdownDefinition, component: Drawdown },
  'us-sent-scale': { definition: usSentScaleDefinition, component: UsSentScale },
  calibre: { definition: calibreDefinition, component: Calibre },
};

/** Looks up a graphic by name, failing the build with the known names when it does not exist. */
export function requireGraphic(name: string, where: string): RegisteredGraphic {
  const graphic = GRAPHICS[name];
  if (!graphic) {
    throw new Error(`${where}: unknown graphic "${name}" (known: ${Object.keys(GRAPHICS).join(', ') || 'none'})`);
  }
  return graphic;
}

/** Finds the graphic that owns a state name; state names are unique across graphics. */
export function graphicOfState(state: string, where: string): RegisteredGraphic {
  const owners = Object.values(GRAPHICS).filter((graphic) => graphic.definition.states.includes(state));
  if (owners.length === 0) {
    const known = Object.values(GRAPHICS).flatMap((graphic) => graphic.definition.states);
    throw new Error(`${where}: unknown step state "${state}" (known: ${known.join(', ') || 'none'})`);
  }
  if (owners.length > 1) {
    throw new Error(`${where}: state "${state}" is defined by more than one graphic: ${owners.map((g) => g.definition.name).join(', ')}`);
  }
  return owners[0]!;
}
