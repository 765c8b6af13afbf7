import { barrierAreas, barrierFindings } from '$lib/components/barriers/vocabulary';
import { canReadBarrierAssessment } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { listAreasOf, listAssessmentRows } from './repository';
import type { RegionalView } from './schemas';

/**
 * Findings per area across the published assessments released to the reader (a year's, or all).
 * Only assessments the reader may read are counted: row-level security filters them and the code
 * checks again, so a count never holds a finding the reader could not open.
 */
export async function getRegionalView(
	ctx: Ctx,
	networkSlug: string,
	year: number | undefined
): Promise<RegionalView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const rows = (await listAssessmentRows(tx, network.id, { year, publishedOnly: true })).filter(
			(r) => canReadBarrierAssessment(ctx.actor, r.assessment)
		);
		const restricted = rows.filter((r) => r.assessment.level !== 'public');
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'barrier_assessment',
				networkId: network.id,
				details: { ids: restricted.map((r) => r.assessment.id), purpose: 'regional' }
			});
		}
		const areas = await listAreasOf(
			tx,
			rows.map((r) => r.assessment.id)
		);
		return {
			year: year ?? null,
			assessments: rows.length,
			participants: [...new Set(rows.map((r) => r.ownerCode))].sort(),
			areas: barrierAreas.map((area) => {
				const counts = Object.fromEntries(barrierFindings.map((f) => [f, 0])) as Record<
					(typeof barrierFindings)[number],
					number
				>;
				for (const row of areas) {
					if (row.area === area && row.finding) counts[row.finding]++;
				}
				return { area, counts };
			})
		};
	});
}
