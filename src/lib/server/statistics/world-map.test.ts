import { describe, expect, it } from 'vitest';
import { mapHeight, mapWidth, numericCodeOf, projectPoint, worldShapes } from './world-map';

describe('world map', () => {
	it('draws the countries of the 1:110m atlas, small enough for a page', () => {
		const shapes = worldShapes();
		expect(shapes.length).toBeGreaterThan(150);
		expect(shapes.reduce((n, s) => n + s.d.length, 0)).toBeLessThan(150_000);
	});

	it('places Bogotá west of Beirut, both on the map', () => {
		const bogota = projectPoint(-74.07, 4.71)!;
		const beirut = projectPoint(35.5, 33.9)!;
		expect(bogota[0]).toBeLessThan(beirut[0]);
		for (const [x, y] of [bogota, beirut]) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(mapWidth);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(mapHeight);
		}
	});

	it('joins ISO alpha-3 codes to the atlas ids', () => {
		expect(numericCodeOf('URY')).toBe('858');
	});
});
