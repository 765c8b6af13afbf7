import { releaseCodeMap } from '../access/releasability';
import type { Transaction } from '../db/client';
import { listCentresOwnedBy, listCoursesOrganisedBy, listNominationsOwnedBy } from './repository';

/** Export: the training centres the participant registered. */
export async function collectTrainingCentres(
	tx: Transaction,
	owner: { id: string }
): Promise<unknown[]> {
	const rows = await listCentresOwnedBy(tx, owner.id);
	const codes = await releaseCodeMap(
		tx,
		rows.map((r) => r.releasedTo)
	);
	return rows.map(({ releasedTo, level, networkId: _n, ownerId: _o, ...centre }) => ({
		...centre,
		releasability: { level, participants: releasedTo.map((id) => codes.get(id) ?? id).sort() }
	}));
}

/** Export: the course details and seat offers of the courses the participant organises. */
export async function collectTrainingCourses(
	tx: Transaction,
	owner: { id: string }
): Promise<unknown[]> {
	const { courses, offers } = await listCoursesOrganisedBy(tx, owner.id);
	const eventIds = [
		...new Set([...courses.map((c) => c.eventId), ...offers.map((o) => o.offer.eventId)])
	];
	return eventIds.map((eventId) => {
		const course = courses.find((c) => c.eventId === eventId);
		return {
			eventId,
			centreId: course?.centreId ?? null,
			instructionLanguages: course?.instructionLanguages ?? [],
			prerequisites: course?.prerequisites ?? {},
			seatOffers: offers
				.filter((o) => o.offer.eventId === eventId)
				.map((o) => ({ participantCode: o.participantCode, seats: o.offer.seats }))
		};
	});
}

/** Export: the people the participant nominated to courses, with their status. */
export async function collectTrainingNominations(
	tx: Transaction,
	owner: { id: string }
): Promise<unknown[]> {
	const rows = await listNominationsOwnedBy(tx, owner.id);
	return rows.map(({ networkId: _n, ownerId: _o, ...nomination }) => nomination);
}
