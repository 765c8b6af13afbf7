import type { Transaction } from '../db/client';
import { releaseCodeMap, releasabilityView } from '../access/releasability';
import {
	listAmendmentsProposedBy,
	listDeclarationSignaturesOf,
	listDeclarationsOwnedBy
} from './repository';

type Owner = { id: string };

/** Export: the declarations the participant started, whole: paragraphs and versions. */
export async function collectDeclarations(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const { rows, paragraphs, versions } = await listDeclarationsOwnedBy(tx, owner.id);
	const codes = await releaseCodeMap(
		tx,
		rows.map((r) => r.releasedTo)
	);
	return rows.map(({ networkId: _n, ownerId: _o, releasedTo, level, ...declaration }) => ({
		...declaration,
		releasability: releasabilityView({ level, releasedTo }, codes),
		paragraphs: paragraphs
			.filter((p) => p.declarationId === declaration.id)
			.map(({ declarationId: _d, ...p }) => p),
		versions: versions
			.filter((v) => v.declarationId === declaration.id)
			.map(({ declarationId: _d, ...v }) => v)
	}));
}

/** Export: the amendments the participant proposed. */
export async function collectAmendments(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const rows = await listAmendmentsProposedBy(tx, owner.id);
	return rows.map(({ proposerId: _p, ...amendment }) => amendment);
}

/** Export: the participant's signatures on conference declarations. */
export async function collectDeclarationSignatures(
	tx: Transaction,
	owner: Owner
): Promise<unknown[]> {
	const rows = await listDeclarationSignaturesOf(tx, owner.id);
	return rows.map(({ participantId: _p, ...signature }) => signature);
}
