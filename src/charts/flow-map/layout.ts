import { geoAzimuthalEqualArea, geoInterpolate, type GeoProjection } from 'd3-geo';
import type { Size } from '../kit/scene';
import { flowMapState, type Circle } from './scene';
import { ACTORS, ACTOR_IDS, type ActorId, type LabelPlacement } from './actors';
import { compactPath } from './compact-path';
import { INSET_ACTORS, type InsetActorId } from './inset';
import { FLOWS, FLOW_IDS, NOTE_IDS, type FlowId, type NoteId } from './flows';
import type { FlowMapGeo } from './geo';
import type { FlowMapLabels } from './labels';
import type { FlowMapState } from './states';

/** The frame the component draws: 600 × 600 viewBox units, shown at 100% width (the sticky column is tall on phones and desktops alike). */
export const FLOW_MAP_SIZE: Size = { width: 600, height: 600 };

/** Width the label offsets and type sizes in actors.ts and flows.ts are written for. */
const BASE_WIDTH = 600;

/** A point in viewBox units. */
export type Point = [number, number];

/** A box in viewBox units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A block of text: its first baseline, alignment, lines, type size and the box it covers. */
export interface TextBlock {
  x: number;
  y: number;
  anchor: LabelPlacement['anchor'];
  lines: string[];
  fontSize: number;
  lineHeight: number;
  box: Box;
}

/** An actor in the scene. */
export interface SceneCountry {
  id: ActorId;
  name: string;
  /** Projected anchor point (arrow ends, name). */
  anchor: Point;
  highlighted: boolean;
  labelled: boolean;
  /** Whether the anchor dot shows: the country is labelled or an arrow ends there. */
  marked: boolean;
  label: TextBlock;
}

/** An arrow in the scene. */
export interface SceneFlow {
  id: FlowId;
  from: ActorId;
  to: ActorId;
  visible: boolean;
  /** First and last point of the drawn line (a little short of the anchors). */
  start: Point;
  end: Point;
  /** The great-circle line, 1-decimal absolute commands. */
  d: string;
  /** The arrowhead triangle at `end`, its tip on the destination's anchor dot. */
  arrowhead: string;
  label: TextBlock;
}

/** A note in the scene. */
export interface SceneNote {
  id: NoteId;
  visible: boolean;
  label: TextBlock;
}

/** Where everything on the map goes for one state, at one size: the layout the scene is drawn from. */
export interface FlowMapLayout {
  width: number;
  height: number;
  state: FlowMapState;
  /** Path data of the basemap, the same for every state: drawn once per page, then reused. */
  basemap: { otherLand: string; countries: Record<ActorId, string>; inset: { land: string; countries: Record<InsetActorId, string> } };
  /** The disc the map is drawn on: the horizon FLOW_MAP_REACH degrees round the pole. */
  disc: Circle;
  /** The Korean peninsula close up: its disc, the ring round the two dots on the main map, and the line joining them. */
  inset: { disc: Circle; locator: Circle; leader: string };
  countries: SceneCountry[];
  flows: SceneFlow[];
  notes: SceneNote[];
}

/** Type sizes in units of the 600-unit frame: about 12 px on a 320 px phone, 24 px on a 600 px column. */
const TYPE = { name: 24, label: 23, note: 22, lineHeight: 1.15, charWidth: 0.56, boldCharWidth: 0.66, wideCharWidth: 1, margin: 6 } as const;

/** Gap between an arrow's ends and the anchor dots, and the arrowhead's length and half-width. */
const ARROW = { startGap: 9, endGap: 7, length: 16, halfWidth: 8 } as const;

/** Where each note is pinned: next to an actor, along an arrow, or in the frame's lower left. */
const NOTE_PLACEMENT: Record<NoteId, { actor: ActorId } | { flow: FlowId; at: number } | { corner: 'bottom-left' }> = {
  pledge: { actor: 'south-korea' },
  'already-sent': { flow: 'us-ua', at: 0.45 },
  'not-routes': { corner: 'bottom-left' },
};

const NOTE_LABEL: Record<NoteId, LabelPlacement> = {
  pledge: { dx: 0, dy: 84, anchor: 'middle' },
  // Right of the arrow to Ukraine, far enough that the arrow, curving right as it falls, stays clear of the last line.
  'already-sent': { dx: 90, dy: 0, anchor: 'start' },
  'not-routes': { dx: 0, dy: 0, anchor: 'start' },
};

/** How far from the North Pole the map reaches, in degrees of arc: the edge of the disc it is drawn on. */
export const FLOW_MAP_REACH = 60;

/** Space between the disc and the frame, in units of the 600-unit frame. */
const DISC_MARGIN = 4;

/**
 * The inset of the Korean peninsula: the point it is centred on, how far round it it reaches (degrees
 * of arc), and where its disc sits: its centre measured from the frame's top-right corner, and its
 * radius, in units of the 600-unit frame. On the main map the two Koreas' dots are a few pixels
 * apart on a phone; in the inset each country is drawn whole and named on itself.
 */
const INSET = { centre: [127.6, 38.1] as [number, number], reach: 5.6, fromRight: 94, fromTop: 94, r: 90 } as const;

/** Where each Korea's name sits in the inset, relative to its anchor there. */
const INSET_LABEL: Record<InsetActorId, LabelPlacement> = {
  'north-korea': { dx: 0, dy: 0, anchor: 'middle' },
  'south-korea': { dx: 0, dy: 14, anchor: 'middle' },
};

/** Radius of the ring round the two Koreas' dots on the main map that the inset's leader starts from. */
const LOCATOR_RADIUS = 16;

/**
 * flowMapProjection(size): an azimuthal equal-area projection centred on the North Pole, turned so
 * that 20°E (Poland, Ukraine) points down the page, and clipped to a disc FLOW_MAP_REACH degrees
 * round the pole that fills the frame.
 *
 * Why: the six actors ring the Arctic (the US, Europe and Korea lie 40 to 55 degrees from the
 * pole, roughly a third of a turn apart), and two of the arrows cross oceans in opposite
 * directions (Korea to the US over the Pacific, the US to Ukraine over the Atlantic). On any
 * flat world map one of those great circles is cut at the map's edge; seen from above the pole
 * every arrow is one short unbroken curve, west stays left of east for Europe, and equal-area
 * keeps Russia and the US from being inflated the way a Mercator map inflates them.
 * The disc is the map's edge: land ends at a horizon, never at the frame's straight sides.
 * 60 degrees keeps every anchor, all of the Korean peninsula (its south coast is about 56
 * degrees from the pole) and Europe inside, and cuts only the far south of the US, where no arrow
 * goes; a wider disc would shrink the two Koreas further on a phone.
 */
export function flowMapProjection(size: Size): GeoProjection {
  const margin = DISC_MARGIN * (size.width / BASE_WIDTH);
  return geoAzimuthalEqualArea()
    .rotate([-20, -90])
    .clipAngle(FLOW_MAP_REACH)
    .fitExtent(
      [
        [margin, margin],
        [size.width - margin, size.height - margin],
      ],
      { type: 'Sphere' },
    );
}

/** The inset's disc in the frame: centre and radius. */
function insetDisc(size: Size): Circle {
  const unit = size.width / BASE_WIDTH;
  return { cx: size.width - INSET.fromRight * unit, cy: INSET.fromTop * unit, r: INSET.r * unit };
}

/**
 * insetProjection(size): the inset's own azimuthal equal-area projection, centred on the Korean
 * peninsula and clipped to INSET.reach degrees round it, fitted to the inset's disc.
 */
export function insetProjection(size: Size): GeoProjection {
  const { cx, cy, r } = insetDisc(size);
  return geoAzimuthalEqualArea()
    .rotate([-INSET.centre[0], -INSET.centre[1]])
    .clipAngle(INSET.reach)
    .fitExtent(
      [
        [cx - r, cy - r],
        [cx + r, cy + r],
      ],
      { type: 'Sphere' },
    );
}

/** Rounds to one decimal place. */
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Lays out a text block at `origin` + offset, then shifts it so it stays inside the frame. */
function placeText(origin: Point, placement: LabelPlacement, lines: string[], fontSize: number, size: Size, unit: number, boldLines = 0): TextBlock {
  const lineHeight = round1(fontSize * TYPE.lineHeight);
  // Widths are estimated for DejaVu Sans, wider than most system fonts, so real text fits inside; Hangul
  // and other CJK characters are about a full em wide.
  const lineWidth = (line: string, bold: boolean) =>
    [...line].reduce((sum, character) => sum + (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(character) ? TYPE.wideCharWidth : bold ? TYPE.boldCharWidth : TYPE.charWidth), 0);
  const width = Math.max(...lines.map((line, index) => lineWidth(line, index < boldLines))) * fontSize;
  const ascent = fontSize * 0.8;
  const descent = fontSize * 0.25;
  let x = origin[0] + placement.dx * unit;
  let y = origin[1] + placement.dy * unit;
  const left = () => (placement.anchor === 'start' ? x : placement.anchor === 'middle' ? x - width / 2 : x - width);
  const margin = TYPE.margin * unit;
  x += Math.max(0, margin - left()) - Math.max(0, left() + width - (size.width - margin));
  const height = ascent + (lines.length - 1) * lineHeight + descent;
  y += Math.max(0, margin - (y - ascent)) - Math.max(0, y - ascent + height - (size.height - margin));
  const box = { x0: round1(left()), y0: round1(y - ascent), x1: round1(left() + width), y1: round1(y - ascent + height) };
  return { x: round1(x), y: round1(y), anchor: placement.anchor, lines, fontSize, lineHeight, box };
}

/** Projects a point that the frame is known to contain. */
function project(projection: GeoProjection, point: [number, number]): Point {
  const projected = projection(point);
  if (!projected) throw new Error(`flow-map: point ${point.join(', ')} falls outside the projection`);
  return projected;
}

/** Samples the great circle from `a` to `b` and projects it. */
function greatCircle(projection: GeoProjection, a: [number, number], b: [number, number], samples = 64): Point[] {
  const along = geoInterpolate(a, b);
  return Array.from({ length: samples + 1 }, (_, index) => project(projection, along(index / samples)));
}

/** Cuts `length` units off the start (or, with `fromEnd`, the end) of a polyline. */
function trim(points: Point[], length: number, fromEnd = false): Point[] {
  const line = fromEnd ? [...points].reverse() : points;
  let left = length;
  for (let index = 1; index < line.length; index += 1) {
    const [ax, ay] = line[index - 1]!;
    const [bx, by] = line[index]!;
    const segment = Math.hypot(bx - ax, by - ay);
    if (segment >= left) {
      const t = left / segment;
      const cut: Point[] = [[ax + (bx - ax) * t, ay + (by - ay) * t], ...line.slice(index)];
      return fromEnd ? cut.reverse() : cut;
    }
    left -= segment;
  }
  return points;
}

/** Writes a polyline as path data with 1-decimal absolute coordinates. */
function polylinePath(points: Point[]): string {
  return points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${round1(x)},${round1(y)}`).join('');
}

/** The arrow's line (short of both anchors) and its head, whose tip stops `endGap` short of the destination. */
function arrow(line: Point[], unit: number): { shaft: Point[]; head: string } {
  const withoutStart = trim(line, ARROW.startGap * unit);
  const toTip = trim(withoutStart, ARROW.endGap * unit, true);
  const shaft = trim(toTip, ARROW.length * unit * 0.8, true);
  const tip = toTip.at(-1)!;
  const before = trim(toTip, ARROW.length * unit, true).at(-1)!;
  const [dx, dy] = [tip[0] - before[0], tip[1] - before[1]];
  const norm = Math.hypot(dx, dy);
  const [ux, uy] = [dx / norm, dy / norm];
  const [bx, by] = [tip[0] - ux * ARROW.length * unit, tip[1] - uy * ARROW.length * unit];
  const half = ARROW.halfWidth * unit;
  const head = `M${round1(tip[0])},${round1(tip[1])}L${round1(bx - uy * half)},${round1(by + ux * half)}L${round1(bx + uy * half)},${round1(by - ux * half)}Z`;
  return { shaft, head };
}

const isInsetActor = (id: ActorId): id is InsetActorId => (INSET_ACTORS as readonly ActorId[]).includes(id);

/** The inset's disc, the ring round the Koreas' dots on the main map, and the leader from ring to disc. */
function insetLayout(anchors: Record<ActorId, Point>, size: Size): FlowMapLayout['inset'] {
  const unit = size.width / BASE_WIDTH;
  const disc = insetDisc(size);
  const [north, south] = INSET_ACTORS.map((id) => anchors[id]);
  const locator = { cx: (north![0] + south![0]) / 2, cy: (north![1] + south![1]) / 2, r: LOCATOR_RADIUS * unit };
  const [dx, dy] = [disc.cx - locator.cx, disc.cy - locator.cy];
  const distance = Math.hypot(dx, dy);
  const [ux, uy] = [dx / distance, dy / distance];
  const from: Point = [locator.cx + ux * locator.r, locator.cy + uy * locator.r];
  const to: Point = [disc.cx - ux * disc.r, disc.cy - uy * disc.r];
  return {
    disc: { cx: round1(disc.cx), cy: round1(disc.cy), r: round1(disc.r) },
    locator: { cx: round1(locator.cx), cy: round1(locator.cy), r: round1(locator.r) },
    leader: polylinePath([from, to]),
  };
}

const basemaps = new WeakMap<FlowMapGeo, Map<string, FlowMapLayout['basemap']>>();

/** The basemap's path data at `size`; the same for every state, so it is computed once per size. */
export function flowMapBasemap(geo: FlowMapGeo, size: Size): FlowMapLayout['basemap'] {
  const bySize = basemaps.get(geo) ?? new Map<string, FlowMapLayout['basemap']>();
  basemaps.set(geo, bySize);
  const key = `${size.width}x${size.height}`;
  const cached = bySize.get(key);
  if (cached) return cached;
  const projection = flowMapProjection(size);
  const countries = Object.fromEntries(ACTOR_IDS.map((id) => [id, compactPath(projection, geo.countries[id])])) as Record<ActorId, string>;
  const inset = insetProjection(size);
  const insetCountries = Object.fromEntries(INSET_ACTORS.map((id) => [id, compactPath(inset, geo.countries[id], 0.5)])) as Record<InsetActorId, string>;
  // The inset's other land: China, Japan and Russia's Far East round the peninsula.
  const insetLand = compactPath(inset, geo.otherLand, 0.5) + compactPath(inset, geo.countries.russia, 0.5);
  const basemap = { otherLand: compactPath(projection, geo.otherLand), countries, inset: { land: insetLand, countries: insetCountries } };
  bySize.set(key, basemap);
  return basemap;
}

/**
 * flowMapLayout(geo, labels, state, size) lays out the map for one named state: the basemap's
 * path data, every country, arrow and note with its position and whether this state shows it.
 * Pure: the same arguments always give the same layout. Build time only (it projects the atlas).
 */
export function flowMapLayout(geo: FlowMapGeo, labels: FlowMapLabels, stateName: string, size: Size = FLOW_MAP_SIZE): FlowMapLayout {
  const state = flowMapState(stateName);
  const unit = size.width / BASE_WIDTH;
  const projection = flowMapProjection(size);
  const inset = insetProjection(size);
  const anchors = Object.fromEntries(ACTOR_IDS.map((id) => [id, project(projection, geo.anchors[id])])) as Record<ActorId, Point>;
  const visibleFlows = new Set<FlowId>(state.flows);

  const flows = FLOW_IDS.map((id): SceneFlow => {
    const flow = FLOWS[id];
    const line = greatCircle(projection, geo.anchors[flow.from], geo.anchors[flow.to]);
    const { shaft, head } = arrow(line, unit);
    const pin = project(projection, geoInterpolate(geo.anchors[flow.from], geo.anchors[flow.to])(flow.labelAt));
    return {
      id,
      from: flow.from,
      to: flow.to,
      visible: visibleFlows.has(id),
      start: shaft[0]!,
      end: shaft.at(-1)!,
      d: polylinePath(shaft),
      arrowhead: head,
      label: placeText(pin, flow.label, labels.flows[id], TYPE.label * unit, size, unit, 1),
    };
  });

  const countries = ACTOR_IDS.map((id): SceneCountry => {
    const labelled = state.labelled.includes(id);
    const endpoint = flows.some((flow) => flow.visible && (flow.from === id || flow.to === id));
    // The two Koreas are named in the inset, each on its own country there; the others beside their dot.
    const [at, placement]: [Point, LabelPlacement] = isInsetActor(id) ? [project(inset, geo.anchors[id]), INSET_LABEL[id]] : [anchors[id], ACTORS[id].label];
    return {
      id,
      name: labels.names[id],
      anchor: [round1(anchors[id][0]), round1(anchors[id][1])],
      highlighted: state.highlighted.includes(id),
      labelled,
      marked: labelled || endpoint,
      label: placeText(at, placement, [labels.names[id]], TYPE.name * unit, size, unit, 1),
    };
  });

  const notes = NOTE_IDS.map((id): SceneNote => {
    const where = NOTE_PLACEMENT[id];
    let origin: Point;
    if ('actor' in where) origin = anchors[where.actor];
    else if ('flow' in where) {
      const flow = FLOWS[where.flow];
      origin = project(projection, geoInterpolate(geo.anchors[flow.from], geo.anchors[flow.to])(where.at));
    } else origin = [TYPE.margin * unit, size.height - TYPE.margin * unit - (labels.notes[id].length - 1) * TYPE.note * unit * TYPE.lineHeight - TYPE.note * unit * 0.25];
    return { id, visible: state.notes.includes(id), label: placeText(origin, NOTE_LABEL[id], labels.notes[id], TYPE.note * unit, size, unit) };
  });

  const [cx, cy] = project(projection, [0, 90]);
  const [ex, ey] = project(projection, [0, 90 - FLOW_MAP_REACH]);
  const disc = { cx: round1(cx), cy: round1(cy), r: round1(Math.hypot(ex - cx, ey - cy)) };
  return { width: size.width, height: size.height, state, basemap: flowMapBasemap(geo, size), disc, inset: insetLayout(anchors, size), countries, flows, notes };
}
