import { describe, expect, it } from 'vitest';
import { buildVtimezone, localToInstant, nextDay, resolveTimes, todayIn } from './time';

describe('calendar time helpers', () => {
	it('turns wall-clock times into instants on both sides of a clock change', () => {
		expect(localToInstant('2023-09-30T09:00', 'America/Asuncion')!.toISOString()).toBe(
			'2023-09-30T13:00:00.000Z'
		);
		expect(localToInstant('2023-10-02T17:00', 'America/Asuncion')!.toISOString()).toBe(
			'2023-10-02T20:00:00.000Z'
		);
	});

	it('refuses a wall-clock time skipped by the clock change', () => {
		expect(localToInstant('2023-10-01T00:30', 'America/Asuncion')).toBeNull();
	});

	it('keeps the local days of a timed event in its own zone', () => {
		const times = resolveTimes(false, '2031-05-12T22:30', '2031-05-13T01:00', 'America/Lima');
		expect(times.startsOn).toBe('2031-05-12');
		expect(times.endsOn).toBe('2031-05-13');
	});

	it('knows the next day and today in a zone', () => {
		expect(nextDay('2024-02-28')).toBe('2024-02-29');
		expect(todayIn('America/Lima', new Date('2031-01-01T03:00:00Z'))).toBe('2030-12-31');
	});

	it('writes a VTIMEZONE with every offset change of the years asked for', () => {
		const vtimezone = buildVtimezone('America/Asuncion', 2023, 2023)!;
		expect(vtimezone).toContain('TZID:America/Asuncion');
		expect(vtimezone).toContain(
			'BEGIN:STANDARD\r\nDTSTART:20230326T000000\r\nTZOFFSETFROM:-0300\r\nTZOFFSETTO:-0400'
		);
		expect(vtimezone).toContain(
			'BEGIN:DAYLIGHT\r\nDTSTART:20231001T000000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0300'
		);
		expect(buildVtimezone('Not/AZone', 2023, 2023)).toBeNull();
	});
});
