import type { z } from 'zod';
import {
	contributionsQuerySchema,
	contributionsResponseSchema,
	monthsResponseSchema
} from './schemas';

interface StatisticsEndpoint {
	method: 'get';
	path: string;
	summary: string;
	query?: z.ZodObject;
	response: z.ZodType;
	public: true;
}

/** The public statistics API, listed in the OpenAPI document. */
export const statisticsEndpoints: StatisticsEndpoint[] = [
	{
		method: 'get',
		path: '/statistics/contributions',
		summary:
			'UN uniformed personnel: exact sums for a month (default the latest) or a series ' +
			'(from/to), filtered by country, M49 region, network members, mission or type, grouped ' +
			'by country, mission, type or month. Missing months are null, never zero.',
		query: contributionsQuerySchema,
		response: contributionsResponseSchema,
		public: true
	},
	{
		method: 'get',
		path: '/statistics/months',
		summary: 'Months with UN figures, the missing months and the data-quality findings',
		response: monthsResponseSchema,
		public: true
	}
];
