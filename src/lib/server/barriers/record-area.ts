import type { BarrierArea } from '$lib/components/barriers/vocabulary';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { loadWritableAssessment } from './load-assessment';
import { updateAssessmentRow, upsertArea } from './repository';
import type { RecordAreaInput } from './schemas';

/**
 * Saves one area: its fact-finding answers, and its finding with the evidence once there is one
 * (without a finding the area stays a draft). A validated or published assessment is settled: it
 * goes back in progress before its areas change. The first area saved starts the assessment.
 */
export async function recordArea(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	area: BarrierArea,
	input: RecordAreaInput
): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const { assessment } = await loadWritableAssessment(tx, ctx.actor, network, id);
		if (assessment.status === 'validated' || assessment.status === 'published') {
			throw new ConflictError('bar_err_settled', 'The assessment is validated or published');
		}
		await upsertArea(tx, {
			assessmentId: id,
			area,
			finding: input.finding,
			evidence: input.evidence,
			sources: input.sources,
			facts: input.facts as Record<string, number | boolean | string>,
			updatedBy: ctx.actor.userId,
			updatedAt: new Date()
		});
		if (assessment.status === 'draft') {
			await updateAssessmentRow(tx, id, { status: 'in_progress' });
		}
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'barrier_assessment_area',
			entityId: id,
			networkId: network.id,
			details: { area, finding: input.finding }
		});
	});
}
