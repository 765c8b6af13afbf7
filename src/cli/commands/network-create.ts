import { operatorActor } from '../../lib/server/access/actor';
import { parseInput } from '../../lib/server/api/validation';
import { createNetwork } from '../../lib/server/registry/create-network';
import { createNetworkSchema } from '../../lib/server/registry/schemas';
import { defineCommand, stringOption } from '../command';
import { localizedOptions, localizedValue } from '../localized-options';

export const networkCreateCommand = defineCommand({
	words: ['network', 'create'],
	summary: 'Create a network for a region (audited)',
	usage: [
		'Usage: npm run cli -- network create --slug SLUG --acronym A --region M49 --language es|en|pt|fr',
		'                                     --time-zone ZONE --name-es N --name-en N --name-pt N',
		'                                     --name-fr N [--description-es D ... --description-fr D]',
		'',
		'  --slug SLUG        lower-case letters, digits and hyphens; the pages are at /networks/SLUG',
		'  --acronym A        e.g. RELACOPAZ',
		'  --region M49       UN M49 code of the region served, e.g. 419 (Latin America and the Caribbean)',
		'  --language L       the network’s default language',
		'  --time-zone ZONE   IANA zone, e.g. America/Lima',
		'  --name-XX N        the name in each language (es, en, pt, fr), all four required',
		'  --description-XX D a description in any of the languages'
	].join('\n'),
	options: {
		slug: { type: 'string' },
		acronym: { type: 'string' },
		region: { type: 'string' },
		language: { type: 'string' },
		'time-zone': { type: 'string' },
		...localizedOptions('name'),
		...localizedOptions('description')
	},
	migrateFirst: true,
	parse: (values) =>
		parseInput(createNetworkSchema, {
			slug: stringOption(values, 'slug'),
			acronym: stringOption(values, 'acronym'),
			region: stringOption(values, 'region'),
			defaultLanguage: stringOption(values, 'language'),
			timeZone: stringOption(values, 'time-zone'),
			name: localizedValue(values, 'name'),
			description: localizedValue(values, 'description')
		}),
	async run(handle, input, io) {
		await createNetwork({ db: handle.db, actor: operatorActor }, input);
		io.out(`ok: created the network ${input.slug}; add its participants with "participant add"`);
		return 0;
	}
});
