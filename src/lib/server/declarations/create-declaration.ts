import { randomUUID } from 'node:crypto';
import { requireDraftDeclaration, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import { findConferenceByEdition } from '../registry/repository';
import { insertDeclaration } from './repository';
import { recordVersion } from './record-version';
import type { CreateDeclarationInput } from './schemas';

/** Starts the draft Declaration of a conference edition; the Presidency in office only. */
export async function createDeclaration(
	ctx: Ctx,
	networkSlug: string,
	input: CreateDeclarationInput,
	now = new Date()
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	const id = randomUUID();
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		requireDraftDeclaration(ctx.actor, facts);
		const conference = await findConferenceByEdition(tx, network.id, input.conferenceEdition);
		if (!conference) {
			throw new ValidationError([
				{ path: 'conferenceEdition', message: 'gov_decl_err_conference' }
			]);
		}
		await insertDeclaration(tx, {
			id,
			networkId: network.id,
			ownerId: ctx.actor.participant!.id,
			level: 'network',
			conferenceId: conference.id,
			title: input.title,
			createdBy: ctx.actor.userId,
			createdAt: now,
			updatedAt: now
		});
		await recordVersion(tx, id, 'created', ctx.actor.userId, now);
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'declaration',
			entityId: id,
			networkId: network.id,
			details: { conference: input.conferenceEdition }
		});
	});
	return { id };
}
