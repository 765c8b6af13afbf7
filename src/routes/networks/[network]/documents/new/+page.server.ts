import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { emptyDocumentForm } from '$lib/components/documents/form-values';
import { getDocumentPolicies } from '$lib/server/documents/get-document-policies';
import { createDocument } from '$lib/server/documents/create-document';
import { getDocumentAccess } from '$lib/server/documents/get-document-access';
import { listTranslationCandidates } from '$lib/server/documents/list-translation-candidates';
import { createDocumentSchema } from '$lib/server/documents/schemas';
import { listParticipants } from '$lib/server/registry/list-participants';
import { documentFormFailure, parseDocumentForm, readDocumentForm } from '../document-form.server';
import { loadFailure } from '$lib/server/forms/form-failure';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	// Signing in brings the visitor back here.
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const policies = await getDocumentPolicies(ctx, params.network).catch(loadFailure);
	if (!policies.create) error(403, translate('error_forbidden'));
	const [participants, candidates] = await Promise.all([
		listParticipants(ctx, params.network, getLocale()),
		listTranslationCandidates(ctx, params.network)
	]).catch(loadFailure);
	const ownCode = ctx.actor.participant?.code ?? null;
	const choices = participants.map((p) => ({ code: p.code, name: p.name }));
	return {
		network: params.network,
		defaults: emptyDocumentForm(ownCode ?? ''),
		chooseOwner: policies.chooseOwner,
		participants: choices,
		// A document is always visible to its owner, so naming the owner adds nothing.
		namedChoices: policies.chooseOwner ? choices : choices.filter((p) => p.code !== ownCode),
		candidates
	};
}

export const actions = {
	default: async ({ locals, params, request }) => {
		const ctx = locals.ctx;
		const { values, file } = readDocumentForm(await request.formData());
		let id: string;
		try {
			const { input, upload } = await parseDocumentForm(createDocumentSchema, values, file);
			({ id } = await createDocument(ctx, params.network, input, upload));
		} catch (e) {
			return documentFormFailure(e, values);
		}
		const base = `/networks/${params.network}/documents`;
		// An administrator may file a document for a participant without being allowed to read it.
		const access = await getDocumentAccess(ctx, params.network, id);
		redirect(303, access.read ? `${base}/${id}` : `${base}?notice=created_hidden`);
	}
};
