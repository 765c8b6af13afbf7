import type { Database } from '../db/client';
import { ConflictError, NotFoundError } from '../errors';
import { hashPassword } from '../auth/passwords';
import { requireStrongPassword } from '../auth/password-strength';
import { isEmailTaken } from '../auth/accounts';
import { findParticipantByCode } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { appendAudit } from '../audit/append-audit';
import { anonymousActor } from '../access/actor';
import { insertUser } from './repository';
import type { NewUserInput } from './schemas';

/**
 * Creates a user with no acting user behind it: the CLI on the server's own console, and the
 * first-administrator setup. Web requests go through invite-person, which checks the caller.
 */
export async function unsafeCreateUser(db: Database, input: NewUserInput): Promise<{ id: string }> {
	if (input.password) requireStrongPassword(input.password, [input.email, input.name]);
	const passwordHash = input.password ? await hashPassword(input.password) : null;
	return db.transaction(async (tx) => {
		if (await isEmailTaken(tx, input.email)) {
			throw new ConflictError('people_email_taken', `A user with the email ${input.email} exists`);
		}
		let participantId: string | null = null;
		let networkId: string | null = null;
		if (!input.admin) {
			const network = await requireNetwork(tx, input.network);
			const participant = await findParticipantByCode(tx, network.id, input.participant);
			if (!participant)
				throw new NotFoundError(`No participant "${input.participant}" in ${input.network}`);
			participantId = participant.id;
			networkId = network.id;
		}
		const id = await insertUser(tx, {
			email: input.email,
			name: input.name,
			passwordHash,
			isAdmin: input.admin,
			participantId,
			role: input.admin ? null : input.role
		});
		await appendAudit(tx, anonymousActor, {
			action: 'create',
			entityType: 'user',
			entityId: id,
			networkId,
			details: { email: input.email, admin: input.admin, role: input.admin ? null : input.role }
		});
		return { id };
	});
}
