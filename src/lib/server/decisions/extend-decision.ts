import { requirePresidency, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import { insertDecisionEvent, updateDecision } from './repository';
import { requireOpenDecision } from './require-open-decision';
import type { ExtendInput } from './schemas';

/** The Presidency moves the deadline later, before it passes; each extension is on the record. */
export async function extendDecision(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	input: ExtendInput,
	now = new Date()
): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		const decision = await requireOpenDecision(tx, ctx.actor, network.id, id, now, () => {
			requirePresidency(ctx.actor, facts);
		});
		const deadline = new Date(input.deadline);
		if (deadline.getTime() <= decision.deadline.getTime()) {
			throw new ValidationError([{ path: 'deadline', message: 'gov_err_extend_later' }]);
		}
		await updateDecision(tx, id, { deadline });
		await insertDecisionEvent(tx, {
			decisionId: id,
			kind: 'extended',
			participantId: ctx.actor.participant!.id,
			userId: ctx.actor.userId,
			deadline,
			at: now
		});
		await appendAudit(tx, ctx.actor, {
			action: 'extend',
			entityType: 'decision',
			entityId: id,
			networkId: network.id,
			details: { from: decision.deadline.toISOString(), to: deadline.toISOString() }
		});
	});
}
