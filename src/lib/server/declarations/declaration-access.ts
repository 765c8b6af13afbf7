import { canRead } from '../access/access';
import type { Actor } from '../access/actor';
import type { Transaction } from '../db/client';
import { ConflictError, NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { decisionIdParam } from '../decisions/decision-id';
import { isDecisionOpen } from '../decisions/decision-states';
import { findDeclaration, lockDeclaration, type DeclarationRow } from './repository';

/** A path segment that is not a UUID cannot name a declaration. */
export const declarationIdParam = decisionIdParam;

/** The declaration if the actor may see it; otherwise it does not exist for them. */
export async function requireDeclaration(
	tx: Transaction,
	actor: Actor,
	networkSlug: string,
	id: string,
	options: { lock?: boolean } = {}
): Promise<{ network: Awaited<ReturnType<typeof requireNetwork>>; row: DeclarationRow }> {
	const network = await requireNetwork(tx, networkSlug);
	if (options.lock) await lockDeclaration(tx, id);
	const row = await findDeclaration(tx, network.id, id);
	if (!row || !canRead(actor, row)) throw new NotFoundError();
	return { network, row };
}

/**
 * The text may change only while it is a draft that is not before the network for adoption:
 * what the participants decide on must be what they read.
 */
export async function requireDraftable(tx: Transaction, row: DeclarationRow): Promise<void> {
	if (row.frozen || row.status !== 'drafting') {
		throw new ConflictError('gov_decl_err_frozen', 'The declaration is adopted and frozen');
	}
	if (row.adoptionDecisionId) {
		if (await isDecisionOpen(tx, row.adoptionDecisionId)) {
			throw new ConflictError('gov_decl_err_under_decision', 'The text is put to adoption');
		}
	}
}
