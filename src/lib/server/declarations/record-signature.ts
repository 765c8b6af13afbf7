import { requirePresidency, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, ValidationError } from '../errors';
import { findParticipantByCode } from '../registry/repository';
import { requireDeclaration } from './declaration-access';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import { insertDeclarationSignatures } from './repository';
import type { SignatureInput } from './schemas';
import { unsafeSettleDueDecisions } from '../decisions/settle-decision';

/** The Presidency records who signed the adopted text for a participant, with title and date. */
export async function recordSignature(
	ctx: Ctx,
	networkSlug: string,
	declarationId: string,
	input: SignatureInput,
	now = new Date()
): Promise<void> {
	requireSignedIn(ctx.actor);
	await unsafeSettleDueDecisions(ctx.db, now);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const { network, row } = await requireDeclaration(tx, ctx.actor, networkSlug, declarationId);
		requirePresidency(ctx.actor, await loadGovernanceFacts(tx, network.id, now));
		if (row.status !== 'adopted') {
			throw new ConflictError('gov_decl_err_not_adopted', 'Only an adopted text is signed');
		}
		const participant = await findParticipantByCode(tx, network.id, input.participantCode);
		if (!participant) {
			throw new ValidationError([
				{ path: 'participantCode', message: 'gov_err_unknown_participant' }
			]);
		}
		const inserted = await insertDeclarationSignatures(tx, [
			{
				declarationId: row.id,
				participantId: participant.id,
				signatoryName: input.signatoryName,
				signatoryTitle: input.signatoryTitle,
				signedOn: input.signedOn,
				recordedBy: ctx.actor.userId
			}
		]);
		if (!inserted) {
			throw new ConflictError('gov_decl_err_signed', 'This participant has already signed');
		}
		await appendAudit(tx, ctx.actor, {
			action: 'sign',
			entityType: 'declaration',
			entityId: row.id,
			networkId: network.id,
			details: { participant: participant.code, signedOn: input.signedOn }
		});
	});
}
