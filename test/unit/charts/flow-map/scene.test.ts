import { gzipSync } from 'node:zlib';
import { geoCentroid, geoContains, geoInterpolate, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '../../../../src/charts/flow-map/actors';
import { compactPath } from '../../../../src/charts/flow-map/compact-path';
import { FLOWS, FLOW_IDS } from '../../../../src/charts/flow-map/flows';
import { flowMapLabels } from '../../../../src/charts/flow-map/labels';
import { FLOW_MAP_SIZE, flowMapBasemap, flowMapProjection, flowMapLayout } from '../../../../src/charts/flow-map/layout';
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

describe('flowMapProjection(geo, size)', () => {
  for (const [name, size] of Object.entries(SIZES)) {
    it(`keeps all six countries' mainlands inside the ${name} viewBox (${size.width} × ${size.height})`, () => {
      const unclipped = flowMapProjection(geo, size).clipExtent(null);
      for (const id of ACTOR_IDS) {
        const [[x0, y0], [x1, y1]] = geoPath(unclipped).bounds(geo.mainlands[id]);
        assertBoxInside({ x0, y0, x1, y1 }, size.width, size.height, id);
        expect(x1 - x0, `${id} is drawn`).toBeGreaterThan(0);
      }
    });
  }

  it('puts the United States left of Europe and Korea right of it (west stays left of east)', () => {
    const projection = flowMapProjection(geo, FLOW_MAP_SIZE);
    const x = (id: (typeof ACTOR_IDS)[number]) => projection(geo.anchors[id])![0];
    expect(x('united-states')).toBeLessThan(x('poland'));
    expect(x('poland')).toBeLessThan(x('ukraine'));
    expect(x('ukraine')).toBeLessThan(x('south-korea'));
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
    const projection = flowMapProjection(geo, FLOW_MAP_SIZE);
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
    const projection = flowMapProjection(geo, FLOW_MAP_SIZE);
    const compact = pathPoints(compactPath(projection, geo.countries.poland, 0));
    const reference = pathPoints(geoPath(projection).digits(1)(geo.countries.poland)!);
    expect(compact.length).toBe(reference.length);
    compact.forEach((point, index) => assertPointNear(point, reference[index]!, 1e-6, `point ${index}`));
  });

  it('drops points closer than the tolerance to the previous one', () => {
    const projection = flowMapProjection(geo, FLOW_MAP_SIZE);
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
