import type { LocalizedText } from '$lib/server/db/schema';

const fallbackOrder = ['es', 'en', 'pt', 'fr'] as const;

/** The text in `locale`, else the first language that has one. */
export function pickLocalized(text: LocalizedText | null | undefined, locale: string): string {
	if (!text) return '';
	const exact = text[locale as keyof LocalizedText];
	if (exact) return exact;
	for (const candidate of fallbackOrder) {
		const value = text[candidate];
		if (value) return value;
	}
	return '';
}
