import { canRead } from '../access/access';
import type { Actor } from '../access/actor';
import type { Transaction } from '../db/client';
import { ConflictError, NotFoundError } from '../errors';
import type { NetworkRow } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import {
	findCourseEvent,
	listSeatOfferRows,
	tallyNominations,
	type CourseEventRow,
	type TallyRow
} from './repository';
import type { Holdings, SeatOffers } from './seat-allocation';

export interface CourseFacts {
	network: NetworkRow;
	event: CourseEventRow;
	organiserCode: string;
	offers: SeatOffers;
	offerRows: { participantId: string | null; participantCode: string | null; seats: number }[];
	tally: TallyRow[];
	holdings: Holdings;
}

/**
 * The course an event is, with its seat offers and the nominations counted per participant. An
 * event the actor cannot see is missing; one that is not a course is refused. With `lock`, the
 * event stays locked until commit, so that seat changes on one course run one after another.
 */
export async function loadCourseFacts(
	tx: Transaction,
	actor: Actor,
	networkSlug: string,
	eventId: string,
	lock = false
): Promise<CourseFacts> {
	const network = await requireNetwork(tx, networkSlug);
	const row = await findCourseEvent(tx, network.id, eventId);
	if (!row || !canRead(actor, row.event)) throw new NotFoundError();
	if (row.event.kind !== 'training_course') {
		throw new ConflictError('train_err_not_course', 'The event is not a training course');
	}
	const tally = await tallyNominations(tx, eventId, lock);
	const offerRows = await listSeatOfferRows(tx, eventId);
	const named = new Map<string, number>();
	let any = 0;
	for (const o of offerRows) {
		if (o.participantId === null) any = o.seats;
		else named.set(o.participantId, o.seats);
	}
	return {
		network,
		event: row.event,
		organiserCode: row.organiserCode,
		offers: { named, any },
		offerRows,
		tally,
		holdings: new Map(tally.map((t) => [t.participantId, t.holding]))
	};
}
