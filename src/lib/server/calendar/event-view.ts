import type { EventWithNames } from './repository';
import type { EventView } from './schemas';
import { instantToLocal } from './time';
import { releasabilityView } from '../access/releasability';

export function toEventView(
	networkSlug: string,
	row: EventWithNames,
	codes: Map<string, string>
): EventView {
	const e = row.event;
	return {
		id: e.id,
		uid: e.uid,
		network: networkSlug,
		title: e.title,
		description: e.description,
		kind: e.kind,
		organiserCode: row.organiserCode,
		countryCode: e.countryCode,
		city: e.city,
		timeZone: e.timeZone,
		allDay: e.allDay,
		start: e.startsAt ? instantToLocal(e.startsAt, e.timeZone) : e.startsOn,
		end: e.endsAt ? instantToLocal(e.endsAt, e.timeZone) : e.endsOn,
		startsAt: e.startsAt?.toISOString() ?? null,
		endsAt: e.endsAt?.toISOString() ?? null,
		startsOn: e.startsOn,
		endsOn: e.endsOn,
		workingLanguages: e.workingLanguages,
		conferenceEdition: row.conferenceEdition,
		cancelled: e.cancelled,
		sequence: e.sequence,
		capacity: e.capacity,
		registrationDeadline: e.registrationDeadline,
		externalId: e.externalId,
		releasability: releasabilityView(e, codes),
		createdAt: e.createdAt.toISOString(),
		updatedAt: e.updatedAt.toISOString()
	};
}

/** The same event as create/update input, so a partial change can be checked as a whole. */
export function eventAsInput(view: EventView) {
	return {
		title: view.title,
		description: view.description,
		kind: view.kind,
		organiserCode: view.organiserCode,
		countryCode: view.countryCode,
		city: view.city,
		timeZone: view.timeZone,
		allDay: view.allDay,
		start: view.start,
		end: view.end,
		workingLanguages: view.workingLanguages as ('es' | 'en' | 'pt' | 'fr')[],
		conferenceEdition: view.conferenceEdition,
		releasability: {
			level: view.releasability.level,
			participants:
				view.releasability.level === 'named' ? view.releasability.participants : undefined
		},
		capacity: view.capacity,
		registrationDeadline: view.registrationDeadline,
		cancelled: view.cancelled
	};
}
