import type { LocalizedText, ParagraphLanguages } from '../db/schema';
import { declarationLocales, type DeclarationLocale } from './declaration-text';

export interface ParagraphContent {
	text: LocalizedText;
	languages: ParagraphLanguages;
}

export type LanguageState = 'current' | 'stale' | 'missing';

export interface LanguageStatus {
	state: LanguageState;
	/** Null where the language is missing. */
	source: 'human' | 'machine' | null;
}

/** What a language of a paragraph is now: texts from before tracking count as human and current. */
export function languageStatus(
	paragraph: { text: LocalizedText; languages?: ParagraphLanguages },
	lang: DeclarationLocale
): LanguageStatus {
	if (!paragraph.text[lang]) return { state: 'missing', source: null };
	const known = paragraph.languages?.[lang];
	return { state: known?.stale ? 'stale' : 'current', source: known?.source ?? 'human' };
}

/** Every language's status for the languages the declaration is written in. */
export function languageStatuses(
	paragraph: { text: LocalizedText; languages?: ParagraphLanguages },
	languages: readonly DeclarationLocale[]
): Partial<Record<DeclarationLocale, LanguageStatus>> {
	return Object.fromEntries(languages.map((lang) => [lang, languageStatus(paragraph, lang)]));
}

function present(text: LocalizedText): DeclarationLocale[] {
	return declarationLocales.filter((lang) => text[lang]);
}

/** A new paragraph: each language it is written in is current, by a person unless marked machine. */
export function newParagraphContent(
	text: LocalizedText,
	machine: readonly DeclarationLocale[] = []
): ParagraphContent {
	const languages: ParagraphLanguages = {};
	for (const lang of present(text)) {
		languages[lang] = { source: machine.includes(lang) ? 'machine' : 'human', stale: false };
	}
	return { text: { ...text }, languages };
}

/**
 * An accepted amendment changes the languages it was written in; every other language keeps its
 * text, marked as needing an update, since it no longer says what the amended languages say.
 */
export function amendParagraphContent(
	current: ParagraphContent,
	amended: LocalizedText
): ParagraphContent {
	const written = present(amended);
	const text: LocalizedText = { ...current.text };
	const languages: ParagraphLanguages = {};
	for (const lang of present(current.text)) {
		languages[lang] = {
			source: current.languages[lang]?.source ?? 'human',
			stale: written.length > 0 || (current.languages[lang]?.stale ?? false)
		};
	}
	for (const lang of written) {
		text[lang] = amended[lang];
		languages[lang] = { source: 'human', stale: false };
	}
	return { text, languages };
}

/**
 * A direct edit. A language left empty keeps its text: an edit never erases a language. When the
 * edit changes a language that was current, the text changed in substance and the languages it
 * left alone need an update, unless the editor confirmed them (`confirmed`). When it only changes
 * languages that needed an update, or adds missing ones, it is a translation: those become current
 * and the rest stay as they were.
 */
export function editParagraphContent(
	current: ParagraphContent,
	input: LocalizedText,
	options: { machine?: readonly DeclarationLocale[]; confirmed?: readonly DeclarationLocale[] } = {}
): ParagraphContent {
	const machine = options.machine ?? [];
	const confirmed = options.confirmed ?? [];
	const changed = present(input).filter((lang) => input[lang] !== current.text[lang]);
	const substantive = changed.some((lang) => languageStatus(current, lang).state === 'current');
	const text: LocalizedText = { ...current.text };
	const languages: ParagraphLanguages = {};
	for (const lang of present(current.text)) {
		const before = languageStatus(current, lang);
		languages[lang] = {
			source: before.source ?? 'human',
			stale: confirmed.includes(lang) ? false : substantive || before.state === 'stale'
		};
	}
	for (const lang of changed) {
		text[lang] = input[lang];
		languages[lang] = { source: machine.includes(lang) ? 'machine' : 'human', stale: false };
	}
	return { text, languages };
}

export interface LanguageGap {
	paragraphId: string;
	part: 'preamble' | 'operative';
	number: number;
	lang: DeclarationLocale;
	state: 'stale' | 'missing';
}

/** Each paragraph language that is stale or missing among the languages of the declaration. */
export function languageGaps(
	paragraphs: readonly {
		id: string;
		part: 'preamble' | 'operative';
		number: number;
		text: LocalizedText;
		languages?: ParagraphLanguages;
	}[],
	languages: readonly DeclarationLocale[]
): LanguageGap[] {
	const gaps: LanguageGap[] = [];
	for (const p of paragraphs) {
		for (const lang of languages) {
			const { state } = languageStatus(p, lang);
			if (state !== 'current') {
				gaps.push({ paragraphId: p.id, part: p.part, number: p.number, lang, state });
			}
		}
	}
	return gaps;
}
