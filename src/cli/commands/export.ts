import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseInput } from '../../lib/server/api/validation';
import { unsafeExportParticipant } from '../../lib/server/export/export-participant';
import { exportParticipantSchema } from '../../lib/server/export/schemas';
import { defineCommand, stringOption } from '../command';
import { fileArgSchema } from '../schemas';

const exportArgsSchema = exportParticipantSchema.extend({ out: fileArgSchema.optional() });

export const exportCommand = defineCommand({
	words: ['export'],
	summary: 'Write everything a participant owns as JSON (audited)',
	usage: [
		'Usage: npm run cli -- export --network SLUG --participant CODE [--out FILE]',
		'',
		'  --network SLUG      network the participant belongs to',
		'  --participant CODE  participant code, e.g. ARG',
		'  --out FILE          write to FILE (readable by its owner only) instead of stdout'
	].join('\n'),
	options: {
		network: { type: 'string' },
		participant: { type: 'string' },
		out: { type: 'string' }
	},
	migrateFirst: true,
	parse: (values): z.infer<typeof exportArgsSchema> =>
		parseInput(exportArgsSchema, {
			network: stringOption(values, 'network'),
			participant: stringOption(values, 'participant'),
			out: stringOption(values, 'out')
		}),
	async run(handle, input, io) {
		const data = await unsafeExportParticipant(handle.db, input);
		const json = JSON.stringify(data, null, 2);
		if (!input.out) {
			io.out(json);
			return 0;
		}
		await writeFile(input.out, `${json}\n`, { mode: 0o600 });
		const counts = Object.entries(data)
			.filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]))
			.map(([key, rows]) => `${key}: ${rows.length}`)
			.join(', ');
		io.out(`ok: wrote ${input.participant} (${counts}) to ${input.out}`);
		return 0;
	}
});
