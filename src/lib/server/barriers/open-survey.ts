import { randomBytes } from 'node:crypto';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { surveyLink } from './get-assessment';
import { loadWritableAssessment } from './load-assessment';
import { findSurveyOf, insertSurvey, setSurveyClosed } from './repository';

/**
 * Opens the personnel survey of an assessment still being made, or opens it again, and answers
 * its public link. The link is the only key to the answer page: long and random.
 */
export async function openSurvey(
	ctx: Ctx,
	networkSlug: string,
	assessmentId: string,
	origin: string
): Promise<{ link: string; token: string; open: boolean }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const { assessment } = await loadWritableAssessment(tx, ctx.actor, network, assessmentId);
		if (assessment.status === 'validated' || assessment.status === 'published') {
			throw new ConflictError('bar_err_settled', 'The assessment is validated or published');
		}
		const existing = await findSurveyOf(tx, assessmentId);
		let token = existing?.token;
		if (!existing) {
			token = randomBytes(24).toString('base64url');
			await insertSurvey(tx, { assessmentId, token, openedBy: ctx.actor.userId });
		} else if (existing.closedAt !== null) {
			await setSurveyClosed(tx, assessmentId, null);
		}
		if (!existing || existing.closedAt !== null) {
			await appendAudit(tx, ctx.actor, {
				action: 'update',
				entityType: 'barrier_survey',
				entityId: assessmentId,
				networkId: network.id,
				details: { opened: true }
			});
		}
		return { link: surveyLink(origin, token!), token: token!, open: true };
	});
}
