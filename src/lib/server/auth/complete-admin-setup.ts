import type { Database } from '../db/client';
import { NotFoundError, ValidationError } from '../errors';
import { unsafeCreateUser } from '../people/unsafe-create-user';
import { claimOneTimeToken, findUsableOneTimeToken, findUserByEmail } from './repository';
import type { AdminSetupInput } from './schemas';
import { unsafeStartSession } from './start-session';
import { hashToken } from './tokens';

/** Whether a setup link printed at first start can still be used. */
export async function isAdminSetupUsable(db: Database, token: string, now = new Date()) {
	return (await findUsableOneTimeToken(db, 'admin_setup', hashToken(token), now)) !== undefined;
}

/**
 * Creates the first administrator from the one-time link printed on the server console, and signs
 * them in. The link is the authority here, as no user exists yet; it is spent in the same
 * transaction that creates the account, so a failure leaves it usable and a success cannot repeat.
 */
export async function unsafeCompleteAdminSetup(
	db: Database,
	input: AdminSetupInput & { token: string },
	now = new Date()
): Promise<{ userId: string; sessionToken: string }> {
	return db.transaction(async (tx) => {
		const claimed = await claimOneTimeToken(tx, 'admin_setup', hashToken(input.token), now);
		if (!claimed) throw new NotFoundError();
		if (await findUserByEmail(tx, input.email)) {
			throw new ValidationError([{ path: 'email', message: 'auth_email_taken' }]);
		}
		// A transaction is a database here: the user is created in a savepoint of this one.
		const { id } = await unsafeCreateUser(tx as unknown as Database, {
			admin: true,
			email: input.email,
			name: input.name,
			password: input.password
		});
		const sessionToken = await unsafeStartSession(tx, id, now);
		return { userId: id, sessionToken };
	});
}
