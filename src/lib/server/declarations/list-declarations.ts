import { pickLocalized, pickLocalizedWithLanguage } from '$lib/i18n/localized';
import { canDraftDeclaration, canRead } from '../access/access';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { listDeclarationRows } from './repository';
import type { DeclarationSummary } from './schemas';
import { adoptionStates } from './adoption-state';

/** The network's declarations, latest conference first: adopted ones for all, drafts for the network. */
export async function listDeclarations(
	ctx: Ctx,
	networkSlug: string,
	locale: string,
	now = new Date()
): Promise<{ items: DeclarationSummary[]; viewer: { canCreate: boolean } }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const rows = await listDeclarationRows(tx, network.id);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		const readable = rows.filter((r) => canRead(ctx.actor, r.declaration));
		// A read writes nothing: an adoption past its deadline is derived, not settled here.
		const states = await adoptionStates(
			tx,
			readable.map((r) => r.declaration),
			now
		);
		const items = readable
			.map((r) => ({ ...r, state: states.get(r.declaration.id)! }))
			.map((r) => ({
				id: r.declaration.id,
				conference: {
					edition: r.edition,
					name: pickLocalized(r.conferenceName, locale),
					year: r.year
				},
				title: pickLocalized(r.declaration.title, locale),
				titleLanguage: pickLocalizedWithLanguage(r.declaration.title, locale).language,
				status: r.state.status,
				frozen: r.state.frozen,
				adoptedAt: r.state.adoptedAt?.toISOString() ?? null
			}));
		return { items, viewer: { canCreate: canDraftDeclaration(ctx.actor, facts) } };
	});
}
