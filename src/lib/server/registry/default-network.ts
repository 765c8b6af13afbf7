import { seedNetwork } from './seed-data';

/**
 * The network this installation serves by default (`DEFAULT_NETWORK`, else the seeded one): the
 * home page, the site's brand and the statistics' network scope.
 */
export function defaultNetworkSlug(): string {
	return process.env.DEFAULT_NETWORK ?? seedNetwork.slug;
}
