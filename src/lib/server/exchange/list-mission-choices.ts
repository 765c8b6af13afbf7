import type { Locale } from '$lib/paraglide/runtime';
import type { Ctx } from '../context';
import { localizedMissionName } from '../statistics/mission-names';
import { withActor } from '../db/with-actor';
import { listMissionRows } from './repository';

/**
 * The peacekeeping missions a request may relate to, by acronym and name, for a picker. The name
 * is the official one in the reader's language where there is one, else the UN's English one, and
 * the choice says which (`lang`).
 */
export function listMissionChoices(
	ctx: Ctx,
	locale: Locale
): Promise<{ value: string; label: string; lang?: Locale }[]> {
	return withActor(ctx.db, ctx.actor, async (tx) =>
		(await listMissionRows(tx)).map((row) => {
			const named = localizedMissionName(row.acronym, row.name, locale);
			return named
				? { value: row.acronym, label: `${row.acronym} — ${named.name}`, lang: named.lang }
				: { value: row.acronym, label: row.acronym };
		})
	);
}
