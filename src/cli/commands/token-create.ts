import { parseInput } from '../../lib/server/api/validation';
import { createApiToken } from '../../lib/server/auth/create-api-token';
import { unsafeActorForUser } from '../../lib/server/auth/unsafe-actor-for-user';
import { defineCommand, stringOption } from '../command';
import { tokenCreateArgsSchema } from '../schemas';

export const tokenCreateCommand = defineCommand({
	words: ['token', 'create'],
	summary: 'Create an API token for a user; the token is the last line printed',
	usage: [
		'Usage: npm run cli -- token create --email EMAIL [--name N]',
		'',
		'  --email EMAIL  the user the token acts as',
		'  --name N       a label for the token (default: CLI)'
	].join('\n'),
	options: { email: { type: 'string' }, name: { type: 'string' } },
	migrateFirst: true,
	parse: (values) =>
		parseInput(tokenCreateArgsSchema, {
			email: stringOption(values, 'email'),
			name: stringOption(values, 'name')
		}),
	async run(handle, input, io) {
		const actor = await unsafeActorForUser(handle.db, input.email);
		const { id, token } = await createApiToken(handle.db, actor, input.name);
		io.out(`ok: API token "${input.name}" (id ${id}) for ${input.email}; it is shown only now:`);
		io.out(token);
		return 0;
	}
});
