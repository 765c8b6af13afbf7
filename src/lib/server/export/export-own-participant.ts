import { canExportParticipant, requireSignedIn } from '../access/access';
import type { Ctx } from '../context';
import { NotFoundError } from '../errors';
import { findParticipantInNetwork } from './repository';
import { unsafeExportParticipant, type ParticipantExport } from './export-participant';

/**
 * A focal point takes away everything its participant owns. Anyone else is told the export does
 * not exist, so the check reveals nothing about other participants.
 */
export async function exportOwnParticipant(
	ctx: Ctx,
	networkSlug: string,
	participantCode: string
): Promise<ParticipantExport> {
	requireSignedIn(ctx.actor);
	const found = await findParticipantInNetwork(ctx.db, networkSlug, participantCode);
	if (!found || !canExportParticipant(ctx.actor, found.network.id, found.participant.id)) {
		throw new NotFoundError();
	}
	return unsafeExportParticipant(
		ctx.db,
		{ network: networkSlug, participant: participantCode },
		ctx.actor
	);
}
