import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { countryChoices } from '$lib/server/registry/place-choices';
import { getMissionBrief } from '$lib/server/situation/get-mission-brief';
import { updateMissionBrief } from '$lib/server/situation/update-mission-brief';
import { updateMissionBriefSchema } from '$lib/server/situation/schemas';

export const csr = false;

interface BriefFormValues {
	mandate_es: string;
	mandate_en: string;
	mandate_pt: string;
	mandate_fr: string;
	mandateRenewalOn: string;
	hostCountry: string;
}

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const locale = getLocale();
	const brief = await getMissionBrief(ctx, params.network, params.acronym, locale).catch(
		loadFailure
	);
	if (!brief.canEdit) error(403, translate('error_forbidden'));
	const values: BriefFormValues = {
		mandate_es: brief.mandateSummary.es ?? '',
		mandate_en: brief.mandateSummary.en ?? '',
		mandate_pt: brief.mandateSummary.pt ?? '',
		mandate_fr: brief.mandateSummary.fr ?? '',
		mandateRenewalOn: brief.mandateRenewalOn ?? '',
		hostCountry: brief.hostCountry ?? ''
	};
	return {
		network: params.network,
		acronym: brief.acronym,
		name: brief.name,
		values,
		countries: countryChoices(locale)
	};
}

export const actions = {
	save: async ({ locals, params, request }) => {
		const form = await request.formData();
		const text = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
		};
		const values: BriefFormValues = {
			mandate_es: text('mandate_es'),
			mandate_en: text('mandate_en'),
			mandate_pt: text('mandate_pt'),
			mandate_fr: text('mandate_fr'),
			mandateRenewalOn: text('mandateRenewalOn'),
			hostCountry: text('hostCountry')
		};
		try {
			const input = parseInput(updateMissionBriefSchema, {
				mandateSummary: {
					es: values.mandate_es,
					en: values.mandate_en,
					pt: values.mandate_pt,
					fr: values.mandate_fr
				},
				mandateRenewalOn: values.mandateRenewalOn || null,
				hostCountry: values.hostCountry || null
			});
			await updateMissionBrief(locals.ctx, params.network, params.acronym, input);
		} catch (e) {
			return formFailure(e, values, {
				field: (path) =>
					path.startsWith('mandateSummary')
						? 'mandate'
						: ['mandateRenewalOn', 'hostCountry'].find((f) => f === path)
			});
		}
		redirect(
			303,
			`/networks/${params.network}/missions/${encodeURIComponent(params.acronym.toUpperCase())}`
		);
	}
};
