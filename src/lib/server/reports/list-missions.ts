import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listMissionRows } from './repository';

export interface MissionView {
	acronym: string;
	name: string;
	active: boolean;
}

/** Public reference data: current missions first, then closed ones. */
export function listMissions(ctx: Ctx): Promise<MissionView[]> {
	return withActor(ctx.db, ctx.actor, async (tx) =>
		(await listMissionRows(tx)).map((m) => ({ acronym: m.acronym, name: m.name, active: m.active }))
	);
}
