import type { LocalizedText } from '$lib/server/db/schema';

const fallbackOrder = ['es', 'en', 'pt', 'fr'] as const;

/** The text in `locale`, else the first language that has one. */
export function pickLocalized(text: LocalizedText | null | undefined, locale: string): string {
	return pickLocalizedWithLanguage(text, locale).text;
}

/**
 * The text in `locale`, else the first language that has one, with the language it is in, so a
 * page can mark text shown in a language other than its own (`lang`).
 */
export function pickLocalizedWithLanguage(
	text: LocalizedText | null | undefined,
	locale: string
): { text: string; language: string } {
	const exact = text?.[locale as keyof LocalizedText];
	if (exact) return { text: exact, language: locale };
	for (const candidate of fallbackOrder) {
		const value = text?.[candidate];
		if (value) return { text: value, language: candidate };
	}
	return { text: '', language: locale };
}

/** A record's title for a view: the text as `pickLocalizedWithLanguage` picks it, and its language. */
export function titleOf(
	text: LocalizedText | null | undefined,
	locale: string
): { title: string; titleLanguage: string } {
	const picked = pickLocalizedWithLanguage(text, locale);
	return { title: picked.text, titleLanguage: picked.language };
}
