import { requirePresidency, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { unsafeWithSystem, withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import { insertDecisionEvent, queueNotifications, updateDecision } from './repository';
import { requireOpenDecision } from './require-open-decision';

/** The Presidency withdraws a decision before its deadline; it then has no outcome. */
export async function withdrawDecision(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	now = new Date()
): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		await requireOpenDecision(tx, ctx.actor, network.id, id, now, () => {
			requirePresidency(ctx.actor, facts);
		});
		await updateDecision(tx, id, { status: 'withdrawn', outcomeAt: now });
		await insertDecisionEvent(tx, {
			decisionId: id,
			kind: 'withdrawn',
			participantId: ctx.actor.participant!.id,
			userId: ctx.actor.userId,
			at: now
		});
		await appendAudit(tx, ctx.actor, {
			action: 'withdraw',
			entityType: 'decision',
			entityId: id,
			networkId: network.id
		});
	});
	// Unsafe: the recipients are users of other participants, which no participant may list.
	await unsafeWithSystem(ctx.db, (tx) => queueNotifications(tx, id, 'outcome'));
}
