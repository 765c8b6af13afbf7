import { translate } from '$lib/i18n/translate';
import type { Ctx } from '../context';
import { renderPlainText, type DeclarationLocale } from './declaration-text';
import { loadAdoptedText, type AdoptedText } from './load-adopted-text';

export function partLabels(lang: DeclarationLocale) {
	return {
		preamble: translate('gov_decl_part_preamble', {}, lang),
		operative: translate('gov_decl_part_operative', {}, lang),
		signatures: translate('gov_decl_signatures_heading', {}, lang),
		missing: translate('gov_decl_language_missing', {}, lang),
		machine: translate('gov_decl_language_machine', {}, lang)
	};
}

export function renderAdoptedText(text: AdoptedText): string {
	return renderPlainText(
		text.declaration,
		text.paragraphs,
		text.lang,
		text.signatures,
		partLabels(text.lang)
	);
}

/** The adopted Declaration as plain text (UTF-8), numbered, with its signatures. */
export async function exportDeclarationText(
	ctx: Ctx,
	networkSlug: string,
	declarationId: string,
	lang: string | null
): Promise<{ body: string; lang: DeclarationLocale }> {
	const text = await loadAdoptedText(ctx, networkSlug, declarationId, lang);
	return { body: renderAdoptedText(text), lang: text.lang };
}
