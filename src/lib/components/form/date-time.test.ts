import { describe, expect, it } from 'vitest';
import { joinDateTime, readDateTime, splitDateTime } from './date-time';

describe('date and time parts', () => {
	it('splits and joins a wall-clock value', () => {
		expect(splitDateTime('2025-09-01T09:00')).toEqual({ date: '2025-09-01', time: '09:00' });
		expect(splitDateTime('2025-09-01')).toEqual({ date: '2025-09-01', time: '' });
		expect(joinDateTime('2025-09-01', '09:00:00')).toBe('2025-09-01T09:00');
		expect(joinDateTime('2025-09-01', '')).toBe('2025-09-01');
	});

	it('reads the two inputs of a form field', () => {
		const form = new FormData();
		form.set('startDate', '2025-09-01');
		form.set('startTime', '14:30');
		expect(readDateTime(form, 'start')).toBe('2025-09-01T14:30');
		expect(readDateTime(form, 'end')).toBe('');
	});
});
