import type { NominationRow } from './repository';
import type { NominationView } from './schemas';

export function toNominationView(row: {
	nomination: NominationRow;
	participantCode: string;
}): NominationView {
	const n = row.nomination;
	return {
		id: n.id,
		eventId: n.eventId,
		participantCode: row.participantCode,
		name: n.name,
		rank: n.rank,
		gender: n.gender,
		email: n.email,
		role: n.role,
		status: n.status,
		waitlistedAt: n.waitlistedAt?.toISOString() ?? null,
		decidedAt: n.decidedAt?.toISOString() ?? null,
		createdAt: n.createdAt.toISOString(),
		updatedAt: n.updatedAt.toISOString()
	};
}
