import { requireManageNetworks } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { unsafeWithSystem } from '../db/with-actor';
import { ValidationError } from '../errors';
import { findConferenceByEdition, findPublicStatute, setStatute } from './repository';
import { requireNetwork } from './require-network';
import type { ArchiveStatuteInput } from './schemas';

/**
 * An administrator archives the network's statute as its declarations are archived: a public
 * document of the archive, with the conference that approved it. Every participant is to read it
 * (Buenos Aires Declaration, paragraph 8), so only a public statute qualifies.
 */
export async function archiveStatute(
	ctx: Ctx,
	networkSlug: string,
	input: ArchiveStatuteInput
): Promise<void> {
	requireManageNetworks(ctx.actor);
	// Owner rights: the registry is public and no participant's record; the check above applies.
	await unsafeWithSystem(ctx.db, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const statute = await findPublicStatute(tx, network.id, input.document);
		if (!statute) {
			throw new ValidationError([{ path: 'document', message: 'reg_err_statute_document' }]);
		}
		let conferenceId: string | null = null;
		if (input.conferenceEdition !== null) {
			const conference = await findConferenceByEdition(tx, network.id, input.conferenceEdition);
			if (!conference) {
				throw new ValidationError([
					{ path: 'conferenceEdition', message: 'reg_err_unknown_conference' }
				]);
			}
			conferenceId = conference.id;
		}
		await setStatute(tx, network.id, { documentId: statute.id, conferenceId });
		await appendAudit(tx, ctx.actor, {
			action: 'archive_statute',
			entityType: 'network',
			entityId: network.id,
			networkId: network.id,
			details: { document: statute.id, conference: input.conferenceEdition }
		});
	});
}
