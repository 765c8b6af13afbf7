import type { Locale } from '$lib/paraglide/runtime';
import type { Ctx } from '../context';
import { localizedMissionName } from '../statistics/mission-names';
import { withActor } from '../db/with-actor';
import { listMissionRows } from './repository';

/**
 * The UN's missions as choices: the acronym with the name, sorted by acronym. The name is the
 * official one in the reader's language where there is one, else the UN's English one, and the
 * choice says which (`lang`).
 */
export function listMissionChoices(
	ctx: Ctx,
	locale: Locale
): Promise<{ value: string; label: string; lang?: Locale }[]> {
	return withActor(ctx.db, ctx.actor, async (tx) =>
		(await listMissionRows(tx)).map((m) => {
			const named = localizedMissionName(m.acronym, m.name, locale);
			return named
				? { value: m.acronym, label: `${m.acronym} — ${named.name}`, lang: named.lang }
				: { value: m.acronym, label: m.acronym };
		})
	);
}
