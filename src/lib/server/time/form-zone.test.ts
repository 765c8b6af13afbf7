import { describe, expect, it } from 'vitest';
import { formatWithZone, formZone, readerZone, readLocalDateTime, zoneLabel } from './form-zone';

describe('form zones', () => {
	it('defaults to the zone of the participant’s country, after a chosen or saved one', () => {
		expect(formZone({ countryCode: 'HTI' })).toBe('America/Port-au-Prince');
		expect(formZone({ account: 'Europe/Madrid', countryCode: 'HTI' })).toBe('Europe/Madrid');
		expect(formZone({ chosen: 'America/Lima', account: 'Europe/Madrid' })).toBe('America/Lima');
		expect(formZone({ chosen: 'Not/AZone', countryCode: 'XXX' })).toBe('UTC');
	});

	it('reads a typed date-time in the form’s zone', () => {
		expect(readLocalDateTime('2025-07-01T18:00', 'America/Asuncion')).toBe(
			'2025-07-01T18:00:00-03:00'
		);
		expect(readLocalDateTime('2025-07-01T18:00', 'UTC')).toBe('2025-07-01T18:00:00Z');
		expect(readLocalDateTime('tomorrow', 'UTC')).toBeNull();
	});

	it('names the zone of every date-time shown', () => {
		const at = new Date('2025-07-01T22:00:00Z');
		expect(zoneLabel('America/Asuncion', at)).toBe('America/Asuncion (GMT-03:00)');
		expect(formatWithZone(at, 'America/Asuncion', 'es')).toMatch(
			/julio de 2025.*America\/Asuncion/
		);
	});

	it('gives a reader with no saved zone the zone of their country', () => {
		const locals = (timeZone: string | null, code: string | null) => ({
			user: { timeZone },
			ctx: {
				actor: {
					participant: code ? { id: 'p', code, networkId: 'n', status: 'member' as const } : null
				} as never
			}
		});
		expect(readerZone(locals(null, 'HTI'))).toBe('America/Port-au-Prince');
		expect(readerZone(locals('Europe/Madrid', 'HTI'))).toBe('Europe/Madrid');
		expect(readerZone(locals(null, 'HTI'), 'America/Lima')).toBe('America/Lima');
		expect(readerZone(locals(null, null))).toBe('UTC');
	});
});
