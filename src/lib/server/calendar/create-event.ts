import { randomUUID } from 'node:crypto';
import { canCreateEventFor, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { eventUid, resolveEventFields } from './event-row';
import { findPresidencyId } from './presidency';
import { findEventByExternalId, insertEvent } from './repository';
import type { CreateEventInput } from './schemas';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

export async function createEvent(
	ctx: Ctx,
	networkSlug: string,
	input: CreateEventInput
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const organiserCode = input.organiserCode ?? ctx.actor.participant?.code;
		if (!organiserCode) {
			throw new ValidationError([{ path: 'organiserCode', message: 'cal_err_unknown_organiser' }]);
		}
		const fields = await resolveEventFields(tx, network.id, { ...input, organiserCode });
		const presidencyId = await findPresidencyId(tx, network.id);
		if (!canCreateEventFor(ctx.actor, network.id, fields.ownerId, presidencyId)) {
			throw new ForbiddenError();
		}
		if (input.externalId && (await findEventByExternalId(tx, network.id, input.externalId))) {
			throw new ValidationError([{ path: 'externalId', message: 'cal_err_external_id_taken' }]);
		}
		const id = randomUUID();
		await insertEvent(tx, {
			id,
			networkId: network.id,
			uid: eventUid(id, network.slug),
			externalId: input.externalId ?? null,
			createdBy: ctx.actor.userId,
			...fields
		});
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'event.created',
			subject: { id: id }
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'event',
			entityId: id,
			networkId: network.id,
			details: { level: fields.level, kind: fields.kind, startsOn: fields.startsOn }
		});
		return { id };
	});
}
