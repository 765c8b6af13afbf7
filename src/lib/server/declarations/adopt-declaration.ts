import { anonymousActor } from '../access/actor';
import { appendAudit } from '../audit/append-audit';
import type { Transaction } from '../db/client';
import {
	findDeclarationById,
	lockDeclaration,
	rejectProposedAmendments,
	updateDeclaration
} from './repository';

/**
 * What an adopted `adopt_declaration` decision does: the text becomes public and frozen, and
 * amendments still proposed lapse, since nothing can change it any more. Run by the decision's
 * settlement, in its transaction, as the system.
 */
export async function recordDeclarationAdoption(
	tx: Transaction,
	decision: { id: string; networkId: string; deadline: Date; subjectDeclarationId: string | null }
): Promise<void> {
	if (!decision.subjectDeclarationId) return;
	await lockDeclaration(tx, decision.subjectDeclarationId);
	const declaration = await findDeclarationById(tx, decision.subjectDeclarationId);
	if (!declaration || declaration.networkId !== decision.networkId || declaration.frozen) return;
	await rejectProposedAmendments(tx, declaration.id, decision.deadline);
	await updateDeclaration(tx, declaration.id, {
		status: 'adopted',
		frozen: true,
		level: 'public',
		adoptedAt: decision.deadline,
		adoptionDecisionId: decision.id
	});
	await appendAudit(tx, anonymousActor, {
		action: 'adopt',
		entityType: 'declaration',
		entityId: declaration.id,
		networkId: decision.networkId,
		details: { decision: decision.id }
	});
}
