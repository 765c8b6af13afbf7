import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formMultiline, formText } from '$lib/server/forms/form-input';
import { listParticipants } from '$lib/server/registry/list-participants';
import { countryChoices } from '$lib/server/registry/place-choices';
import { createTrainingCentre } from '$lib/server/training/create-training-centre';
import { listTrainingCentres } from '$lib/server/training/list-training-centres';
import { createCentreSchema } from '$lib/server/training/schemas';

export const csr = false;

const textFields = [
	'name_es',
	'name_en',
	'name_pt',
	'name_fr',
	'ownerCode',
	'city',
	'countryCode',
	'contact',
	'unRecognition',
	'level'
] as const;
const longFields = ['courses_es', 'courses_en', 'courses_pt', 'courses_fr'] as const;

type Values = Record<(typeof textFields)[number] | (typeof longFields)[number], string> & {
	participants: string[];
};

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId)
		redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	const locale = getLocale();
	const [list, participants] = await Promise.all([
		listTrainingCentres(ctx, params.network),
		listParticipants(ctx, params.network, locale)
	]).catch(loadFailure);
	if (!list.policies.canCreate) error(403, translate('error_forbidden'));
	const own = participants.find((p) => p.code === ctx.actor.participant?.code);
	const defaults: Values = {
		...(Object.fromEntries([...textFields, ...longFields].map((f) => [f, ''])) as Omit<
			Values,
			'participants'
		>),
		countryCode: own?.countryCode ?? '',
		level: 'network',
		participants: []
	};
	return {
		network: params.network,
		defaults,
		choosesOwner: list.policies.choosesOwner,
		owners: participants
			.map((p) => ({ value: p.code, label: p.name }))
			.sort((a, b) => a.label.localeCompare(b.label, locale)),
		participants: participants
			.filter((p) => p.code !== ctx.actor.participant?.code)
			.map((p) => ({ code: p.code, name: p.name }))
			.sort((a, b) => a.name.localeCompare(b.name, locale)),
		countries: countryChoices(locale)
	};
}

export const actions = {
	save: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = {
			...Object.fromEntries(textFields.map((f) => [f, formText(form, f)])),
			...Object.fromEntries(longFields.map((f) => [f, formMultiline(form, f)])),
			participants: form.getAll('participants').filter((v): v is string => typeof v === 'string')
		} as unknown as Values;
		let id: string;
		try {
			const input = parseInput(createCentreSchema, {
				name: { es: values.name_es, en: values.name_en, pt: values.name_pt, fr: values.name_fr },
				ownerCode: values.ownerCode || undefined,
				city: values.city,
				countryCode: values.countryCode,
				contact: values.contact,
				courses: {
					es: values.courses_es,
					en: values.courses_en,
					pt: values.courses_pt,
					fr: values.courses_fr
				},
				unRecognition: values.unRecognition.trim() || null,
				releasability: {
					level: values.level || undefined,
					participants: values.level === 'named' ? values.participants : undefined
				}
			});
			({ id } = await createTrainingCentre(locals.ctx, params.network, input));
		} catch (e) {
			return formFailure(e, values, {
				field: (path) => {
					if (path === 'releasability.participants') return 'participants';
					const head = path.split('.')[0] ?? '';
					return head === 'releasability' ? 'level' : head;
				}
			});
		}
		redirect(303, `/networks/${params.network}/training/centres/${id}?notice=created`);
	}
};
