import { canRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { pickLocalized } from '$lib/i18n/localized';
import type { Locale } from '$lib/i18n/translate';
import { listParticipantRows } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { getContributions } from '../statistics/get-contributions';
import { readinessLevels, type ReadinessLevel } from '$lib/components/pledges/vocabulary';
import { listPledgeFigures } from './repository';

interface Figures {
	pledges: number;
	female: number;
	male: number;
	total: number;
	femaleShare: number | null;
}

export interface PledgeSummary {
	/** Personnel offered at each readiness level, lowest first. */
	byLevel: (Figures & { level: ReadinessLevel })[];
	/** Per pledging participant: what it offers, and what the UN counted it deploying. */
	byParticipant: (Figures & {
		code: string;
		name: string;
		un: { total: number; female: number; femaleShare: number | null } | null;
	})[];
	totals: Figures;
	/** The UN's month the deployed figures are from; null when none are imported. */
	unMonth: string | null;
	unTotals: { total: number; female: number; femaleShare: number | null } | null;
}

function figures(rows: readonly { female: number; male: number }[]): Figures {
	let female = 0;
	let male = 0;
	for (const r of rows) {
		female += r.female;
		male += r.male;
	}
	const total = female + male;
	return { pledges: rows.length, female, male, total, femaleShare: total ? female / total : null };
}

/**
 * The region's offer as the caller may see it (pledges released to it), by readiness level and by
 * participant, beside the UN's latest count of uniformed personnel the same participants deploy.
 */
export async function getPledgeSummary(
	ctx: Ctx,
	networkSlug: string,
	locale: Locale
): Promise<PledgeSummary> {
	const { rows, participants } = await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const found = (await listPledgeFigures(tx, network.id)).filter((r) =>
			canRead(ctx.actor, r.pledge)
		);
		const restricted = found.filter((r) => r.pledge.level !== 'public').map((r) => r.pledge.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'pledge',
				networkId: network.id,
				details: { ids: restricted, view: 'summary' }
			});
		}
		return { rows: found, participants: await listParticipantRows(tx, network.id) };
	});
	const pledging = participants.filter((p) => rows.some((r) => r.pledge.ownerId === p.id));
	const countries = pledging.flatMap((p) => (p.countryCode ? [p.countryCode] : []));
	const un =
		countries.length === 0
			? null
			: await getContributions(ctx, { network: networkSlug, groupBy: 'country' }, locale);
	const unRows = new Map(
		(un?.rows ?? []).filter((r) => countries.includes(r.key)).map((r) => [r.key, r])
	);
	const unOf = (country: string | null) => {
		const row = country ? unRows.get(country) : undefined;
		if (!row || row.total === null) return null;
		return { total: row.total, female: row.female ?? 0, femaleShare: row.femaleShare };
	};
	const unList = [...unRows.values()];
	const unTotal = unList.reduce((n, r) => n + (r.total ?? 0), 0);
	const unFemale = unList.reduce((n, r) => n + (r.female ?? 0), 0);
	return {
		byLevel: readinessLevels.map((level) => ({
			level,
			...figures(rows.filter((r) => r.pledge.readinessLevel === level).map((r) => r.pledge))
		})),
		byParticipant: pledging
			.map((p) => ({
				code: p.code,
				name: pickLocalized(p.name, locale),
				...figures(rows.filter((r) => r.pledge.ownerId === p.id).map((r) => r.pledge)),
				un: unOf(p.countryCode)
			}))
			.sort((a, b) => a.name.localeCompare(b.name, locale)),
		totals: figures(rows.map((r) => r.pledge)),
		unMonth: unList.length > 0 ? (un?.month ?? null) : null,
		unTotals:
			unList.length > 0
				? { total: unTotal, female: unFemale, femaleShare: unTotal ? unFemale / unTotal : null }
				: null
	};
}
