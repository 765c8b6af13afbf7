import { requireWrite, canRead, requireWriteAs } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError, ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { findDocument, putDocumentFile, updateDocumentRow, deleteDocumentFile } from './repository';
import { resolveReleasability } from '../access/releasability';
import type { UpdateDocumentInput } from './schemas';
import type { PdfUpload } from './pdf-upload';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';
import { extractPdfText } from './extract-pdf-text';

export async function updateDocument(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	input: UpdateDocumentInput,
	file?: { upload?: PdfUpload | undefined; remove?: boolean }
): Promise<void> {
	// Read before the transaction opens: a long PDF must not hold the database meanwhile.
	const fileText = file?.upload ? await extractPdfText(file.upload.data) : '';
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const current = await findDocument(tx, network.id, id);
		requireWrite(ctx.actor, current?.doc);
		const doc = current!.doc;
		const releasability = input.releasability
			? await resolveReleasability(tx, network.id, input.releasability)
			: undefined;
		if (input.translationOf) {
			if (input.translationOf === id) {
				throw new ValidationError([
					{ path: 'translationOf', message: 'docs_err_self_translation' }
				]);
			}
			const original = await findDocument(tx, network.id, input.translationOf);
			if (!original || !canRead(ctx.actor, original.doc)) {
				throw new ValidationError([
					{ path: 'translationOf', message: 'docs_err_no_such_original' }
				]);
			}
		}
		const body = input.body ?? doc.body;
		const hasFile = file?.upload !== undefined || (current!.file?.filename && !file?.remove);
		if (!body.trim() && !hasFile) {
			throw new ValidationError([{ path: 'body', message: 'docs_err_body_or_file' }]);
		}
		requireWriteAs(ctx.actor, network.id, doc.ownerId);
		const changed = await updateDocumentRow(tx, id, {
			title: input.title,
			kind: input.kind,
			category: input.category,
			language: input.language,
			body: input.body,
			translationOf: input.translationOf,
			translationMethod: translationMethodAfter(input, doc),
			documentDate: input.documentDate,
			level: releasability?.level,
			releasedTo: releasability?.releasedTo
		});
		if (changed === 0) throw new NotFoundError();
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'document.updated',
			subject: { id: id }
		});
		if (file?.upload) {
			await putDocumentFile(tx, { documentId: id, ...file.upload, text: fileText });
		} else if (file?.remove) await deleteDocumentFile(tx, id);
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'document',
			entityId: id,
			networkId: network.id,
			details: {
				fields: Object.keys(input),
				level: releasability?.level ?? doc.level,
				file: file?.upload ? file.upload.filename : file?.remove ? null : undefined
			}
		});
	});
}

/** An original has no method; a translation keeps its method unless a new one is given. */
function translationMethodAfter(
	input: UpdateDocumentInput,
	doc: { translationOf: string | null; translationMethod: 'human' | 'machine' | null }
): 'human' | 'machine' | null | undefined {
	const translationOf = input.translationOf === undefined ? doc.translationOf : input.translationOf;
	if (!translationOf) return input.translationOf === null ? null : undefined;
	return input.translationMethod ?? doc.translationMethod ?? 'human';
}
