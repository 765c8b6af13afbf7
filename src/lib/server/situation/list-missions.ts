import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listMissionRows } from './repository';

/** The UN's missions as choices: the acronym with the name, sorted by acronym. */
export function listMissionChoices(ctx: Ctx): Promise<{ value: string; label: string }[]> {
	return withActor(ctx.db, ctx.actor, async (tx) =>
		(await listMissionRows(tx)).map((m) => ({
			value: m.acronym,
			label: m.name ? `${m.acronym} — ${m.name}` : m.acronym
		}))
	);
}
