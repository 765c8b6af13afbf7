import type { Transaction } from '../db/client';
import { numberParagraphs } from './declaration-text';
import { insertVersion, listParagraphRows } from './repository';

/**
 * Keeps the whole text as it now stands as the next version. `reason` is a code with an optional
 * paragraph reference ("amendment_accepted|operative:3"), translated when shown.
 */
export async function recordVersion(
	tx: Transaction,
	declarationId: string,
	reason: string,
	userId: string | null,
	at = new Date()
): Promise<number> {
	const paragraphs = numberParagraphs(await listParagraphRows(tx, declarationId));
	return insertVersion(tx, { declarationId, paragraphs, reason, createdBy: userId, createdAt: at });
}
