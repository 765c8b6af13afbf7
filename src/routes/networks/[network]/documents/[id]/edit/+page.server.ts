import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import type { DocumentFormValues } from '$lib/components/documents/form-values';
import { getDocument } from '$lib/server/documents/get-document';
import { getDocumentAccess } from '$lib/server/documents/get-document-access';
import { listTranslationCandidates } from '$lib/server/documents/list-translation-candidates';
import { updateDocumentSchema } from '$lib/server/documents/schemas';
import { updateDocument } from '$lib/server/documents/update-document';
import { listParticipants } from '$lib/server/registry/list-participants';
import {
	documentFormFailure,
	documentId,
	parseDocumentForm,
	readDocumentForm
} from '../../document-form.server';
import { loadFailure } from '$lib/server/forms/form-failure';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const id = documentId(params.id);
	const access = await getDocumentAccess(ctx, params.network, id).catch(loadFailure);
	if (!access.read) error(404, translate('error_not_found'));
	// Signing in brings the visitor back here.
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	if (!access.write) error(403, translate('error_forbidden'));
	const doc = await getDocument(ctx, params.network, id).catch(loadFailure);
	const [participants, candidates] = await Promise.all([
		listParticipants(ctx, params.network, getLocale()),
		listTranslationCandidates(ctx, params.network, { exclude: id, keep: doc.translationOf })
	]).catch(loadFailure);
	const values: DocumentFormValues = {
		title: doc.title,
		kind: doc.kind,
		category: doc.category,
		language: doc.language,
		documentDate: doc.documentDate ?? '',
		translationOf: doc.translationOf ?? '',
		translationMethod: doc.translationMethod ?? 'human',
		body: doc.body,
		level: doc.releasability.level,
		participants: doc.releasability.participants,
		ownerCode: doc.ownerCode,
		fileAction: 'keep',
		fileChosen: false
	};
	return {
		network: params.network,
		id,
		title: doc.title,
		values,
		currentFile: doc.file ? { filename: doc.file.filename, size: doc.file.size } : null,
		participants: participants.map((p) => ({ code: p.code, name: p.name })),
		// A document is always visible to its owner, so naming the owner adds nothing.
		namedChoices: participants
			.filter((p) => p.code !== doc.ownerCode)
			.map((p) => ({ code: p.code, name: p.name })),
		candidates
	};
}

export const actions = {
	default: async ({ locals, params, request }) => {
		const id = documentId(params.id);
		const { values, file } = readDocumentForm(await request.formData());
		try {
			const missingFile =
				values.fileAction === 'replace' && !file
					? [{ path: 'file', message: 'docs_err_replace_needs_file' }]
					: [];
			const { input, upload } = await parseDocumentForm(
				updateDocumentSchema,
				values,
				file,
				missingFile
			);
			// A chosen file is a replacement whatever the radio says: nobody picks a file to ignore it.
			const fileChange = upload
				? { upload }
				: values.fileAction === 'remove'
					? { remove: true }
					: undefined;
			await updateDocument(locals.ctx, params.network, id, input, fileChange);
		} catch (e) {
			return documentFormFailure(e, values);
		}
		redirect(303, `/networks/${params.network}/documents/${id}`);
	}
};
