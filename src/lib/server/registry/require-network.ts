import type { Queryable } from '../db/client';
import { requestMemo } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { findNetworkBySlug, type NetworkRow } from './repository';

export async function requireNetwork(q: Queryable, slug: string): Promise<NetworkRow> {
	const network = await findNetwork(q, slug);
	if (!network) throw new NotFoundError(`No network "${slug}"`);
	return network;
}

/** The registry is public; a request that names one network several times looks it up once. */
export function findNetwork(q: Queryable, slug: string): Promise<NetworkRow | undefined> {
	return requestMemo(`network:${slug}`, () => findNetworkBySlug(q, slug));
}
