import type { Queryable } from '../db/client';
import { boardStatus } from './reporting-day';
import { listStatusRows } from './repository';

export interface BoardCounts {
	submitted: number;
	draft: number;
	notStarted: number;
	overdue: number;
}

/**
 * How many of a cycle's asked participants stand at each status of the board on `today`, from
 * the statuses alone (reports' content is not read). For the Presidency's desk.
 */
export async function countBoardStatuses(
	q: Queryable,
	cycle: { id: string; asked: readonly string[]; dueOn: string },
	today: string
): Promise<BoardCounts> {
	const statuses = await listStatusRows(q, cycle.id);
	const counts = { submitted: 0, draft: 0, notStarted: 0, overdue: 0 };
	for (const asked of cycle.asked) {
		const status = boardStatus(
			statuses.find((s) => s.ownerId === asked),
			cycle.dueOn,
			today
		);
		if (status === 'not_started') counts.notStarted += 1;
		else counts[status] += 1;
	}
	return counts;
}
