import { canRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { findParticipantByCode } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { toDocumentView } from './document-view';
import { releaseCodeMap } from '../access/releasability';
import { listDocumentRows } from './repository';
import { documentPolicies, type DocumentPolicies } from './get-document-policies';
import type { DocumentListView, ListDocumentsQuery } from './schemas';

/** A page of the archive the viewer may read, with what the viewer may do in it. */
export async function listDocuments(
	ctx: Ctx,
	networkSlug: string,
	query: ListDocumentsQuery
): Promise<DocumentListView & { policies: DocumentPolicies }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const policies = documentPolicies(ctx.actor, network.id);
		let ownerId: string | undefined;
		if (query.owner) {
			const owner = await findParticipantByCode(tx, network.id, query.owner);
			if (!owner)
				return { items: [], total: 0, limit: query.limit, offset: query.offset, policies };
			ownerId = owner.id;
		}
		const { rows, total } = await listDocumentRows(
			tx,
			network.id,
			{
				q: query.q,
				kind: query.kind,
				category: query.category,
				language: query.language,
				ownerId,
				level: query.level
			},
			{ limit: query.limit, offset: query.offset }
		);
		// Row-level security has already filtered; the check here guards against a policy mistake.
		const visible = rows.filter((row) => canRead(ctx.actor, row.doc));
		const restricted = visible.filter((row) => row.doc.level !== 'public').map((row) => row.doc.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'document',
				networkId: network.id,
				details: { ids: restricted }
			});
		}
		const codes = await releaseCodeMap(
			tx,
			visible.map((row) => row.doc.releasedTo)
		);
		const items = visible.map((row) => {
			const { body: _body, translations: _t, ...view } = toDocumentView(network.slug, row, codes);
			return view;
		});
		return { items, total, limit: query.limit, offset: query.offset, policies };
	});
}
