import { anonymousActor, type Actor } from '../access/actor';
import { appendAudit } from '../audit/append-audit';
import type { Database } from '../db/client';
import type { LocalizedText } from '../db/schema';
import { NotFoundError } from '../errors';
import { findParticipantInNetwork } from './repository';
import {
	participantExportFormat,
	participantExportVersion,
	type ExportParticipantInput
} from './schemas';
import { participantExportSections } from './sections';

export interface ParticipantExport {
	format: typeof participantExportFormat;
	version: typeof participantExportVersion;
	exportedAt: string;
	network: { slug: string; acronym: string; name: LocalizedText };
	participant: Record<string, unknown>;
	/** One list per section: users, documents, signatures… */
	[section: string]: unknown;
}

/**
 * Everything one participant owns, for it to take away, read from one snapshot and
 * audited as an export.
 * Unsafe: reads as the database owner with no acting user, for the operator's console; the export
 * must hold every record the participant owns, whatever its releasability.
 */
export async function unsafeExportParticipant(
	db: Database,
	input: ExportParticipantInput,
	requestedBy: Actor = anonymousActor
): Promise<ParticipantExport> {
	return db.transaction(
		async (tx) => {
			const found = await findParticipantInNetwork(tx, input.network, input.participant);
			if (!found) {
				throw new NotFoundError(
					`No participant "${input.participant}" in network "${input.network}"`
				);
			}
			const { network, participant } = found;
			const owner = { id: participant.id, code: participant.code, networkId: network.id };
			const sections: Record<string, unknown[]> = {};
			for (const section of participantExportSections) {
				sections[section.key] = await section.collect(tx, owner);
			}
			await appendAudit(tx, requestedBy, {
				action: 'export',
				entityType: 'participant',
				entityId: participant.id,
				networkId: network.id,
				details: {
					participant: participant.code,
					counts: Object.fromEntries(
						Object.entries(sections).map(([key, rows]) => [key, rows.length])
					)
				}
			});
			return {
				format: participantExportFormat,
				version: participantExportVersion,
				exportedAt: new Date().toISOString(),
				network: { slug: network.slug, acronym: network.acronym, name: network.name },
				participant,
				...sections
			};
		},
		{ isolationLevel: 'repeatable read' }
	);
}
