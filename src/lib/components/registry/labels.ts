import { m } from '$lib/paraglide/messages';
import { translate } from '$lib/i18n/translate';

/** The interface languages, each by its own name, as a network's default language. */
export const languageChoices = () => [
	{ value: 'es', label: m.lang_es() },
	{ value: 'en', label: m.lang_en() },
	{ value: 'pt', label: m.lang_pt() },
	{ value: 'fr', label: m.lang_fr() }
];

export const statusChoices = () =>
	['member', 'observer', 'partner'].map((value) => ({
		value,
		label: translate(`status_${value}`)
	}));

export const kindChoices = () => [
	{ value: 'country', label: m.reg_kind_country() },
	{ value: 'organization', label: m.reg_kind_organization() }
];

export const statusLabel = (status: string) => translate(`status_${status}`);
export const kindLabel = (kind: string) => translate(`reg_kind_${kind}`);
