import { gzipSync } from 'node:zlib';
import { geoCentroid, geoContains, geoInterpolate, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '../../../../src/charts/flow-map/actors';
import { compactPath } from '../../../../src/charts/flow-map/compact-path';
import { FLOWS, FLOW_IDS } from '../../../../src/charts/flow-map/flows';
import { flowMapLabels } from '../../../../src/charts/flow-map/labels';
import { INSET_ACTORS } from '../../../../src/charts/flow-map/inset';
import { FLOW_MAP_SIZE, flowMapBasemap, flowMapProjection, flowMapLayout, insetProjection, type Point } from '../../../../src/charts/flow-map/layout';
import { STATE_NAMES } from '../../../../src/charts/flow-map/states';
import { assertBoxInside, assertInDelta, assertPointNear, pathPoints } from './asserts';
import { geo, ledger, SIZES, readerOf, t } from './fixtures';

const labels = flowMapLabels(readerOf(ledger), t);

describe('flowMapGeo(topology)', () => {
  it('anchors each actor at the spherical centroid of its mainland, inside the country', () => {
    for (const id of ACTOR_IDS) {
      const [lon, lat] = geo.anchors[id];
      const [cLon, cLat] = geoCentroid(geo.mainlands[id]);
      assertInDelta(lon, cLon, 1e-9, id);
      assertInDelta(lat, cLat, 1e-9, id);
      expect(geoContains(geo.countries[id], geo.anchors[id]), `${id} anchor inside its country`).toBe(true);
    }
  });

  it('anchors the United States in the contiguous states, not pulled north-west by Alaska and Hawaii', () => {
    assertInDelta(geo.anchors['united-states'][0], -98.7, 1, 'longitude');
    assertInDelta(geo.anchors['united-states'][1], 39.9, 1, 'latitude');
  });
});

describe('flowMapProjection(size)', () => {
  const distance = (point: Point, centre: { cx: number; cy: number }) => Math.hypot(point[0] - centre.cx, point[1] - centre.cy);
  /** Every vertex of a country's mainland, projected without clipping. */
  const mainlandPoints = (projection: ReturnType<typeof flowMapProjection>, id: (typeof ACTOR_IDS)[number]) =>
    geo.mainlands[id].coordinates.flat().map((point) => projection(point as [number, number])!);

  for (const [name, size] of Object.entries(SIZES)) {
    it(`draws the map on a disc inside the ${name} frame (${size.width} × ${size.height}), with every anchor on it and the two Koreas, Poland and Ukraine whole`, () => {
      const { disc } = flowMapLayout(geo, labels, 'map-everything', size);
      assertBoxInside({ x0: disc.cx - disc.r, y0: disc.cy - disc.r, x1: disc.cx + disc.r, y1: disc.cy + disc.r }, size.width, size.height, 'disc');
      // The disc fills the frame's narrower side, less its margin.
      expect(2 * disc.r, 'disc diameter').toBeGreaterThan(0.95 * Math.min(size.width, size.height));
      const projection = flowMapProjection(size);
      for (const id of ACTOR_IDS) expect(distance(projection(geo.anchors[id])!, disc), `${id} anchor`).toBeLessThan(disc.r * 0.95);
      for (const id of ['south-korea', 'north-korea', 'poland', 'ukraine'] as const) {
        for (const point of mainlandPoints(projection, id)) expect(distance(point, disc), `${id} mainland`).toBeLessThanOrEqual(disc.r);
      }
    });
  }

  it('ends the land at the disc’s edge, never at the frame’s straight sides', () => {
    for (const size of Object.values(SIZES)) {
      const { disc, basemap } = flowMapLayout(geo, labels, 'map-everything', size);
      const shapes = [basemap.otherLand, ...Object.values(basemap.countries)];
      const points = shapes.flatMap(pathPoints);
      // Land runs right up to the horizon (the disc cuts it there): the US, cut south of about 30°N, reaches it.
      expect(Math.max(...points.map((point) => distance(point, disc)))).toBeGreaterThan(disc.r - 1);
      for (const point of points) expect(distance(point, disc), `${size.width}×${size.height} [${point}]`).toBeLessThanOrEqual(disc.r + 0.2);
    }
  });

  it('puts the United States left of Europe and Korea right of it (west stays left of east)', () => {
    const projection = flowMapProjection(FLOW_MAP_SIZE);
    const x = (id: (typeof ACTOR_IDS)[number]) => projection(geo.anchors[id])![0];
    expect(x('united-states')).toBeLessThan(x('poland'));
    expect(x('poland')).toBeLessThan(x('ukraine'));
    expect(x('ukraine')).toBeLessThan(x('south-korea'));
  });
});

describe('the Korean inset', () => {
  const distance = (point: Point, centre: { cx: number; cy: number }) => Math.hypot(point[0] - centre.cx, point[1] - centre.cy);

  for (const [name, size] of Object.entries(SIZES)) {
    it(`at ${name} size, shows both Koreas whole inside its disc, names each on itself, and ties the disc to their dots`, () => {
      const layout = flowMapLayout(geo, labels, 'map-everything', size);
      const { inset } = layout;
      const disc = inset.disc;
      assertBoxInside({ x0: disc.cx - disc.r, y0: disc.cy - disc.r, x1: disc.cx + disc.r, y1: disc.cy + disc.r }, size.width, size.height, 'inset');
      const projection = insetProjection(size);
      for (const id of INSET_ACTORS) {
        const points = pathPoints(layout.basemap.inset.countries[id]);
        expect(points.length, id).toBeGreaterThan(3);
        for (const point of points) expect(distance(point, disc), `${id} in the inset`).toBeLessThan(disc.r);
        // Each name is written across its own country: the anchor there lies under the name's box, or within a line of it.
        const { box } = layout.countries.find((country) => country.id === id)!.label;
        const [x, y] = projection(geo.anchors[id])!;
        expect(x, `${id} name over its country`).toBeGreaterThan(box.x0);
        expect(x, `${id} name over its country`).toBeLessThan(box.x1);
        expect(Math.abs(y - (box.y0 + box.y1) / 2), `${id} name over its country`).toBeLessThan(box.y1 - box.y0);
      }
      const [north, south] = INSET_ACTORS.map((id) => layout.countries.find((country) => country.id === id)!);
      const apart = !(north!.label.box.y1 <= south!.label.box.y0 || south!.label.box.y1 <= north!.label.box.y0) ? 'overlap' : 'apart';
      expect(apart, 'the two names').toBe('apart');
      // The ring round the two dots on the main map holds both, and the leader runs from the ring to the inset.
      for (const country of [north!, south!]) expect(distance(country.anchor, inset.locator), `${country.id} dot in the ring`).toBeLessThan(inset.locator.r);
      const [from, to] = pathPoints(inset.leader);
      assertInDelta(distance(from!, inset.locator), inset.locator.r, 0.2, 'leader starts on the ring');
      assertInDelta(distance(to!, disc), disc.r, 0.2, 'leader ends on the inset');
    });
  }

  it('keeps the inset clear of every arrow label and note, in every state', () => {
    for (const size of Object.values(SIZES)) {
      for (const state of STATE_NAMES) {
        const layout = flowMapLayout(geo, labels, state, size);
        const disc = layout.inset.disc;
        const blocks = [...layout.flows.filter((flow) => flow.visible).map((flow) => flow.label), ...layout.notes.filter((note) => note.visible).map((note) => note.label)];
        for (const { box, lines } of blocks) {
          // The box's nearest point to the inset's centre lies outside the inset's disc.
          const nearest: Point = [Math.min(Math.max(disc.cx, box.x0), box.x1), Math.min(Math.max(disc.cy, box.y0), box.y1)];
          expect(distance(nearest, disc), `${state} ${size.width}×${size.height} "${lines[0]}"`).toBeGreaterThan(disc.r);
        }
      }
    }
  });
});

describe('flowMapLayout(geo, labels, state, size)', () => {
  it('starts and ends every arrow at its actors’ anchors, at every size', () => {
    for (const size of Object.values(SIZES)) {
      const unit = size.width / 600;
      const scene = flowMapLayout(geo, labels, 'map-everything', size);
      const anchor = (id: string) => scene.countries.find((country) => country.id === id)!.anchor;
      for (const flow of scene.flows) {
        assertPointNear(flow.start, anchor(flow.from), 9 * unit + 0.2, `${flow.id} start`);
        const tip = pathPoints(flow.arrowhead)[0]!;
        assertPointNear(tip, anchor(flow.to), 7 * unit + 0.2, `${flow.id} arrow tip`);
      }
    }
  });

  it('draws each arrow along the great circle between its anchors', () => {
    const projection = flowMapProjection(FLOW_MAP_SIZE);
    const scene = flowMapLayout(geo, labels, 'map-everything');
    for (const flow of scene.flows) {
      const along = geoInterpolate(geo.anchors[flow.from], geo.anchors[flow.to]);
      const points = pathPoints(flow.d);
      for (const t of [0.25, 0.5, 0.75]) {
        const expected = projection(along(t))!;
        const nearest = Math.min(...points.map(([x, y]) => Math.hypot(x - expected[0], y - expected[1])));
        expect(nearest, `${flow.id} at t=${t}`).toBeLessThan(6);
      }
    }
  });

  it('joins the actors the story names: South Korea to the US and to Poland, the US to Ukraine, North Korea to Russia', () => {
    expect(FLOW_IDS.map((id) => `${FLOWS[id].from} → ${FLOWS[id].to}`)).toEqual([
      'south-korea → united-states',
      'united-states → ukraine',
      'north-korea → russia',
      'south-korea → poland',
    ]);
  });

  it('keeps every name, label and note inside the viewBox, in every state and at every size', () => {
    for (const size of Object.values(SIZES)) {
      for (const state of STATE_NAMES) {
        const scene = flowMapLayout(geo, labels, state, size);
        for (const block of [...scene.countries.map((c) => c.label), ...scene.flows.map((f) => f.label), ...scene.notes.map((n) => n.label)]) {
          assertBoxInside(block.box, size.width, size.height, `${state} ${size.width}×${size.height} "${block.lines[0]}"`);
        }
      }
    }
  });

  it('marks visible exactly what the state lists', () => {
    const scene = flowMapLayout(geo, labels, 'map-transfer');
    expect(scene.flows.filter((flow) => flow.visible).map((flow) => flow.id)).toEqual(['kr-us', 'us-ua']);
    expect(scene.countries.filter((country) => country.highlighted).map((country) => country.id)).toEqual(['united-states', 'ukraine']);
    expect(scene.notes.filter((note) => note.visible).map((note) => note.id)).toEqual(['already-sent', 'not-routes']);
  });

  it('is pure: the same arguments give the same scene', () => {
    expect(flowMapLayout(geo, labels, 'map-poland')).toEqual(flowMapLayout(geo, labels, 'map-poland'));
  });
});

describe('compactPath(projection, object, tolerance)', () => {
  it('with no tolerance, traces the same points as geoPath(projection).digits(1)', () => {
    const projection = flowMapProjection(FLOW_MAP_SIZE);
    const compact = pathPoints(compactPath(projection, geo.countries.poland, 0));
    const reference = pathPoints(geoPath(projection).digits(1)(geo.countries.poland)!);
    expect(compact.length).toBe(reference.length);
    compact.forEach((point, index) => assertPointNear(point, reference[index]!, 1e-6, `point ${index}`));
  });

  it('drops points closer than the tolerance to the previous one', () => {
    const projection = flowMapProjection(FLOW_MAP_SIZE);
    const points = pathPoints(compactPath(projection, geo.countries.russia, 1));
    const full = pathPoints(geoPath(projection).digits(1)(geo.countries.russia)!);
    expect(points.length).toBeLessThan(full.length);
  });
});

describe('flowMapBasemap(geo, size)', () => {
  it('fits the path-data budget: at most 15 KB gzipped for the whole basemap', () => {
    const basemap = flowMapBasemap(geo, FLOW_MAP_SIZE);
    const all = [basemap.otherLand, ...Object.values(basemap.countries)].join('');
    expect(gzipSync(all).length).toBeLessThanOrEqual(15 * 1024);
    for (const id of ACTOR_IDS) expect(basemap.countries[id].length, id).toBeGreaterThan(0);
  });
});
