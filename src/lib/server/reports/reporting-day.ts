import type { BoardStatus } from './schemas';

/** Calendar days are counted in UTC, as due dates are plain dates without a time zone. */
export function dayOf(now: Date): string {
	return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
	return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

/** Submitted wins; otherwise a report not in by the end of its due date is overdue. */
export function boardStatus(
	report: { status: 'draft' | 'submitted' } | undefined,
	dueOn: string,
	today: string
): BoardStatus {
	if (report?.status === 'submitted') return 'submitted';
	if (today > dueOn) return 'overdue';
	return report ? 'draft' : 'not_started';
}

/**
 * Which reminder is due today for a report not yet submitted: the closest offset already reached
 * (so a cycle opened late does not send every earlier reminder at once), or `overdue` after the
 * due date. Null when no reminder applies yet.
 */
export function reminderKind(
	dueOn: string,
	today: string,
	offsets: readonly number[]
): string | null {
	const left = daysBetween(today, dueOn);
	if (left < 0) return 'overdue';
	const reached = offsets.filter((offset) => offset >= left);
	if (reached.length === 0) return null;
	return `before_${Math.min(...reached)}`;
}
