import { pickLocalized } from '$lib/i18n/localized';
import type { Queryable } from '../db/client';
import { findConferenceById, findPublicStatute, type NetworkRow } from './repository';
import type { StatuteView } from './schemas';

/** The network's archived statute, while its document is still public in the archive. */
export async function statuteOf(
	q: Queryable,
	network: NetworkRow,
	locale: string
): Promise<StatuteView | null> {
	if (!network.statuteDocumentId) return null;
	const document = await findPublicStatute(q, network.id, network.statuteDocumentId);
	if (!document) return null;
	const conference = network.statuteConferenceId
		? await findConferenceById(q, network.statuteConferenceId)
		: undefined;
	return {
		documentId: document.id,
		title: document.title,
		conference: conference
			? { edition: conference.edition, name: pickLocalized(conference.name, locale) }
			: null
	};
}
