import { canRequestTranslation, requireRead, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { findDocument, insertTranslationRequest, listTranslationRows } from './repository';
import type { TranslationRequestInput } from './schemas';

/**
 * Asks the owner of a document for a human translation into a language, in the name of the
 * reader's participant. A language the family already holds from a person needs no request; a
 * machine translation does not count, since asking for a person's is the point.
 */
export async function requestTranslation(
	ctx: Ctx,
	networkSlug: string,
	documentId: string,
	input: TranslationRequestInput
): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const found = await findDocument(tx, network.id, documentId);
		requireRead(ctx.actor, found?.doc);
		const doc = found!.doc;
		if (!canRequestTranslation(ctx.actor, doc)) throw new ForbiddenError();
		const versions = [
			{ language: doc.language, translationMethod: doc.translationMethod },
			...(await listTranslationRows(tx, doc))
		];
		if (versions.some((v) => v.language === input.language && v.translationMethod !== 'machine')) {
			throw new ValidationError([{ path: 'language', message: 'lib_err_already_translated' }]);
		}
		const added = await insertTranslationRequest(tx, {
			networkId: network.id,
			documentId: doc.id,
			language: input.language,
			requesterId: ctx.actor.participant!.id,
			ownerId: doc.ownerId,
			requestedBy: ctx.actor.userId,
			note: input.note
		});
		if (!added) {
			throw new ValidationError([{ path: 'language', message: 'lib_err_already_requested' }]);
		}
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'translation_request',
			entityId: doc.id,
			networkId: network.id,
			details: { language: input.language }
		});
	});
}
