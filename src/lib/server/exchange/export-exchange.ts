import type { Transaction } from '../db/client';
import { releaseCodeMap, releasabilityView } from '../access/releasability';
import {
	listCommitmentsOwnedBy,
	listOffersOwnedBy,
	listRequestsOwnedBy,
	listStepsTakenBy
} from './repository';

type Owner = { id: string };

/** Export: the participant's requests for support. */
export async function collectCooperationRequests(
	tx: Transaction,
	owner: Owner
): Promise<unknown[]> {
	const rows = await listRequestsOwnedBy(tx, owner.id);
	const codes = await releaseCodeMap(
		tx,
		rows.map((r) => r.releasedTo)
	);
	return rows.map(({ releasedTo, level, networkId: _n, ownerId: _o, ...request }) => ({
		...request,
		releasability: releasabilityView({ level, releasedTo }, codes)
	}));
}

/** Export: the support the participant offers. */
export async function collectCooperationOffers(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const rows = await listOffersOwnedBy(tx, owner.id);
	const codes = await releaseCodeMap(
		tx,
		rows.map((r) => r.releasedTo)
	);
	return rows.map(({ releasedTo, level, networkId: _n, ownerId: _o, ...offer }) => ({
		...offer,
		releasability: releasabilityView({ level, releasedTo }, codes)
	}));
}

/** Export: the commitments the participant made as a provider. */
export async function collectCooperationCommitments(
	tx: Transaction,
	owner: Owner
): Promise<unknown[]> {
	const rows = await listCommitmentsOwnedBy(tx, owner.id);
	return rows.map(({ networkId: _n, ownerId: _o, ...commitment }) => commitment);
}

/** Export: every step the participant took, on either side of a commitment. */
export async function collectCooperationSteps(tx: Transaction, owner: Owner): Promise<unknown[]> {
	const rows = await listStepsTakenBy(tx, owner.id);
	return rows.map(({ participantId: _p, ...step }) => step);
}
