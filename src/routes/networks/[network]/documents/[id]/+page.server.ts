import { fail, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { deleteDocument } from '$lib/server/documents/delete-document';
import { getDocument } from '$lib/server/documents/get-document';
import { getDocumentAccess } from '$lib/server/documents/get-document-access';
import { renderMarkdown } from '$lib/server/documents/render-markdown';
import { DomainError } from '$lib/server/errors';
import { listParticipants } from '$lib/server/registry/list-participants';
import { documentId } from '../document-form.server';
import { loadFailure } from '$lib/server/forms/form-failure';

export const csr = false;

export async function load({ locals, params }) {
	const ctx = locals.ctx;
	const id = documentId(params.id);
	const doc = await getDocument(ctx, params.network, id).catch(loadFailure);
	const [access, participants] = await Promise.all([
		getDocumentAccess(ctx, params.network, id),
		listParticipants(ctx, params.network, getLocale())
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const original = doc.translationOf
		? (doc.translations.find((t) => t.id === doc.translationOf) ?? null)
		: null;
	const { body, ...meta } = doc;
	return {
		network: params.network,
		doc: meta,
		ownerName: names.get(doc.ownerCode) ?? doc.ownerCode,
		releasedTo: doc.releasability.participants.map((code) => ({
			code,
			name: names.get(code) ?? code
		})),
		original,
		otherTranslations: doc.translations.filter((t) => t.id !== original?.id),
		// The page has h1 (title) and h2 (sections); the body's headings continue below them.
		html: body.trim() ? renderMarkdown(body, { topHeading: 3 }) : '',
		canWrite: access.write
	};
}

export const actions = {
	delete: async ({ locals, params, request }) => {
		const id = documentId(params.id);
		const form = await request.formData();
		if (form.get('confirm') !== 'yes') {
			return fail(400, { deleteError: translate('docs_delete_needs_confirm') });
		}
		try {
			await deleteDocument(locals.ctx, params.network, id);
		} catch (e) {
			if (e instanceof DomainError) return fail(e.status, { deleteError: translate(e.messageKey) });
			throw e;
		}
		redirect(303, `/networks/${params.network}/documents?notice=deleted`);
	}
};
