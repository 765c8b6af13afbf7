import { randomUUID } from 'node:crypto';
import { canChooseOwner, canRead, requireSignedIn, requireWriteAs } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ValidationError } from '../errors';
import { findParticipantByCode } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { findDocument, insertDocument, putDocumentFile } from './repository';
import { resolveReleasability } from '../access/releasability';
import type { CreateDocumentInput } from './schemas';
import type { Transaction } from '../db/client';
import type { Actor } from '../access/actor';
import type { PdfUpload } from './pdf-upload';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';
import { extractPdfText } from './extract-pdf-text';

export async function createDocument(
	ctx: Ctx,
	networkSlug: string,
	input: CreateDocumentInput,
	file?: PdfUpload
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	// Read before the transaction opens: a long PDF must not hold the database meanwhile.
	const fileText = file ? await extractPdfText(file.data) : '';
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const ownerId = await resolveOwner(tx, ctx.actor, network.id, input.ownerCode);
		requireWriteAs(ctx.actor, network.id, ownerId);
		if (!input.body.trim() && !file) {
			throw new ValidationError([{ path: 'body', message: 'docs_err_body_or_file' }]);
		}
		const releasability = await resolveReleasability(tx, network.id, input.releasability);
		if (input.translationOf) {
			const original = await findDocument(tx, network.id, input.translationOf);
			if (!original || !canRead(ctx.actor, original.doc)) {
				throw new ValidationError([
					{ path: 'translationOf', message: 'docs_err_no_such_original' }
				]);
			}
		}
		const id = randomUUID();
		await insertDocument(tx, {
			id,
			networkId: network.id,
			ownerId,
			level: releasability.level,
			releasedTo: releasability.releasedTo,
			title: input.title,
			kind: input.kind,
			category: input.category,
			language: input.language,
			body: input.body,
			translationOf: input.translationOf ?? null,
			translationMethod: input.translationOf ? (input.translationMethod ?? 'human') : null,
			documentDate: input.documentDate ?? null,
			createdBy: ctx.actor.userId
		});
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'document.created',
			subject: { id: id }
		});
		if (file) await putDocumentFile(tx, { documentId: id, ...file, text: fileText });
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'document',
			entityId: id,
			networkId: network.id,
			details: { level: releasability.level, title: input.title, file: file?.filename ?? null }
		});
		return { id };
	});
}

async function resolveOwner(
	tx: Transaction,
	actor: Actor,
	networkId: string,
	ownerCode: string | undefined
): Promise<string> {
	if (!canChooseOwner(actor)) {
		const own = actor.participant;
		if (!own || own.networkId !== networkId) {
			throw new ValidationError([{ path: 'ownerCode', message: 'docs_err_not_in_network' }]);
		}
		if (ownerCode && ownerCode !== own.code) {
			throw new ValidationError([{ path: 'ownerCode', message: 'docs_err_owner_admin_only' }]);
		}
		return own.id;
	}
	const code = ownerCode ?? actor.participant?.code;
	const owner = code ? await findParticipantByCode(tx, networkId, code) : undefined;
	if (!owner) throw new ValidationError([{ path: 'ownerCode', message: 'docs_err_unknown_owner' }]);
	return owner.id;
}
