import type { Transaction } from '../db/client';
import { ValidationError } from '../errors';
import { resolveReleasability } from '../access/releasability';
import { findParticipantByCode } from '../registry/repository';
import { findConferenceByEdition, type NewEventRow } from './repository';
import type { CreateEventInput } from './schemas';
import { resolveTimes } from './time';

export type EventFields = Omit<
	NewEventRow,
	'id' | 'networkId' | 'uid' | 'externalId' | 'createdBy' | 'createdAt' | 'updatedAt' | 'sequence'
> & { ownerId: string };

/**
 * Turns checked input into stored columns: participant codes and the conference edition into ids,
 * wall-clock times into instants and local days.
 */
export async function resolveEventFields(
	tx: Transaction,
	networkId: string,
	input: Omit<CreateEventInput, 'externalId'> & {
		organiserCode: string;
		cancelled?: boolean | undefined;
	}
): Promise<EventFields> {
	const organiser = await findParticipantByCode(tx, networkId, input.organiserCode);
	if (!organiser) {
		throw new ValidationError([{ path: 'organiserCode', message: 'cal_err_unknown_organiser' }]);
	}
	let conferenceId: string | null = null;
	if (input.conferenceEdition !== null && input.conferenceEdition !== undefined) {
		const conference = await findConferenceByEdition(tx, networkId, input.conferenceEdition);
		if (!conference) {
			throw new ValidationError([
				{ path: 'conferenceEdition', message: 'cal_err_unknown_conference' }
			]);
		}
		conferenceId = conference.id;
	}
	const releasability = await resolveReleasability(tx, networkId, input.releasability);
	const times = resolveTimes(input.allDay, input.start, input.end, input.timeZone);
	return {
		ownerId: organiser.id,
		level: releasability.level,
		releasedTo: releasability.releasedTo,
		title: input.title,
		description: input.description,
		kind: input.kind,
		countryCode: input.countryCode,
		city: input.city,
		timeZone: input.timeZone,
		...times,
		workingLanguages: input.workingLanguages,
		conferenceId,
		capacity: input.capacity ?? null,
		registrationDeadline: input.registrationDeadline ?? null,
		...(input.cancelled !== undefined ? { cancelled: input.cancelled } : {})
	};
}

/** The UID an event keeps for life, whatever is edited. */
export function eventUid(id: string, networkSlug: string): string {
	return `${id}@${networkSlug}.calendar`;
}
