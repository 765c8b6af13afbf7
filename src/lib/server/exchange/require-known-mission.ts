import type { Queryable } from '../db/client';
import { ValidationError } from '../errors';
import { missionExists } from './repository';

/** A related mission must be one the platform knows, so that requests can be grouped by it. */
export async function requireKnownMission(
	q: Queryable,
	mission: string | null | undefined
): Promise<void> {
	if (mission && !(await missionExists(q, mission))) {
		throw new ValidationError([{ path: 'mission', message: 'coop_err_mission' }]);
	}
}
