import { z } from 'zod';
import { operatorActor } from '../../lib/server/access/actor';
import { parseInput } from '../../lib/server/api/validation';
import { addParticipant } from '../../lib/server/registry/add-participant';
import { addParticipantSchema } from '../../lib/server/registry/schemas';
import { defineCommand, stringOption, UsageError } from '../command';
import { localizedOptions, localizedValue } from '../localized-options';

const networkArg = z.object({ network: z.string().trim().min(1) });

export const participantAddCommand = defineCommand({
	words: ['participant', 'add'],
	summary: 'Add a member, observer or partner to a network (audited)',
	usage: [
		'Usage: npm run cli -- participant add --network SLUG --country ISO3 --status S',
		'                                      [--ministry-es M ... --ministry-fr M] [--name-XX N]',
		'       npm run cli -- participant add --network SLUG --organization CODE --status S',
		'                                      --name-es N --name-en N --name-pt N --name-fr N',
		'',
		'  --network SLUG       the network, e.g. relacopaz',
		'  --country ISO3       a country by its ISO 3166-1 alpha-3 code, which becomes its code',
		'  --organization CODE  an organisation, by a code of lower-case letters, digits and hyphens',
		'  --status S           member, observer or partner',
		'  --name-XX N          the name per language (es, en, pt, fr); a country’s defaults to the ISO name',
		'  --ministry-XX M      the Ministry of Defense or its equivalent, per language'
	].join('\n'),
	options: {
		network: { type: 'string' },
		country: { type: 'string' },
		organization: { type: 'string' },
		status: { type: 'string' },
		...localizedOptions('name'),
		...localizedOptions('ministry')
	},
	migrateFirst: true,
	parse(values) {
		const country = stringOption(values, 'country');
		const organization = stringOption(values, 'organization');
		if ((country === undefined) === (organization === undefined)) {
			throw new UsageError('Give either --country or --organization');
		}
		const { network } = parseInput(networkArg, { network: stringOption(values, 'network') });
		const common = {
			status: stringOption(values, 'status'),
			name: localizedValue(values, 'name'),
			ministry: localizedValue(values, 'ministry')
		};
		const input = parseInput(
			addParticipantSchema,
			country !== undefined
				? { kind: 'country', countryCode: country, ...common }
				: { kind: 'organization', code: organization, ...common }
		);
		return { network, input };
	},
	async run(handle, { network, input }, io) {
		const { code } = await addParticipant({ db: handle.db, actor: operatorActor }, network, input);
		io.out(`ok: added ${code} to ${network} as ${input.status}`);
		return 0;
	}
});
