import { pickLocalized, titleOf } from '$lib/i18n/localized';
import { canRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Actor } from '../access/actor';
import type { Transaction } from '../db/client';
import { listWaitingRows } from './repository';
import type { WaitingItem } from './schemas';

/**
 * The commitments waiting on the reader's participant, for its desk: proposals to accept or
 * decline and deliveries to verify on its requests, commitments it has to carry out and deliver.
 * Runs in the desk's transaction, under row-level security.
 */
export async function listWaitingOnUs(
	tx: Transaction,
	actor: Actor,
	networkSlug: string,
	locale: string
): Promise<WaitingItem[]> {
	const own = actor.participant;
	if (!own) return [];
	const rows = (await listWaitingRows(tx, own.networkId, own.id)).filter((r) => canRead(actor, r));
	const restricted = [...new Set(rows.filter((r) => r.level !== 'public').map((r) => r.requestId))];
	if (restricted.length > 0) {
		await recordRead(tx, actor, {
			action: 'list',
			entityType: 'cooperation_request',
			networkId: own.networkId,
			details: { ids: restricted, purpose: 'desk' }
		});
	}
	return rows.map((r) => {
		const side = r.requestOwnerId === own.id ? 'requester' : 'provider';
		return {
			commitmentId: r.commitmentId,
			requestId: r.requestId,
			...titleOf(r.title, locale),
			status: r.status,
			side,
			otherCode: side === 'requester' ? r.providerCode : r.requesterCode,
			otherName: pickLocalized(side === 'requester' ? r.providerName : r.requesterName, locale),
			since: r.updatedAt.toISOString(),
			href: `/networks/${networkSlug}/cooperation/requests/${r.requestId}#commitment-${r.commitmentId}`
		};
	});
}
