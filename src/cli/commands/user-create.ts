import { parseInput } from '../../lib/server/api/validation';
import { unsafeCreateUser } from '../../lib/server/people/unsafe-create-user';
import { newUserSchema } from '../../lib/server/people/schemas';
import { defineCommand, stringOption, UsageError } from '../command';

export const userCreateCommand = defineCommand({
	words: ['user', 'create'],
	summary: 'Create a user of a participant, or an administrator',
	usage: [
		'Usage: npm run cli -- user create --network SLUG --participant CODE --email EMAIL',
		'                                  --role focal_point|editor|viewer [--password P] [--name N]',
		'       npm run cli -- user create --admin --email EMAIL [--password P] [--name N]',
		'',
		'  --network SLUG      network the participant belongs to, e.g. relacopaz',
		'  --participant CODE  participant code, e.g. ARG',
		'  --role ROLE         focal_point, editor or viewer',
		'  --admin             create an administrator of the installation instead',
		'  --email EMAIL       the sign-in email, unique in the installation',
		'  --password P        at least 12 characters; without it the user has no password yet',
		'  --name N            display name'
	].join('\n'),
	options: {
		network: { type: 'string' },
		participant: { type: 'string' },
		role: { type: 'string' },
		admin: { type: 'boolean' },
		email: { type: 'string' },
		password: { type: 'string' },
		name: { type: 'string' }
	},
	migrateFirst: true,
	parse(values) {
		const common = {
			email: stringOption(values, 'email'),
			name: stringOption(values, 'name'),
			password: stringOption(values, 'password')
		};
		if (values.admin === true) {
			const extra = ['network', 'participant', 'role'].filter((name) => values[name] !== undefined);
			if (extra.length > 0) {
				throw new UsageError(`--admin takes no ${extra.map((name) => `--${name}`).join(', ')}`);
			}
			return parseInput(newUserSchema, { admin: true, ...common });
		}
		return parseInput(newUserSchema, {
			admin: false,
			...common,
			network: stringOption(values, 'network'),
			participant: stringOption(values, 'participant'),
			role: stringOption(values, 'role')
		});
	},
	async run(handle, input, io) {
		const { id } = await unsafeCreateUser(handle.db, input);
		const what = input.admin
			? 'administrator'
			: `${input.role} of ${input.participant} in ${input.network}`;
		io.out(`ok: created ${what} ${input.email} (id ${id})`);
		if (!input.password) io.out('The user has no password yet.');
		return 0;
	}
});
