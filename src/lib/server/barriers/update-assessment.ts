import { resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { loadWritableAssessment } from './load-assessment';
import {
	listAreasOf,
	setSurveyClosed,
	updateAssessmentRow,
	type AssessmentRow
} from './repository';
import type { UpdateAssessmentInput } from './schemas';

/**
 * Changes an assessment's status, notes or releasability. It is validated or published only once
 * every area has a finding; from then on its survey takes no more answers.
 */
export async function updateAssessment(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	input: UpdateAssessmentInput
): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const { assessment } = await loadWritableAssessment(tx, ctx.actor, network, id);
		const changes: Partial<AssessmentRow> = {};
		if (input.notes !== undefined) changes.notes = input.notes;
		if (input.releasability) {
			const releasability = await resolveReleasability(tx, network.id, input.releasability);
			changes.level = releasability.level;
			changes.releasedTo = releasability.releasedTo;
		}
		const status = input.status;
		if (status && status !== assessment.status) {
			if (status === 'validated' || status === 'published') {
				const areas = await listAreasOf(tx, [id]);
				const missing = 10 - areas.filter((a) => a.finding !== null).length;
				if (missing > 0) {
					throw new ValidationError([{ path: 'status', message: 'bar_err_findings_missing' }]);
				}
				await setSurveyClosed(tx, id, new Date());
			}
			changes.status = status;
			changes.publishedAt = status === 'published' ? new Date() : null;
		}
		if (Object.keys(changes).length === 0) return;
		await updateAssessmentRow(tx, id, changes);
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'barrier_assessment',
			entityId: id,
			networkId: network.id,
			details: {
				changes: Object.keys(changes),
				...(changes.status ? { status: changes.status } : {}),
				...(changes.level ? { level: changes.level } : {})
			}
		});
	});
}
