import { z } from 'zod';
import { operatorActor } from '../../lib/server/access/actor';
import { parseInput } from '../../lib/server/api/validation';
import { addConference } from '../../lib/server/registry/add-conference';
import { addConferenceSchema } from '../../lib/server/registry/schemas';
import { defineCommand, stringOption } from '../command';
import { localizedOptions, localizedValue, wholeOption } from '../localized-options';

const networkArg = z.object({ network: z.string().trim().min(1) });

export const conferenceAddCommand = defineCommand({
	words: ['conference', 'add'],
	summary: 'Record a conference edition of a network (audited)',
	usage: [
		'Usage: npm run cli -- conference add --network SLUG --edition N --country ISO3 --year YYYY',
		'                                     --name-es N --name-en N --name-pt N --name-fr N',
		'                                     [--city C] [--starts YYYY-MM-DD] [--ends YYYY-MM-DD]',
		'',
		'  --edition N     the edition number, unique in the network',
		'  --country ISO3  the host country; its participant, if any, is the host'
	].join('\n'),
	options: {
		network: { type: 'string' },
		edition: { type: 'string' },
		country: { type: 'string' },
		year: { type: 'string' },
		city: { type: 'string' },
		starts: { type: 'string' },
		ends: { type: 'string' },
		...localizedOptions('name')
	},
	migrateFirst: true,
	parse(values) {
		const { network } = parseInput(networkArg, { network: stringOption(values, 'network') });
		const input = parseInput(addConferenceSchema, {
			edition: wholeOption(values, 'edition'),
			name: localizedValue(values, 'name'),
			countryCode: stringOption(values, 'country'),
			year: wholeOption(values, 'year'),
			city: stringOption(values, 'city') ?? null,
			startsOn: stringOption(values, 'starts') ?? null,
			endsOn: stringOption(values, 'ends') ?? null
		});
		return { network, input };
	},
	async run(handle, { network, input }, io) {
		await addConference({ db: handle.db, actor: operatorActor }, network, input);
		io.out(`ok: recorded conference ${input.edition} of ${network}`);
		return 0;
	}
});
