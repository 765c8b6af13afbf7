import type { Actor } from '../access/actor';
import { canReadBarrierAssessment } from '../access/access';
import type { Transaction } from '../db/client';
import type { NetworkRow } from '../registry/repository';
import { listDueRecommendationRows } from './repository';

/** How far ahead the desk looks for recommendations coming due. */
const dueWindowDays = 30;

export interface DueRecommendation {
	id: string;
	area: string;
	text: string;
	dueOn: string;
	overdue: boolean;
	href: string;
}

/**
 * The desk's list: the reader's participant's open recommendations overdue or due within a month,
 * the earliest first. Inside the desk's transaction, under row-level security.
 */
export async function listDueRecommendationsIn(
	tx: Transaction,
	actor: Actor,
	network: NetworkRow,
	today: string
): Promise<DueRecommendation[]> {
	const own = actor.participant;
	if (!own || own.networkId !== network.id) return [];
	const until = new Date(Date.parse(`${today}T00:00:00Z`) + dueWindowDays * 86_400_000)
		.toISOString()
		.slice(0, 10);
	const rows = await listDueRecommendationRows(tx, network.id, own.id, until);
	return rows
		.filter((r) => canReadBarrierAssessment(actor, r.assessment))
		.map(({ recommendation: r }) => ({
			id: r.id,
			area: r.area,
			text: r.text,
			dueOn: r.dueOn!,
			overdue: r.dueOn! < today,
			href: `/networks/${network.slug}/barriers/${r.assessmentId}/recommendations#rec-${r.id}`
		}));
}
