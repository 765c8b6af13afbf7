import { describe, expect, it } from 'vitest';
import { addDays, boardStatus, daysBetween, reminderKind } from './reporting-day';

describe('reporting days', () => {
	it('counts calendar days', () => {
		expect(daysBetween('2025-03-01', '2025-03-15')).toBe(14);
		expect(daysBetween('2025-03-15', '2025-03-01')).toBe(-14);
		expect(addDays('2025-02-27', 3)).toBe('2025-03-02');
	});

	it('derives the board status, overdue after the due date only', () => {
		expect(boardStatus(undefined, '2025-03-10', '2025-03-10')).toBe('not_started');
		expect(boardStatus({ status: 'draft' }, '2025-03-10', '2025-03-10')).toBe('draft');
		expect(boardStatus(undefined, '2025-03-10', '2025-03-11')).toBe('overdue');
		expect(boardStatus({ status: 'draft' }, '2025-03-10', '2025-03-11')).toBe('overdue');
		expect(boardStatus({ status: 'submitted' }, '2025-03-10', '2025-04-11')).toBe('submitted');
	});

	it('picks the reminder that is due', () => {
		const offsets = [14, 3];
		expect(reminderKind('2025-03-31', '2025-03-01', offsets)).toBeNull();
		expect(reminderKind('2025-03-31', '2025-03-17', offsets)).toBe('before_14');
		expect(reminderKind('2025-03-31', '2025-03-20', offsets)).toBe('before_14');
		expect(reminderKind('2025-03-31', '2025-03-28', offsets)).toBe('before_3');
		expect(reminderKind('2025-03-31', '2025-03-31', offsets)).toBe('before_3');
		expect(reminderKind('2025-03-31', '2025-04-01', offsets)).toBe('overdue');
		expect(reminderKind('2025-03-31', '2025-03-31', [])).toBeNull();
	});
});
