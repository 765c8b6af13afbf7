import { canManageGovernance, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { findParticipantByCode } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { loadGovernanceFacts } from './load-governance-facts';
import { deleteBodyMember, findBody, upsertBodyMember } from './repository';
import type { BodyMemberInput } from './schemas';

/** Adds a participant's representative to a body, or updates it: one per participant. */
export async function saveBodyMember(
	ctx: Ctx,
	networkSlug: string,
	bodyCode: string,
	input: BodyMemberInput,
	now = new Date()
): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		if (!canManageGovernance(ctx.actor, facts)) throw new ForbiddenError();
		const body = await findBody(tx, network.id, bodyCode);
		if (!body) throw new NotFoundError();
		const participant = await findParticipantByCode(tx, network.id, input.participantCode);
		if (!participant) {
			throw new ValidationError([
				{ path: 'participantCode', message: 'gov_err_unknown_participant' }
			]);
		}
		await upsertBodyMember(tx, {
			bodyId: body.id,
			participantId: participant.id,
			representativeName: input.representativeName,
			representativeTitle: input.representativeTitle
		});
		await appendAudit(tx, ctx.actor, {
			action: 'save_member',
			entityType: 'governance_body',
			entityId: body.id,
			networkId: network.id,
			details: { participant: participant.code }
		});
	});
}

export async function removeBodyMember(
	ctx: Ctx,
	networkSlug: string,
	bodyCode: string,
	participantCode: string,
	now = new Date()
): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		if (!canManageGovernance(ctx.actor, facts)) throw new ForbiddenError();
		const body = await findBody(tx, network.id, bodyCode);
		const participant = await findParticipantByCode(tx, network.id, participantCode);
		if (!body || !participant) throw new NotFoundError();
		if ((await deleteBodyMember(tx, body.id, participant.id)) === 0) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'remove_member',
			entityType: 'governance_body',
			entityId: body.id,
			networkId: network.id,
			details: { participant: participant.code }
		});
	});
}
