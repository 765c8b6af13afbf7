import { pickLocalized } from '$lib/i18n/localized';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listParticipantRows, listSignatureRows } from './repository';
import { requireNetwork } from './require-network';
import type { ParticipantView } from './schemas';

/** The registry is public: who belongs to the network, with which status, and what each signed. */
export function listParticipants(
	ctx: Ctx,
	networkSlug: string,
	locale: string
): Promise<ParticipantView[]> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		// One transaction is one connection: its queries run one after another.
		const rows = await listParticipantRows(tx, network.id);
		const signatures = await listSignatureRows(tx, network.id, locale);
		return rows.map((p) => ({
			code: p.code,
			kind: p.kind,
			status: p.status,
			name: pickLocalized(p.name, locale),
			names: p.name,
			ministry: pickLocalized(p.ministry, locale) || null,
			countryCode: p.countryCode,
			signatures: signatures
				.filter((s) => s.participantId === p.id)
				.map((s) => ({
					documentId: s.documentId,
					document: s.documentTitle,
					documentLanguage: s.documentLanguage,
					conference: s.conferenceEdition,
					year: s.conferenceYear,
					signerName: s.signerName,
					signerTitle: s.signerTitle,
					signerTitleLanguage: s.signedLanguage,
					signedOn: s.signedOn
				}))
		}));
	});
}
