import { titleOf } from '$lib/i18n/localized';
import { canRead } from '../access/access';
import type { Actor } from '../access/actor';
import type { Transaction } from '../db/client';
import { countAcceptedByGender, listCoursesAwaitingDecision } from './repository';

export interface TrainingDesk {
	year: number;
	/** The participant's accepted nominees in courses starting this year. */
	accepted: number;
	women: number;
	/** women / accepted, 0 to 1; null while nobody is accepted. */
	womenShare: number | null;
	/** Courses the participant organises with nominations awaiting its decision. */
	awaitingDecision: {
		eventId: string;
		title: string;
		titleLanguage: string;
		startsOn: string;
		waiting: number;
		href: string;
	}[];
}

/**
 * The desk's training item: the women's share of the participant's accepted nominees across the
 * year's courses, and for organisers the nominations awaiting a decision. The participant reads
 * only its own nominations and those to its own courses (row-level security).
 */
export async function listTrainingDesk(
	tx: Transaction,
	actor: Actor,
	network: { id: string; slug: string },
	locale: string,
	today: string
): Promise<TrainingDesk | null> {
	const own = actor.participant;
	if (!own || own.networkId !== network.id) return null;
	const year = Number(today.slice(0, 4));
	const byGender = await countAcceptedByGender(tx, own.id, `${year}-01-01`, `${year}-12-31`);
	const accepted = byGender.reduce((total, g) => total + Number(g.n), 0);
	const women = Number(byGender.find((g) => g.gender === 'female')?.n ?? 0);
	const awaiting = (await listCoursesAwaitingDecision(tx, own.id, today)).filter((c) =>
		canRead(actor, c.event)
	);
	return {
		year,
		accepted,
		women,
		womenShare: accepted === 0 ? null : women / accepted,
		awaitingDecision: awaiting.map((c) => ({
			eventId: c.event.id,
			...titleOf(c.event.title, locale),
			startsOn: c.event.startsOn,
			waiting: Number(c.waiting),
			href: `/networks/${network.slug}/calendar/${c.event.id}`
		}))
	};
}
