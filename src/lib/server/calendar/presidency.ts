import type { Queryable } from '../db/client';
import { findTermOn } from '../registry/repository';
import { todayUtc } from './time';

/**
 * The participant holding the Presidency term in force today (UTC): the Presidency in office, not
 * the one in office on the event's date, so that a new Presidency takes over the whole calendar.
 */
export async function findPresidencyId(
	q: Queryable,
	networkId: string,
	today: string = todayUtc()
): Promise<string | null> {
	const row = await findTermOn(q, networkId, today);
	return row?.participant.id ?? null;
}
