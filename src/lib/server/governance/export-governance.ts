import type { Transaction } from '../db/client';
import {
	listAmendmentsProposedBy,
	listDeclarationSignaturesOf,
	listDeclarationsOwnedBy,
	listDecisionsOwnedBy,
	listPositionsTakenBy
} from './repository';
import { participantMapByIds } from '../registry/repository';

type Owner = { id: string };

const codesOf = async (tx: Transaction, ids: readonly string[]) => {
	const found = await participantMapByIds(tx, ids);
	return (id: string) => found.get(id)?.code ?? id;
};

/** Export: the decisions the participant opened, with their whole history. */
export async function collectDecisions(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const rows = await listDecisionsOwnedBy(tx, owner.id);
	const code = await codesOf(
		tx,
		rows.flatMap((r) => [...r.eligible, ...r.releasedTo])
	);
	return rows.map(({ networkId: _n, ownerId: _o, releasedTo, level, eligible, ...decision }) => ({
		...decision,
		eligible: eligible.map(code).sort(),
		releasability: { level, participants: releasedTo.map(code).sort() }
	}));
}

/** Export: every position the participant took, with its comment. */
export async function collectPositions(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const rows = await listPositionsTakenBy(tx, owner.id);
	return rows.map((e) => ({
		decisionId: e.decisionId,
		position: e.position,
		comment: e.comment,
		userId: e.userId,
		at: e.at
	}));
}

/** Export: the declarations the participant started, whole: paragraphs and versions. */
export async function collectDeclarations(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const { rows, paragraphs, versions } = await listDeclarationsOwnedBy(tx, owner.id);
	const code = await codesOf(
		tx,
		rows.flatMap((r) => r.releasedTo)
	);
	return rows.map(({ networkId: _n, ownerId: _o, releasedTo, level, ...declaration }) => ({
		...declaration,
		releasability: { level, participants: releasedTo.map(code).sort() },
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
