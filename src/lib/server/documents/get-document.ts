import { requireRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toDocumentView } from './document-view';
import { releaseCodeMap } from '../access/releasability';
import { findDocument, listTranslationRows } from './repository';
import type { DocumentView } from './schemas';

export async function getDocument(
	ctx: Ctx,
	networkSlug: string,
	id: string
): Promise<DocumentView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findDocument(tx, network.id, id);
		requireRead(ctx.actor, row?.doc);
		const found = row!;
		if (found.doc.level !== 'public') {
			await recordRead(tx, ctx.actor, {
				action: 'read',
				entityType: 'document',
				entityId: id,
				networkId: network.id
			});
		}
		const translations = await listTranslationRows(tx, found.doc);
		const codes = await releaseCodeMap(tx, [found.doc.releasedTo]);
		return toDocumentView(network.slug, found, codes, translations as DocumentView['translations']);
	});
}
