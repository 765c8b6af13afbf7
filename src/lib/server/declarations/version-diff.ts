import { diffArrays, diffWords } from 'diff';
import type { DeclarationSnapshotParagraph } from '../db/schema';
import { textIn, type DeclarationLocale } from './declaration-text';
import { languageStatus, type LanguageStatus } from './paragraph-languages';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** One paragraph compared across two versions; a side is null where the paragraph was absent. */
export interface ParagraphDiff {
	from: { part: DeclarationSnapshotParagraph['part']; number: number } | null;
	to: { part: DeclarationSnapshotParagraph['part']; number: number } | null;
	changed: boolean;
	/** The compared language on each side: a missing one is shown as missing, never replaced. */
	fromStatus: LanguageStatus | null;
	toStatus: LanguageStatus | null;
	/** Word-level changes: the side-by-side view shows same+removed left, same+added right. */
	parts: DiffPart[];
}

/**
 * Pairs the paragraphs of two versions by identity (kept across versions), in text order, and
 * diffs each pair word by word.
 */
export function diffVersions(
	from: readonly DeclarationSnapshotParagraph[],
	to: readonly DeclarationSnapshotParagraph[],
	lang: DeclarationLocale
): ParagraphDiff[] {
	const before = new Map(from.map((p) => [p.id, p]));
	const after = new Map(to.map((p) => [p.id, p]));
	const rows: ParagraphDiff[] = [];
	const ref = (p: DeclarationSnapshotParagraph) => ({ part: p.part, number: p.number });
	for (const change of diffArrays(
		from.map((p) => p.id),
		to.map((p) => p.id)
	)) {
		for (const id of change.value) {
			const old = change.added ? undefined : before.get(id);
			const now = change.removed ? undefined : after.get(id);
			const oldText = old ? textIn(old.text, lang) : '';
			const newText = now ? textIn(now.text, lang) : '';
			const parts: DiffPart[] = diffWords(oldText, newText).map((c) => ({
				kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
				text: c.value
			}));
			rows.push({
				from: old ? ref(old) : null,
				to: now ? ref(now) : null,
				fromStatus: old ? languageStatus(old, lang) : null,
				toStatus: now ? languageStatus(now, lang) : null,
				changed:
					parts.some((p) => p.kind !== 'same') ||
					old?.number !== now?.number ||
					old?.part !== now?.part,
				parts
			});
		}
	}
	return rows;
}
