import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { countries } from './country-names';

export const mapWidth = 960;
export const mapHeight = 500;

export interface WorldShape {
	/** ISO 3166-1 numeric, as world-atlas names its countries. */
	id: string;
	d: string;
}

const projection = geoNaturalEarth1();
let shapes: WorldShape[] | null = null;

/** Country outlines at 1:110m as SVG paths, projected once per process. */
export function worldShapes(): WorldShape[] {
	if (shapes) return shapes;
	const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
	const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
	// Antarctica only takes room on a map of peace operations.
	const features = collection.features.filter((f) => f.id !== '010');
	projection.fitExtent(
		[
			[4, 4],
			[mapWidth - 4, mapHeight - 4]
		],
		{ type: 'FeatureCollection', features } as FeatureCollection
	);
	const path = geoPath(projection).digits(1);
	shapes = features.map((f: Feature) => ({ id: String(f.id ?? ''), d: path(f) ?? '' }));
	return shapes;
}

/** Where a point lies on the map, or null outside it. */
export function projectPoint(longitude: number, latitude: number): [number, number] | null {
	worldShapes();
	const point = projection([longitude, latitude]);
	return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : null;
}

export function numericCodeOf(iso3: string): string | null {
	return countries.alpha3ToNumeric(iso3) ?? null;
}
