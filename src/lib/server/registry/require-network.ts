import type { Queryable } from '../db/client';
import { NotFoundError } from '../errors';
import { findNetworkBySlug, type NetworkRow } from './repository';

export async function requireNetwork(q: Queryable, slug: string): Promise<NetworkRow> {
	const network = await findNetworkBySlug(q, slug);
	if (!network) throw new NotFoundError(`No network "${slug}"`);
	return network;
}
