import type { Database } from '../db/client';
import { networkMemberCountries } from './repository';

/**
 * A network's acronym and its members' countries (ISO alpha-3), as the statistics scope them.
 * Public registry facts: read without an actor.
 */
export function loadNetworkMemberCountries(
	db: Database,
	slug: string
): Promise<{ acronym: string; countries: string[] } | null> {
	return networkMemberCountries(db, slug);
}
