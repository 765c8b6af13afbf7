import { z } from 'zod';
import { operatorActor } from '../../lib/server/access/actor';
import { parseInput } from '../../lib/server/api/validation';
import { addPresidencyTerm } from '../../lib/server/registry/add-presidency-term';
import { addPresidencyTermSchema } from '../../lib/server/registry/schemas';
import { defineCommand, stringOption } from '../command';
import { wholeOption } from '../localized-options';

const networkArg = z.object({ network: z.string().trim().min(1) });

export const presidencyAddCommand = defineCommand({
	words: ['presidency', 'add'],
	summary: 'Record a Presidency term of a network (audited)',
	usage: [
		'Usage: npm run cli -- presidency add --network SLUG --participant CODE --starts YYYY-MM-DD',
		'                                     [--conference N]',
		'',
		'  --participant CODE  the participant holding the Presidency, e.g. PRY',
		'  --starts DAY        the first day; the term lasts until the next one starts',
		'  --conference N      the conference edition that gave it'
	].join('\n'),
	options: {
		network: { type: 'string' },
		participant: { type: 'string' },
		starts: { type: 'string' },
		conference: { type: 'string' }
	},
	migrateFirst: true,
	parse(values) {
		const { network } = parseInput(networkArg, { network: stringOption(values, 'network') });
		const input = parseInput(addPresidencyTermSchema, {
			participant: stringOption(values, 'participant'),
			startsOn: stringOption(values, 'starts'),
			conferenceEdition: wholeOption(values, 'conference') ?? null
		});
		return { network, input };
	},
	async run(handle, { network, input }, io) {
		await addPresidencyTerm({ db: handle.db, actor: operatorActor }, network, input);
		io.out(
			`ok: recorded the Presidency of ${input.participant} in ${network} from ${input.startsOn}`
		);
		return 0;
	}
});
