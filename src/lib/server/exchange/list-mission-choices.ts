import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listMissionRows } from './repository';

/** The peacekeeping missions a request may relate to, by acronym and name, for a picker. */
export function listMissionChoices(ctx: Ctx): Promise<{ value: string; label: string }[]> {
	return withActor(ctx.db, ctx.actor, async (tx) =>
		(await listMissionRows(tx)).map((row) => ({
			value: row.acronym,
			label: row.name ? `${row.acronym} — ${row.name}` : row.acronym
		}))
	);
}
