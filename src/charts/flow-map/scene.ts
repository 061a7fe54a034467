import { resolveState, type Scene, type SceneNode, type Size, type TextLine } from '../kit/scene';
import type { ActorId } from './actors';
import { INSET_ACTORS } from './inset';
import type { FlowId, NoteId } from './flows';
import { BLANK_STATE, STATES, type FlowMapState } from './states';

/** A circle in the frame: centre and radius. */
export type Circle = { cx: number; cy: number; r: number };

/** A block of text on the map: first baseline, alignment, lines and type size. */
export interface PlacedText {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  fontSize: number;
  lineHeight: number;
}

/**
 * Where everything on the map goes at one size, whatever the state (see layout.ts, which works it
 * out from the atlas at build time): what the client needs to draw any state, without the basemap.
 */
export interface FlowMapData {
  size: Size;
  /** The disc the map is drawn on (its horizon). */
  disc: Circle;
  /** The Korean peninsula close up (see layout.ts): its disc, the ring round the Koreas' dots, the leader between. */
  inset: { disc: Circle; locator: Circle; leader: string };
  /** Radius of the anchor dots. */
  markRadius: number;
  countries: { id: ActorId; anchor: [number, number]; label: PlacedText }[];
  flows: { id: FlowId; from: ActorId; to: ActorId; d: string; arrowhead: string; label: PlacedText }[];
  notes: { id: NoteId; label: PlacedText }[];
  /** The figures behind the labels, for the data table: the ledger's numbers and display text. */
  figures: { purchase: { value: number; display: string }; sent: { value: number; display: string }; howitzers: number };
}

/**
 * flowMapState(name) spreads the named state (states.ts) over the blank map.
 * Throws, naming the known states, for a name the map does not define.
 */
export function flowMapState(name: string): FlowMapState {
  return { ...BLANK_STATE, ...resolveState<Partial<FlowMapState>>(STATES, name, 'flow-map') };
}

/** How long the picture takes to change, in milliseconds: fades, and arrows drawing along their great circle. */
export const DURATION = { fade: 300, draw: 900 } as const;

/** Ledger ids behind the figures on arrow labels and notes (for the tests that tie labels to the ledger). */
const LABEL_FACTS = ['purchase-rounds', 'calibre-nato', 'us-howitzers-sent', 'us-rounds-sent'];

function textLines(block: PlacedText, boldFirst: boolean): TextLine[] {
  return block.lines.map((text, index) => ({
    text,
    x: block.x,
    dy: index === 0 ? 0 : block.lineHeight,
    className: boldFirst && index === 0 ? 'flow-map__label-title' : undefined,
  }));
}

/**
 * flowMapScene(data, state, size, progress) is the map's picture of one named state: countries
 * fade in their colour, arrows draw along their great circle (stroke-dashoffset on a pathLength of
 * 1), then their heads and labels appear. The basemap is the scene's `use` of shapes drawn once per
 * page (index.ts `defs`). Progress does not change this picture. Pure.
 */
export function flowMapScene(data: FlowMapData, stateName: string, size: Size, _progress: number): Scene {
  if (size.width !== data.size.width || size.height !== data.size.height) {
    throw new RangeError(`flow-map: laid out at ${data.size.width}×${data.size.height}, asked for ${size.width}×${size.height}`);
  }
  const state = flowMapState(stateName);
  const flowShown = new Set<FlowId>(state.flows);
  const shownFlows = data.flows.filter((flow) => flowShown.has(flow.id));
  const endpoint = (id: ActorId) => shownFlows.some((flow) => flow.from === id || flow.to === id);
  const name = { kind: 'name', facts: [] } as const;
  const value = { kind: 'value', facts: LABEL_FACTS } as const;
  const text = (id: string, className: string, block: PlacedText, visible: boolean, boldFirst: boolean, label: SceneNode['label'], delay = 0): SceneNode => ({
    id,
    tag: 'text',
    className,
    attrs: { x: block.x, y: block.y, 'text-anchor': block.anchor, 'font-size': block.fontSize },
    text: block.lines.join(' '),
    lines: textLines(block, boldFirst),
    visible,
    label,
    timing: { delay: visible ? delay : 0, duration: DURATION.fade },
  });

  // Each country is drawn twice, plain and (faded in when the state highlights it) in its colour; the Koreas again in the inset.
  const countryUses = (prefix: string, ids: readonly ActorId[]): SceneNode[] => [
    ...ids.map((id): SceneNode => ({ id: `${prefix}country-${id}`, tag: 'use', className: 'flow-map__country', attrs: { href: `#flow-map-${prefix}country-${id}` }, visible: true })),
    ...ids.map((id): SceneNode => ({
      id: `${prefix}highlight-${id}`,
      tag: 'use',
      className: `flow-map__highlight flow-map__highlight--${id}`,
      attrs: { href: `#flow-map-${prefix}country-${id}` },
      visible: state.highlighted.includes(id),
      timing: { duration: DURATION.fade },
    })),
  ];
  const nodes: SceneNode[] = [
    { id: 'ocean', tag: 'circle', className: 'flow-map__ocean', attrs: data.disc, visible: true },
    { id: 'land', tag: 'use', className: 'flow-map__land', attrs: { href: '#flow-map-land' }, visible: true },
    ...countryUses('', data.countries.map((country) => country.id)),
    { id: 'horizon', tag: 'circle', className: 'flow-map__horizon', attrs: data.disc, visible: true },
    ...data.flows.flatMap((flow): SceneNode[] => {
      const visible = flowShown.has(flow.id);
      const line = (part: 'arc-halo' | 'arc'): SceneNode => ({
        id: `${part}-${flow.id}`,
        tag: 'path',
        className: `flow-map__${part} flow-map__flow--${flow.from}`,
        attrs: { d: flow.d, pathLength: 1, 'stroke-dasharray': '1 1', 'stroke-dashoffset': visible ? 0 : 1 },
        visible,
        timing: { duration: visible ? DURATION.draw : DURATION.fade },
      });
      return [
        line('arc-halo'),
        line('arc'),
        {
          id: `head-${flow.id}`,
          tag: 'path',
          className: `flow-map__arrowhead flow-map__flow--${flow.from}`,
          attrs: { d: flow.arrowhead },
          visible,
          timing: visible ? { delay: DURATION.draw * 0.85, duration: DURATION.fade } : { duration: DURATION.fade },
        },
      ];
    }),
    ...data.countries.map((country): SceneNode => ({
      id: `mark-${country.id}`,
      tag: 'circle',
      className: `flow-map__mark flow-map__mark--${country.id}`,
      attrs: { cx: country.anchor[0], cy: country.anchor[1], r: data.markRadius },
      visible: state.labelled.includes(country.id) || endpoint(country.id),
      timing: { duration: DURATION.fade },
    })),
    { id: 'inset-locator', tag: 'circle', className: 'flow-map__locator', attrs: data.inset.locator, visible: true },
    { id: 'inset-leader', tag: 'path', className: 'flow-map__locator', attrs: { d: data.inset.leader }, visible: true },
    { id: 'inset-ocean', tag: 'circle', className: 'flow-map__ocean flow-map__inset-ocean', attrs: data.inset.disc, visible: true },
    { id: 'inset-land', tag: 'use', className: 'flow-map__land', attrs: { href: '#flow-map-inset-land' }, visible: true },
    ...countryUses('inset-', INSET_ACTORS),
    { id: 'inset-edge', tag: 'circle', className: 'flow-map__inset-edge', attrs: data.inset.disc, visible: true },
    ...data.countries.map((country) => text(`name-${country.id}`, 'flow-map__name', country.label, state.labelled.includes(country.id), false, name)),
    ...data.flows.map((flow) => text(`label-${flow.id}`, 'flow-map__label', flow.label, flowShown.has(flow.id), true, value, DURATION.draw * 0.6)),
    ...data.notes.map((note) => text(`note-${note.id}`, `flow-map__note flow-map__note--${note.id}`, note.label, state.notes.includes(note.id), false, value, DURATION.draw)),
  ];
  return { width: size.width, height: size.height, nodes };
}
