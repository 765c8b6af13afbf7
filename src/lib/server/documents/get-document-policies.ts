import { canChooseOwner, canCreateDocumentIn } from '../access/access';
import type { Actor } from '../access/actor';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';

/** What the viewer may do in a network's archive, so pages offer only what the domain accepts. */
export interface DocumentPolicies {
	/** Create documents: its own participant's, or any participant's as an administrator. */
	create: boolean;
	/** File a document for another participant than its own (administrators). */
	chooseOwner: boolean;
}

export function documentPolicies(actor: Actor, networkId: string): DocumentPolicies {
	return { create: canCreateDocumentIn(actor, networkId), chooseOwner: canChooseOwner(actor) };
}

/** The viewer's policies alone, for a page that has no list to carry them (the new-document form). */
export function getDocumentPolicies(ctx: Ctx, networkSlug: string): Promise<DocumentPolicies> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		return documentPolicies(ctx.actor, network.id);
	});
}
