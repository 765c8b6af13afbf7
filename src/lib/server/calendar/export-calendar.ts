import type { Transaction } from '../db/client';
import { listDelegationsOwnedBy, listEventsOwnedBy, participantCodesByIds } from './repository';

type Owner = { id: string };

async function codeMap(tx: Transaction, ids: readonly string[]): Promise<Map<string, string>> {
	const found = await participantCodesByIds(tx, [...new Set(ids)]);
	return new Map(found.map((p) => [p.id, p.code]));
}

/** Export: the events the participant organises. */
export async function collectEvents(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const rows = await listEventsOwnedBy(tx, owner.id);
	const codes = await codeMap(
		tx,
		rows.flatMap((r) => r.releasedTo)
	);
	return rows.map(({ releasedTo, level, networkId: _n, ownerId: _o, ...event }) => ({
		...event,
		releasability: { level, participants: releasedTo.map((id) => codes.get(id) ?? id).sort() }
	}));
}

/** Export: the delegations the participant registered. */
export async function collectDelegations(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const rows = await listDelegationsOwnedBy(tx, owner.id);
	const codes = await codeMap(
		tx,
		rows.flatMap((r) => r.releasedTo)
	);
	return rows.map(({ releasedTo, level, networkId: _n, ownerId: _o, ...delegation }) => ({
		...delegation,
		releasability: { level, participants: releasedTo.map((id) => codes.get(id) ?? id).sort() }
	}));
}
