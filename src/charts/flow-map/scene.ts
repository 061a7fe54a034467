import type { Scene, SceneNode, Size, TextLine } from '../kit/scene';
import type { ActorId } from './actors';
import type { FlowId, NoteId } from './flows';
import { flowMapState } from './states';

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
  /** Radius of the anchor dots. */
  markRadius: number;
  countries: { id: ActorId; anchor: [number, number]; label: PlacedText }[];
  flows: { id: FlowId; from: ActorId; to: ActorId; d: string; arrowhead: string; label: PlacedText }[];
  notes: { id: NoteId; label: PlacedText }[];
  /** The figures behind the labels, for the data table: the ledger's numbers and display text. */
  figures: { purchase: { value: number; display: string }; sent: { value: number; display: string }; howitzers: number };
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
    timing: visible && delay > 0 ? { delay, duration: DURATION.fade } : { duration: DURATION.fade },
  });

  const nodes: SceneNode[] = [
    { id: 'land', tag: 'use', className: 'flow-map__land', attrs: { href: '#flow-map-land' }, visible: true },
    ...data.countries.map((country): SceneNode => ({
      id: `country-${country.id}`,
      tag: 'use',
      className: 'flow-map__country',
      attrs: { href: `#flow-map-country-${country.id}` },
      visible: true,
    })),
    ...data.countries.map((country): SceneNode => ({
      id: `highlight-${country.id}`,
      tag: 'use',
      className: `flow-map__highlight flow-map__highlight--${country.id}`,
      attrs: { href: `#flow-map-country-${country.id}` },
      visible: state.highlighted.includes(country.id),
      timing: { duration: DURATION.fade },
    })),
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
    ...data.countries.map((country) => text(`name-${country.id}`, 'flow-map__name', country.label, state.labelled.includes(country.id), false, name)),
    ...data.flows.map((flow) => text(`label-${flow.id}`, 'flow-map__label', flow.label, flowShown.has(flow.id), true, value, DURATION.draw * 0.6)),
    ...data.notes.map((note) => text(`note-${note.id}`, `flow-map__note flow-map__note--${note.id}`, note.label, state.notes.includes(note.id), false, value, DURATION.draw)),
  ];
  return { width: size.width, height: size.height, nodes };
}
