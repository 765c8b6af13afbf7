import type { Queryable } from '../db/client';
import { NotFoundError, ValidationError } from '../errors';
import { translate } from '$lib/i18n/translate';
import type { Dataset } from './dataset';
import { isM49Region, inM49Region } from './regions';
import { networkMemberCountries } from './repository';

export interface ScopeInput {
	country?: string;
	region?: string;
	network?: string;
}

export interface Scope {
	/** The countries to count, or null for the whole world. */
	countries: string[] | null;
	networkAcronym: string | null;
}

/** Country, M49 region and network filters, as one list of countries (their intersection). */
export async function resolveScope(
	q: Queryable,
	dataset: Dataset,
	input: ScopeInput
): Promise<Scope> {
	let countries: string[] | null = null;
	let networkAcronym: string | null = null;
	const narrow = (list: string[]) => {
		countries = countries === null ? list : countries.filter((c) => list.includes(c));
	};
	if (input.country) narrow([input.country]);
	if (input.region) {
		if (!isM49Region(input.region)) {
			throw new ValidationError([{ path: 'region', message: translate('stats_error_region') }]);
		}
		narrow([...dataset.countries.keys()].filter((iso3) => inM49Region(iso3, input.region!)));
	}
	if (input.network) {
		const network = await networkMemberCountries(q, input.network);
		if (!network) throw new NotFoundError(`No network "${input.network}"`);
		networkAcronym = network.acronym;
		narrow(network.countries);
	}
	return { countries, networkAcronym };
}
