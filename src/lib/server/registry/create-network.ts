import { requireManageNetworks } from '../access/access';
import type { Actor } from '../access/actor';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { ValidationError } from '../errors';
import { findNetworkBySlug, insertNetwork } from './repository';
import type { CreateNetworkInput } from './schemas';

/** What the seed asks for: a record already there is kept as it is, not refused. */
export interface RegistryWriteOptions {
	keepExisting?: boolean;
}

/** An administrator opens a network of its own region, to be filled with its participants. */
export async function createNetwork(ctx: Ctx, input: CreateNetworkInput): Promise<{ id: string }> {
	requireManageNetworks(ctx.actor);
	// Owner rights: the registry is no participant's record, so no releasability policy covers
	// it; the administrator check above is the one that applies.
	return unsafeWithSystem(ctx.db, (tx) => createNetworkIn(tx, ctx.actor, input));
}

/** The same change inside a transaction, for the seed, which writes a whole network in one. */
export async function createNetworkIn(
	tx: Transaction,
	actor: Actor,
	input: CreateNetworkInput,
	options: RegistryWriteOptions = {}
): Promise<{ id: string; created: boolean }> {
	requireManageNetworks(actor);
	const id = await insertNetwork(tx, {
		slug: input.slug,
		acronym: input.acronym,
		name: input.name,
		description: input.description,
		region: input.region,
		defaultLanguage: input.defaultLanguage,
		timeZone: input.timeZone
	});
	if (!id) {
		const existing = await findNetworkBySlug(tx, input.slug);
		if (options.keepExisting && existing) return { id: existing.id, created: false };
		throw new ValidationError([{ path: 'slug', message: 'reg_err_slug_taken' }]);
	}
	await appendAudit(tx, actor, {
		action: 'create',
		entityType: 'network',
		entityId: id,
		networkId: id,
		details: { slug: input.slug, region: input.region }
	});
	return { id, created: true };
}
