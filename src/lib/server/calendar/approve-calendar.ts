import { canApproveCalendar, requireSignedIn } from '../access/access';
import type { Actor } from '../access/actor';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { withActor } from '../db/with-actor';
import { ForbiddenError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { findPresidencyId } from './presidency';
import { upsertCalendarApproval } from './repository';

/**
 * The Presidency in office approves the annual calendar of `year` directly. Approving an approved
 * calendar again records the new approval; it never goes back to draft.
 */
export async function approveCalendar(ctx: Ctx, networkSlug: string, year: number): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const presidencyId = await findPresidencyId(tx, network.id);
		if (!canApproveCalendar(ctx.actor, network.id, presidencyId)) throw new ForbiddenError();
		await recordCalendarApproval(tx, ctx.actor, network.id, year, 'presidency');
	});
}

/**
 * Marks the calendar approved and audits it, inside the caller's transaction. The caller has
 * already decided that approval is due: the Presidency acting directly (approveCalendar), or an
 * adopted `approve_calendar` decision, which passes `decision:<id>` as `via`.
 */
export async function recordCalendarApproval(
	tx: Transaction,
	actor: Actor,
	networkId: string,
	year: number,
	via: 'presidency' | `decision:${string}`
): Promise<void> {
	await upsertCalendarApproval(tx, {
		networkId,
		year,
		approvedBy: actor.userId,
		approvedByParticipant: actor.participant?.id ?? null,
		approvedVia: via
	});
	await appendAudit(tx, actor, {
		action: 'approve',
		entityType: 'annual_calendar',
		entityId: `${networkId}/${year}`,
		networkId,
		details: { year, via }
	});
}
