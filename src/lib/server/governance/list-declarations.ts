import { pickLocalized } from '$lib/i18n/localized';
import { canDraftDeclaration, canRead } from '../access/access';
import { loadGovernanceFacts } from './load-governance-facts';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { listDeclarationRows } from './repository';
import type { DeclarationSummary } from './schemas';
import { unsafeSettleDueDecisions } from './settle-decision';

/** The network's declarations, latest conference first: adopted ones for all, drafts for the network. */
export async function listDeclarations(
	ctx: Ctx,
	networkSlug: string,
	locale: string,
	now = new Date()
): Promise<{ items: DeclarationSummary[]; viewer: { canCreate: boolean } }> {
	await unsafeSettleDueDecisions(ctx.db, now);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const rows = await listDeclarationRows(tx, network.id);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		const items = rows
			.filter((r) => canRead(ctx.actor, r.declaration))
			.map((r) => ({
				id: r.declaration.id,
				conference: {
					edition: r.edition,
					name: pickLocalized(r.conferenceName, locale),
					year: r.year
				},
				title: pickLocalized(r.declaration.title, locale),
				status: r.declaration.status,
				frozen: r.declaration.frozen,
				adoptedAt: r.declaration.adoptedAt?.toISOString() ?? null
			}));
		return { items, viewer: { canCreate: canDraftDeclaration(ctx.actor, facts) } };
	});
}
