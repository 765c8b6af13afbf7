import type { Transaction } from '../db/client';
import { listDelegationsOwnedBy, listEventsOwnedBy } from './repository';
import { releaseCodeMap, releasabilityView } from '../access/releasability';

type Owner = { id: string };

/** Export: the events the participant organises. */
export async function collectEvents(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const rows = await listEventsOwnedBy(tx, owner.id);
	const codes = await releaseCodeMap(
		tx,
		rows.map((r) => r.releasedTo)
	);
	return rows.map(({ releasedTo, level, networkId: _n, ownerId: _o, ...event }) => ({
		...event,
		releasability: releasabilityView({ level, releasedTo }, codes)
	}));
}

/** Export: the delegations the participant registered. */
export async function collectDelegations(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const rows = await listDelegationsOwnedBy(tx, owner.id);
	const codes = await releaseCodeMap(
		tx,
		rows.map((r) => r.releasedTo)
	);
	return rows.map(({ releasedTo, level, networkId: _n, ownerId: _o, ...delegation }) => ({
		...delegation,
		releasability: releasabilityView({ level, releasedTo }, codes)
	}));
}
