import type { GovernanceFacts } from '../access/access';
import { todayUtc } from '../calendar/time';
import type { Queryable } from '../db/client';
import { findTermOn } from '../registry/repository';

/** Who holds the Presidency today; briefs need nothing else of the governance facts. */
export async function governanceFactsToday(
	q: Queryable,
	networkId: string,
	now = new Date()
): Promise<GovernanceFacts> {
	const term = await findTermOn(q, networkId, todayUtc(now));
	return { networkId, presidencyId: term?.participant.id ?? null, secretariatIds: [] };
}
