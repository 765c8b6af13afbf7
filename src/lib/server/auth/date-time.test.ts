import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-time';

describe('formatDateTime', () => {
	const moment = new Date('2025-03-10T15:04:00Z');

	it('shows the moment in the chosen zone, naming the zone', () => {
		const text = formatDateTime(moment, 'en', 'America/Lima');
		expect(text).toContain('2025');
		expect(text).toMatch(/10:04/);
		expect(text).toMatch(/GMT-5/);
	});

	it('falls back to UTC without a zone or with an unknown one', () => {
		expect(formatDateTime(moment, 'es', null)).toMatch(/15:04/);
		expect(formatDateTime(moment, 'es', 'Mars/Olympus_Mons')).toMatch(/15:04/);
	});
});
