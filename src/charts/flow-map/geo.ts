import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { ACTORS, ACTOR_IDS, type ActorId } from './actors';

/** The geography the map is drawn from, shaped once at build time. */
export interface FlowMapGeo {
  /** Every country except the six actors, merged into one land mass (no inner borders to ship). */
  otherLand: MultiPolygon;
  /** The six actors' outlines. */
  countries: Record<ActorId, Feature<Polygon | MultiPolygon>>;
  /** Each actor's largest polygon: its mainland (contiguous US, European-Asian Russia, …). */
  mainlands: Record<ActorId, Polygon>;
  /** Where each actor's arrows start and end and its name is pinned: [longitude, latitude]. */
  anchors: Record<ActorId, [number, number]>;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/** The largest polygon of a country, by area on the sphere. */
function largestPolygon(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  const polygons = geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  return polygons.reduce((best, polygon) => (geoArea(polygon) > geoArea(best) ? polygon : best));
}

/**
 * flowMapGeo(topology) shapes world-atlas countries-110m for the map.
 *
 * Anchors are the spherical centroid (geoCentroid) of each actor's mainland, not of the whole
 * country: Alaska and Hawaii would pull the US anchor to the Canadian border (−104°, 45°), so the
 * US anchor is the contiguous states' centroid (Kansas, about −99°, 40°). Russia's mainland
 * centroid (about 96°E, 66°N, central Siberia) is kept as is: the arrows say who supplies whom,
 * not where anything is shipped, so the country's middle is the honest place to point.
 */
export function flowMapGeo(topology: CountriesTopology = countries110m as unknown as CountriesTopology): FlowMapGeo {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  const actorIdOf = new Map(ACTOR_IDS.map((id) => [ACTORS[id].atlasId, id]));
  const countries = {} as Record<ActorId, Feature<Polygon | MultiPolygon>>;
  for (const country of collection.features) {
    const id = actorIdOf.get(String(country.id));
    if (id) countries[id] = country;
  }
  for (const id of ACTOR_IDS) {
    if (!countries[id]) throw new Error(`flow-map: world-atlas has no country with id ${ACTORS[id].atlasId} (${id})`);
  }
  const others = topology.objects.countries.geometries.filter((geometry) => !actorIdOf.has(String(geometry.id)));
  const otherLand = merge(topology, others as Parameters<typeof merge>[1]);
  const mainlands = Object.fromEntries(ACTOR_IDS.map((id) => [id, largestPolygon(countries[id].geometry)])) as Record<ActorId, Polygon>;
  const anchors = Object.fromEntries(ACTOR_IDS.map((id) => [id, geoCentroid(mainlands[id])])) as Record<ActorId, [number, number]>;
  return { otherLand, countries, mainlands, anchors };
}

let shared: FlowMapGeo | undefined;

/** flowMapGeo() of the bundled countries-110m, shaped once per build. */
export function loadFlowMapGeo(): FlowMapGeo {
  shared ??= flowMapGeo();
  return shared;
}
