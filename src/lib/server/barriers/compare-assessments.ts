import { pickLocalized } from '$lib/i18n/localized';
import type { Locale } from '$lib/paraglide/runtime';
import type { BarrierFinding } from '$lib/components/barriers/vocabulary';
import { canReadBarrierAssessment } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { findParticipantsByCodes, listParticipantRows } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { womenShareByYear, type YearShare } from '../statistics/women-share-by-year';
import { toAreaViews } from './assessment-view';
import { listAreasOf, listAssessmentRows } from './repository';

export interface AssessmentsOverTime {
	participant: { code: string; name: string } | null;
	/** Participants whose assessments the reader may see, by name, to choose from. */
	choices: { code: string; name: string }[];
	columns: {
		id: string;
		year: number;
		scope: string;
		status: string;
		findings: Record<string, BarrierFinding | null>;
	}[];
	/** The participant's women's share in UN deployments in each year assessed. */
	shares: YearShare[];
}

/**
 * A participant's assessments side by side, the oldest first, with its women's share in UN
 * deployments for the same years from the UN's figures. Only assessments the reader may read.
 */
export async function compareAssessments(
	ctx: Ctx,
	networkSlug: string,
	participantCode: string | undefined,
	locale: Locale
): Promise<AssessmentsOverTime> {
	const found = await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const visible = (await listAssessmentRows(tx, network.id, {})).filter((r) =>
			canReadBarrierAssessment(ctx.actor, r.assessment)
		);
		const everyone = await listParticipantRows(tx, network.id);
		const choices = everyone
			.filter((p) => visible.some((r) => r.assessment.ownerId === p.id))
			.map((p) => ({ code: p.code, name: pickLocalized(p.name, locale) }))
			.sort((a, b) => a.name.localeCompare(b.name, locale));
		const code = participantCode ?? ctx.actor.participant?.code ?? choices[0]?.code;
		const [participant] = code ? await findParticipantsByCodes(tx, network.id, [code]) : [];
		if (!participant) return { participant: null, choices, rows: [], areas: [] };
		const rows = visible
			.filter((r) => r.assessment.ownerId === participant.id)
			.sort((a, b) => a.assessment.year - b.assessment.year);
		const restricted = rows.filter((r) => r.assessment.level !== 'public');
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'barrier_assessment',
				networkId: network.id,
				details: { ids: restricted.map((r) => r.assessment.id), purpose: 'over_time' }
			});
		}
		const areas = await listAreasOf(
			tx,
			rows.map((r) => r.assessment.id)
		);
		return { participant, choices, rows, areas };
	});
	const { participant, choices, rows, areas } = found;
	if (!participant) return { participant: null, choices, columns: [], shares: [] };
	const shares = participant.countryCode
		? await womenShareByYear(
				ctx,
				participant.countryCode,
				rows.map((r) => r.assessment.year),
				locale
			)
		: [];
	return {
		participant: { code: participant.code, name: pickLocalized(participant.name, locale) },
		choices,
		columns: rows.map((r) => ({
			id: r.assessment.id,
			year: r.assessment.year,
			scope: r.assessment.scope,
			status: r.assessment.status,
			findings: Object.fromEntries(
				toAreaViews(areas.filter((a) => a.assessmentId === r.assessment.id)).map((v) => [
					v.area,
					v.finding
				])
			)
		})),
		shares
	};
}
