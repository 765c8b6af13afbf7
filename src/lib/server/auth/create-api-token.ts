import type { Database } from '../db/client';
import { appendAudit } from '../audit/append-audit';
import type { Actor } from '../access/actor';
import { requireSignedIn } from '../access/access';
import { parseInput } from '../api/validation';
import { insertApiToken } from './repository';
import { apiTokenNameSchema } from './schemas';
import { hashToken, newSecretToken } from './tokens';

/** Creates a token for the acting user; the secret is returned once and only its hash is kept. */
export async function createApiToken(
	db: Database,
	actor: Actor,
	name: string
): Promise<{ id: string; token: string }> {
	requireSignedIn(actor);
	const input = parseInput(apiTokenNameSchema, { name });
	const token = `rlc_${newSecretToken()}`;
	const id = crypto.randomUUID();
	await db.transaction(async (tx) => {
		await insertApiToken(tx, {
			id,
			userId: actor.userId,
			name: input.name,
			tokenHash: hashToken(token)
		});
		await appendAudit(tx, actor, {
			action: 'create',
			entityType: 'api_token',
			entityId: id,
			details: { name: input.name }
		});
	});
	return { id, token };
}
