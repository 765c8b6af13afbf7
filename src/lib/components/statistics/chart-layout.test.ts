import { describe, expect, it } from 'vitest';
import { layoutLine, spacedTicks } from './chart-layout';

describe('line chart layout', () => {
	it('breaks the line at a missing month instead of drawing a zero', () => {
		const layout = layoutLine(
			{
				kind: 'line',
				percent: false,
				x: ['2020-05', '2020-06', '2020-07'],
				series: [{ label: 'Total', values: [10, null, 12] }],
				summary: ''
			},
			'en'
		);
		const d = layout.lines[0]!.d;
		expect(d.match(/M/g)).toHaveLength(2);
		expect(d).not.toContain('L');
	});
});

describe('tick labels', () => {
	it('never overlap, however many years a series spans', () => {
		const months = Array.from({ length: 40 * 12 }, (_, i) => {
			const year = 1990 + Math.floor(i / 12);
			return `${year}-${String((i % 12) + 1).padStart(2, '0')}`;
		});
		const layout = layoutLine(
			{
				kind: 'line',
				percent: false,
				x: months,
				series: [{ label: 'Total', values: months.map((_, i) => i) }],
				summary: ''
			},
			'es'
		);
		expect(layout.xTicks.length).toBeGreaterThan(3);
		for (let i = 1; i < layout.xTicks.length; i++) {
			const [a, b] = [layout.xTicks[i - 1]!, layout.xTicks[i]!];
			expect(b.x - a.x).toBeGreaterThanOrEqual((a.label.length + b.label.length) * 3.75 + 8);
		}
	});

	it('keeps well-spaced ticks as they are', () => {
		const ticks = [
			{ x: 0, label: '2020' },
			{ x: 100, label: '2021' }
		];
		expect(spacedTicks(ticks)).toEqual(ticks);
	});
});
