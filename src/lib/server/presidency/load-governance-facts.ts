import type { GovernanceFacts } from '../access/access';
import type { Queryable } from '../db/client';
import { findTermOn } from '../registry/repository';
import { listSecretariatIds } from './repository';

/** A calendar day (YYYY-MM-DD, UTC) for comparing with term dates. */
export function utcDay(now: Date): string {
	return now.toISOString().slice(0, 10);
}

/** Who holds the Presidency on the day of `now`, and who sits in the Secretariat. */
export async function loadGovernanceFacts(
	q: Queryable,
	networkId: string,
	now: Date
): Promise<GovernanceFacts> {
	const [term, secretariatIds] = await Promise.all([
		findTermOn(q, networkId, utcDay(now)),
		listSecretariatIds(q, networkId)
	]);
	return { networkId, presidencyId: term?.participant.id ?? null, secretariatIds };
}
