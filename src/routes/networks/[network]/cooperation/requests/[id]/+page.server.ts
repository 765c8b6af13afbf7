import { redirect } from '@sveltejs/kit';
import { pickLocalized, pickLocalizedWithLanguage, titleOf } from '$lib/i18n/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { getRequestPage } from '$lib/server/exchange/get-request-page';
import { proposeCommitment } from '$lib/server/exchange/propose-commitment';
import { transitionCommitment } from '$lib/server/exchange/transition-commitment';
import { updateRequest } from '$lib/server/exchange/update-request';
import { createCommitmentSchema, transitionSchema } from '$lib/server/exchange/schemas';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { listParticipants } from '$lib/server/registry/list-participants';
import { formatWithZone, formZone } from '$lib/server/time/form-zone';
import { idParam } from '../../exchange-form.server';

export const csr = false;

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};

export async function load({ locals, params }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const id = idParam(params.id);
	const [page, participants] = await Promise.all([
		getRequestPage(ctx, params.network, id, locale),
		listParticipants(ctx, params.network, locale)
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const nameOf = (code: string) => names.get(code) ?? code;
	const zone = formZone({ account: locals.user?.timeZone });
	const r = page.request;
	return {
		network: params.network,
		request: {
			id: r.id,
			...titleOf(r.title, locale),
			description: pickLocalized(r.description, locale),
			descriptionLanguage: pickLocalizedWithLanguage(r.description, locale).language,
			category: r.category,
			owner: nameOf(r.ownerCode),
			status: r.status,
			quantity: r.quantity,
			covered: r.covered,
			unit: r.unit,
			neededBy: r.neededBy,
			mission: r.mission,
			languages: r.languages,
			level: r.releasability.level,
			released: r.releasability.participants.map(nameOf),
			closed: r.closedAt !== null
		},
		warnings: r.warnings.map((w) => ({
			kind: w.kind,
			asked: w.asked,
			committed: w.committed,
			unit: w.unit,
			providers: w.providers.map(nameOf),
			requests: w.requests
				.filter((other) => other.id !== r.id)
				.map((other) => ({ id: other.id, ...titleOf(other.title, locale) }))
		})),
		commitments: r.commitments.map((c) => ({
			id: c.id,
			provider: nameOf(c.providerCode),
			status: c.status,
			quantity: c.quantity,
			offerId: c.offerId,
			note: c.note,
			steps: page.steps[c.id] ?? [],
			history: c.history.map((s) => ({
				to: s.to,
				by: nameOf(s.participantCode),
				note: s.note,
				at: s.at,
				when: formatWithZone(new Date(s.at), zone, locale)
			}))
		})),
		matches: page.matches.map((match) => ({
			offerId: match.offerId,
			...titleOf(match.title, locale),
			owner: nameOf(match.ownerCode),
			score: match.score,
			reasons: match.reasons
		})),
		canEdit: page.canEdit,
		canCommit: page.canCommit,
		ownOffers: page.ownOffers
	};
}

/** Every form on the page answers the same fields, so the page reads one shape. */
const blank = { offerId: '', quantity: '', note: '' };

const back = (network: string, id: string, anchor = '') =>
	`/networks/${network}/cooperation/requests/${id}${anchor}`;

export const actions = {
	commit: async ({ locals, params, request }) => {
		const id = idParam(params.id);
		const form = await request.formData();
		const values = {
			offerId: text(form, 'offerId'),
			quantity: text(form, 'quantity'),
			note: text(form, 'note')
		};
		let commitmentId: string;
		try {
			const input = parseInput(createCommitmentSchema, {
				offerId: values.offerId || null,
				quantity: values.quantity.trim() ? Number(values.quantity) : null,
				note: values.note
			});
			({ id: commitmentId } = await proposeCommitment(locals.ctx, params.network, id, input));
		} catch (e) {
			return formFailure(e, values, { form: 'commit' });
		}
		redirect(303, back(params.network, id, `#commitment-${commitmentId}`));
	},
	step: async ({ locals, params, request }) => {
		const id = idParam(params.id);
		const form = await request.formData();
		const commitmentId = idParam(text(form, 'commitmentId'));
		const values = { ...blank, note: text(form, 'note') };
		try {
			const input = parseInput(transitionSchema, { to: text(form, 'to'), note: values.note });
			await transitionCommitment(locals.ctx, params.network, commitmentId, input);
		} catch (e) {
			return formFailure(e, values, { form: `step-${commitmentId}` });
		}
		redirect(303, back(params.network, id, `#commitment-${commitmentId}`));
	},
	close: async ({ locals, params }) => {
		const id = idParam(params.id);
		try {
			await updateRequest(locals.ctx, params.network, id, { closed: true });
		} catch (e) {
			return formFailure(e, blank, { form: 'close' });
		}
		redirect(303, back(params.network, id));
	},
	reopen: async ({ locals, params }) => {
		const id = idParam(params.id);
		try {
			await updateRequest(locals.ctx, params.network, id, { closed: false });
		} catch (e) {
			return formFailure(e, blank, { form: 'close' });
		}
		redirect(303, back(params.network, id));
	}
};
