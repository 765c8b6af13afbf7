import type { Transaction } from '../db/client';
import { listTranslationRequestsBy } from './repository';

/**
 * Export: the human translations the participant asked for. A request asked of the participant
 * belongs to the one that asked, and goes out in that participant's export.
 */
export function collectTranslationRequests(
	tx: Transaction,
	owner: { id: string }
): Promise<unknown[]> {
	return listTranslationRequestsBy(tx, owner.id);
}
