import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listMissionRows } from './repository';

export interface MissionView {
	acronym: string;
	name: string;
	active: boolean;
	startsOn: string | null;
	endsOn: string | null;
}

/**
 * Whether a mission ran at some time in the period (YYYY-MM-DD, both days included); a mission
 * without dates is given the benefit of the doubt.
 */
export function ranDuring(
	mission: Pick<MissionView, 'startsOn' | 'endsOn'>,
	period: { from: string; to: string }
): boolean {
	if (mission.startsOn && mission.startsOn > period.to) return false;
	return !mission.endsOn || mission.endsOn >= period.from;
}

/** Public reference data: current missions first, then closed ones. */
export function listMissions(ctx: Ctx): Promise<MissionView[]> {
	return withActor(ctx.db, ctx.actor, async (tx) =>
		(await listMissionRows(tx)).map((m) => ({
			acronym: m.acronym,
			name: m.name,
			active: m.active,
			startsOn: m.startsOn,
			endsOn: m.endsOn
		}))
	);
}
