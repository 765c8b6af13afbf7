/**
 * Reads whose answer depends only on the address, the reader's language, who the reader is and
 * the database, so a copy may be served to the same reader until the database changes. A route
 * joins this list only if its page or endpoint reads nothing else of the request (no other
 * cookie, no header) and changes nothing when read.
 */
export const cacheableRoutes: ReadonlySet<string> = new Set([
	'/',
	'/networks/[network]',
	'/networks/[network]/participants/[code]',
	'/networks/[network]/documents',
	'/networks/[network]/documents/[id]',
	'/statistics',
	'/statistics/countries/[iso3]',
	'/statistics/missions/[acronym]',
	'/statistics/map',
	'/api/v1/networks',
	'/api/v1/networks/[network]/participants',
	'/api/v1/networks/[network]/documents',
	'/api/v1/networks/[network]/documents/[id]',
	'/api/v1/statistics/contributions',
	'/api/v1/statistics/months'
]);
