import type { Transaction } from '../db/client';
import { listDecisionsOwnedBy, listPositionsTakenBy } from './repository';
import { releaseCodeMap, releasabilityView } from '../access/releasability';

type Owner = { id: string };

/** Export: the decisions the participant opened, with their whole history. */
export async function collectDecisions(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const rows = await listDecisionsOwnedBy(tx, owner.id);
	const codes = await releaseCodeMap(
		tx,
		rows.flatMap((r) => [r.eligible, r.releasedTo])
	);
	const code = (id: string) => codes.get(id) ?? id;
	return rows.map(({ networkId: _n, ownerId: _o, releasedTo, level, eligible, ...decision }) => ({
		...decision,
		eligible: eligible.map(code).sort(),
		releasability: releasabilityView({ level, releasedTo }, codes)
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
