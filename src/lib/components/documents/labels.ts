import { m } from '$lib/paraglide/messages';
import type { DocumentView } from '$lib/server/documents/schemas';

type Kind = DocumentView['kind'];
type Language = DocumentView['language'];

const kindLabels: Record<Kind, () => string> = {
	declaration: m.docs_kind_declaration,
	statute: m.docs_kind_statute,
	resolution: m.docs_kind_resolution,
	minutes: m.docs_kind_minutes,
	report: m.docs_kind_report,
	guideline: m.docs_kind_guideline,
	news: m.docs_kind_news,
	other: m.docs_kind_other
};

const languageLabels: Record<Language, () => string> = {
	es: m.content_lang_es,
	en: m.content_lang_en,
	pt: m.content_lang_pt,
	fr: m.content_lang_fr
};

export const documentKinds = Object.keys(kindLabels) as Kind[];
export const contentLanguages = Object.keys(languageLabels) as Language[];

export function kindLabel(kind: string): string {
	return kindLabels[kind as Kind]?.() ?? kind;
}

export function languageLabel(language: string): string {
	return languageLabels[language as Language]?.() ?? language;
}
