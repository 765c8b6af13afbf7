import { m } from '$lib/paraglide/messages';
import { translate } from '$lib/i18n/translate';

export const decisionKinds = [
	'general',
	'admit_observer',
	'approve_calendar',
	'adopt_declaration'
] as const;

export const kindLabel = (kind: string): string => translate(`gov_kind_${kind}`);
export const statusLabel = (status: string): string => translate(`gov_status_${status}`);
export const positionLabel = (position: string): string => translate(`gov_position_${position}`);

export const textLanguages = [
	{ code: 'es', label: () => m.gov_lang_es() },
	{ code: 'en', label: () => m.gov_lang_en() },
	{ code: 'pt', label: () => m.gov_lang_pt() },
	{ code: 'fr', label: () => m.gov_lang_fr() }
] as const;
