import { fail, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { deleteDocument } from '$lib/server/documents/delete-document';
import { getDocument } from '$lib/server/documents/get-document';
import { getDocumentAccess } from '$lib/server/documents/get-document-access';
import { renderMarkdown } from '$lib/server/documents/render-markdown';
import { DomainError, NotFoundError } from '$lib/server/errors';
import { listParticipants } from '$lib/server/registry/list-participants';
import { documentId } from '../document-form.server';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formMultiline, formText, parseFormInput } from '$lib/server/forms/form-input';
import { requestTranslation } from '$lib/server/documents/request-translation';
import { closeTranslationRequest } from '$lib/server/documents/close-translation-request';
import { listDocumentTranslationRequests } from '$lib/server/documents/list-translation-requests';
import { contentLanguages, translationRequestInputSchema } from '$lib/server/documents/schemas';
import { z } from 'zod';

export const csr = false;

export async function load({ locals, params }) {
	const ctx = locals.ctx;
	const id = documentId(params.id);
	const doc = await getDocument(ctx, params.network, id).catch(loadFailure);
	const locale = getLocale();
	const [access, participants, requests] = await Promise.all([
		getDocumentAccess(ctx, params.network, id),
		listParticipants(ctx, params.network, locale),
		listDocumentTranslationRequests(ctx, params.network, id, locale)
	]).catch(loadFailure);
	// A language the family holds from a person needs no request; a machine's version does.
	const byPerson = new Set([
		...(doc.translationMethod === 'machine' ? [] : [doc.language]),
		...doc.translations.filter((t) => t.translationMethod !== 'machine').map((t) => t.language)
	]);
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
		canWrite: access.write,
		canRequestTranslation: access.requestTranslation,
		requestLanguages: contentLanguages.filter((l) => !byPerson.has(l)),
		requests
	};
}

const requestIdSchema = z.uuid();

export const actions = {
	requestTranslation: async ({ locals, params, request, url }) => {
		if (!locals.ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
		const id = documentId(params.id);
		const form = await request.formData();
		const values = { language: formText(form, 'language'), note: formMultiline(form, 'note') };
		try {
			const input = parseFormInput(translationRequestInputSchema, values);
			await requestTranslation(locals.ctx, params.network, id, input);
		} catch (e) {
			return formFailure(e, values, { form: 'translation' });
		}
		return { requested: true };
	},
	closeTranslationRequest: async ({ locals, params, request, url }) => {
		if (!locals.ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
		const form = await request.formData();
		const requestId = requestIdSchema.safeParse(formText(form, 'request'));
		try {
			if (!requestId.success) throw new NotFoundError();
			await closeTranslationRequest(locals.ctx, params.network, requestId.data);
		} catch (e) {
			return formFailure(e, {}, { form: 'requests' });
		}
		return { closed: true };
	},
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
