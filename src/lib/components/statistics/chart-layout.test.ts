import { describe, expect, it } from 'vitest';
import { layoutLine } from './chart-layout';

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
