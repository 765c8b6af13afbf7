import { m } from '$lib/paraglide/messages';
import type { DocumentView } from '$lib/server/documents/schemas';

type Kind = DocumentView['kind'];
type Language = DocumentView['language'];
type Category = DocumentView['category'];

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

const categoryLabels: Record<Category, () => string> = {
	lesson_learned: m.lib_category_lesson_learned,
	best_practice: m.lib_category_best_practice,
	doctrine: m.lib_category_doctrine,
	course_material: m.lib_category_course_material,
	interoperability: m.lib_category_interoperability,
	statute: m.lib_category_statute,
	declaration: m.lib_category_declaration,
	report: m.lib_category_report,
	other: m.lib_category_other
};

export const documentCategories = Object.keys(categoryLabels) as Category[];

export function categoryLabel(category: string): string {
	return categoryLabels[category as Category]?.() ?? category;
}

/** How a version of a document was made: the original, or a translation by a person or a machine. */
export function versionLabel(translationMethod: 'human' | 'machine' | null): string {
	if (translationMethod === 'human') return m.lib_version_human();
	if (translationMethod === 'machine') return m.lib_version_machine();
	return m.lib_version_original();
}

export const documentKinds = Object.keys(kindLabels) as Kind[];
export const contentLanguages = Object.keys(languageLabels) as Language[];

export function kindLabel(kind: string): string {
	return kindLabels[kind as Kind]?.() ?? kind;
}

export function languageLabel(language: string): string {
	return languageLabels[language as Language]?.() ?? language;
}
