import { pickLocalized } from '$lib/i18n/localized';
import type { Ctx } from '../context';
import { listDocuments } from '../documents/list-documents';
import { getCurrentPresidency } from './get-current-presidency';
import { getStatute } from './get-statute';
import { listConferences } from './list-conferences';
import { listNetworks } from './list-networks';
import { listParticipants } from './list-participants';

/** Everything the public network page shows, in the reader's language. */
export async function loadNetworkHome(ctx: Ctx, networkSlug: string, locale: string) {
	const networks = await listNetworks(ctx);
	const network = networks.find((n) => n.slug === networkSlug);
	const [participants, presidency, conferences, documents, statute] = await Promise.all([
		listParticipants(ctx, networkSlug, locale),
		getCurrentPresidency(ctx, networkSlug, locale),
		listConferences(ctx, networkSlug, locale),
		listDocuments(ctx, networkSlug, { level: 'public', limit: 10, offset: 0 }),
		getStatute(ctx, networkSlug, locale)
	]);
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);
	return {
		network: network
			? {
					slug: network.slug,
					acronym: network.acronym,
					name: pickLocalized(network.name, locale),
					description: pickLocalized(network.description, locale)
				}
			: null,
		otherNetworks: networks
			.filter((n) => n.slug !== networkSlug)
			.map((n) => ({ slug: n.slug, name: pickLocalized(n.name, locale) })),
		members: participants.filter((p) => p.status === 'member').sort(byName),
		observers: participants.filter((p) => p.status === 'observer').sort(byName),
		partners: participants.filter((p) => p.status === 'partner').sort(byName),
		presidency,
		statute,
		conferences,
		documents: documents.items.filter((d) => d.releasability.level === 'public')
	};
}
