import type { DeclarationSnapshotParagraph, LocalizedText, ParagraphLanguages } from '../db/schema';

export type ParagraphPart = DeclarationSnapshotParagraph['part'];
export const paragraphParts = ['preamble', 'operative'] as const;
export const declarationLocales = ['es', 'en', 'pt', 'fr'] as const;
export type DeclarationLocale = (typeof declarationLocales)[number];

interface OrderedParagraph {
	id: string;
	part: ParagraphPart;
	text: LocalizedText;
	languages?: ParagraphLanguages;
}

/** Numbers count within each part, in text order: preamble 1…n, operative 1…m. */
export function numberParagraphs(
	rows: readonly OrderedParagraph[]
): DeclarationSnapshotParagraph[] {
	const counters: Record<ParagraphPart, number> = { preamble: 0, operative: 0 };
	return rows.map((row) => ({
		id: row.id,
		part: row.part,
		number: ++counters[row.part],
		text: row.text,
		languages: row.languages ?? {}
	}));
}

/** A stable reference to a numbered paragraph, as kept on amendments and version reasons. */
export function paragraphRef(paragraph: { part: ParagraphPart; number: number }): string {
	return `${paragraph.part}:${paragraph.number}`;
}

/** The languages a text is written in, in the interface's order. */
export function languagesOf(texts: readonly LocalizedText[]): DeclarationLocale[] {
	return declarationLocales.filter((lang) => texts.some((t) => t[lang]));
}

/** The wanted language when the text has it, else the first it has. */
export function pickLanguage(
	available: readonly DeclarationLocale[],
	wanted: string | null | undefined
): DeclarationLocale {
	const found = available.find((lang) => lang === wanted);
	return found ?? available[0] ?? 'es';
}

/**
 * A text in one language, or '' where it lacks that language: another language is never shown in
 * its place, so a missing translation reads as missing.
 */
export function textIn(text: LocalizedText, lang: DeclarationLocale): string {
	return text[lang] ?? '';
}

export interface PlainTextLabels {
	preamble: string;
	operative: string;
	signatures: string;
	/** Printed where a paragraph lacks the language, e.g. "[Not available in this language]". */
	missing?: string;
	/** Printed after a paragraph translated by a machine. */
	machine?: string;
}

/** A paragraph's text in one language as printed: a missing one says so, a machine one says so. */
export function printedParagraph(
	paragraph: { text: LocalizedText; languages?: ParagraphLanguages },
	lang: DeclarationLocale,
	labels?: Pick<PlainTextLabels, 'missing' | 'machine'>
): string {
	const text = textIn(paragraph.text, lang);
	if (!text) return labels?.missing ?? '';
	const machine = paragraph.languages?.[lang]?.source === 'machine' && labels?.machine;
	return machine ? `${text} ${labels.machine}` : text;
}

/** The whole text in one language, numbered, as plain text. */
export function renderPlainText(
	declaration: {
		title: LocalizedText;
		preambleIntro: LocalizedText;
		operativeIntro: LocalizedText;
	},
	paragraphs: readonly DeclarationSnapshotParagraph[],
	lang: DeclarationLocale,
	signatures: readonly {
		signatoryName: string;
		signatoryTitle: string;
		participant: string;
		signedOn: string;
	}[] = [],
	labels?: PlainTextLabels
): string {
	const lines: string[] = [textIn(declaration.title, lang) || (labels?.missing ?? ''), ''];
	for (const part of paragraphParts) {
		const inPart = paragraphs.filter((p) => p.part === part);
		const intro = part === 'preamble' ? declaration.preambleIntro : declaration.operativeIntro;
		if (inPart.length === 0 && !textIn(intro, lang)) continue;
		if (labels) lines.push(labels[part].toUpperCase(), '');
		if (textIn(intro, lang)) lines.push(textIn(intro, lang), '');
		for (const p of inPart) lines.push(`${p.number}. ${printedParagraph(p, lang, labels)}`, '');
	}
	if (signatures.length > 0 && labels) {
		lines.push(labels.signatures.toUpperCase(), '');
		for (const s of signatures) {
			lines.push(`${s.participant} — ${s.signatoryName}, ${s.signatoryTitle} (${s.signedOn})`);
		}
		lines.push('');
	}
	return lines.join('\n');
}
