import { geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

/** ISO 3166 numeric ids of the two countries the card picks out. */
export const CARD_COUNTRIES = { southKorea: '410', ukraine: '804' } as const;

/** A country outline projected onto the card. */
export interface ProjectedCountry {
  /** ISO 3166 numeric id, as world-atlas gives it. */
  id: string;
  /** Country name, as world-atlas gives it. */
  name: string;
  /** SVG path data. */
  d: string;
  /** Projected centroid [x, y], for labels. */
  centroid: [number, number];
}

/**
 * basemap(extent) projects every country of world-atlas 110m onto a frame from Ukraine to Korea that fits
 * extent [[x0, y0], [x1, y1]] of the card. Runs at build time; returns plain path strings.
 */
export function basemap(extent: [[number, number], [number, number]]): ProjectedCountry[] {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const focus: FeatureCollection = {
    type: 'FeatureCollection',
    features: all.features.filter((country) => Object.values<string>(CARD_COUNTRIES).includes(String(country.id))),
  };
  const projection = geoConicEqualArea().parallels([35, 60]).rotate([-80, 0]).fitExtent(extent, focus);
  const path = geoPath(projection).digits(1);
  return all.features
    .map((country: Feature<Geometry, { name: string }>) => ({
      id: String(country.id),
      name: country.properties.name,
      d: path(country) ?? '',
      centroid: path.centroid(country) as [number, number],
    }))
    .filter((country) => country.d !== '');
}
