import { redirect } from '@sveltejs/kit';
import { pickLocalized } from '$lib/i18n/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { formFailure } from '$lib/server/forms/form-failure';
import { formMultiline, formText } from '$lib/server/forms/form-input';
import { createNetwork } from '$lib/server/registry/create-network';
import { listNetworks } from '$lib/server/registry/list-networks';
import { regionChoices, regionName } from '$lib/server/registry/region-choices';
import { createNetworkSchema } from '$lib/server/registry/schemas';
import { zoneChoices } from '$lib/server/time/zones';
import type { Actions, PageServerLoad } from './$types';

const languages = ['es', 'en', 'pt', 'fr'] as const;
const textFields = ['slug', 'acronym', 'region', 'defaultLanguage', 'timeZone'] as const;

export const load: PageServerLoad = async ({ locals, parent }) => {
	await parent();
	const locale = getLocale();
	const networks = await listNetworks(locals.ctx);
	return {
		networks: networks.map((n) => ({
			slug: n.slug,
			acronym: n.acronym,
			name: pickLocalized(n.name, locale),
			region: regionName(n.region, locale),
			defaultLanguage: n.defaultLanguage,
			timeZone: n.timeZone
		})),
		regions: regionChoices(locale),
		zones: zoneChoices(locale)
	};
};

function readForm(form: FormData) {
	const values: Record<string, string> = {};
	for (const name of textFields) values[name] = formText(form, name);
	for (const lang of languages) {
		values[`name_${lang}`] = formText(form, `name_${lang}`);
		values[`description_${lang}`] = formMultiline(form, `description_${lang}`);
	}
	return values;
}

export const actions: Actions = {
	create: async ({ locals, request }) => {
		const values = readForm(await request.formData());
		const text = (prefix: string) =>
			Object.fromEntries(languages.map((lang) => [lang, values[`${prefix}_${lang}`]]));
		try {
			const input = parseInput(createNetworkSchema, {
				slug: values.slug,
				acronym: values.acronym,
				name: text('name'),
				description: text('description'),
				region: values.region,
				defaultLanguage: values.defaultLanguage,
				timeZone: values.timeZone
			});
			await createNetwork(locals.ctx, input);
		} catch (e) {
			return formFailure(e, values, { field: (path) => path.split('.')[0] });
		}
		redirect(303, `/admin/networks/${values.slug}`);
	}
};
