import { requireReadBarrierAssessment, requireWriteBarrierAssessment } from '../access/access';
import type { Actor } from '../access/actor';
import { recordRead } from '../audit/read-audit';
import type { Transaction } from '../db/client';
import { NotFoundError } from '../errors';
import type { NetworkRow } from '../registry/repository';
import { findAssessment } from './repository';

/**
 * The assessment the address names, if the reader may see it (else 404), with its restricted
 * read written to the read audit. Shared by every use case that works inside one assessment.
 */
export async function loadReadableAssessment(
	tx: Transaction,
	actor: Actor,
	network: NetworkRow,
	id: string,
	purpose?: string
) {
	const row = await findAssessment(tx, network.id, id);
	requireReadBarrierAssessment(actor, row?.assessment);
	if (!row) throw new NotFoundError();
	if (row.assessment.level !== 'public') {
		await recordRead(tx, actor, {
			action: 'read',
			entityType: 'barrier_assessment',
			entityId: id,
			networkId: network.id,
			...(purpose ? { details: { purpose } } : {})
		});
	}
	return row;
}

/** The assessment the address names, if the actor may change it (404 unseen, 403 read-only). */
export async function loadWritableAssessment(
	tx: Transaction,
	actor: Actor,
	network: NetworkRow,
	id: string
) {
	const row = await findAssessment(tx, network.id, id);
	requireWriteBarrierAssessment(actor, row?.assessment);
	if (!row) throw new NotFoundError();
	return row;
}
