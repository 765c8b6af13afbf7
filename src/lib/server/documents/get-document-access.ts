import { canRead, canRequestTranslation, canWrite } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { findDocument } from './repository';

export interface DocumentAccess {
	read: boolean;
	write: boolean;
	/** Ask the owner for a human translation: a reader of another participant. */
	requestTranslation: boolean;
}

/**
 * What the actor may do with one document, without reading its content (so nothing to audit).
 * Pages use it to offer only the actions the domain would accept.
 */
export function getDocumentAccess(
	ctx: Ctx,
	networkSlug: string,
	id: string
): Promise<DocumentAccess> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findDocument(tx, network.id, id);
		if (!row || !canRead(ctx.actor, row.doc)) {
			return { read: false, write: false, requestTranslation: false };
		}
		return {
			read: true,
			write: canWrite(ctx.actor, row.doc),
			requestTranslation: canRequestTranslation(ctx.actor, row.doc)
		};
	});
}
