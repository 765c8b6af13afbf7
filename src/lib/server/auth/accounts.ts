import type { Queryable } from '../db/client';
import { deleteSessionsOfUser, findUserByEmail, findUserById } from './repository';

/**
 * What managing people asks of the accounts that sign in: whether an address is taken, who sent
 * an invitation, and signing a person out everywhere.
 */

/** Addresses are compared without regard to case, as at sign-in. */
export async function isEmailTaken(q: Queryable, email: string): Promise<boolean> {
	return (await findUserByEmail(q, email)) !== undefined;
}

export async function findAccountName(
	q: Queryable,
	userId: string
): Promise<{ name: string; email: string } | undefined> {
	const user = await findUserById(q, userId);
	return user && { name: user.name, email: user.email };
}

/** A deactivated person is signed out at once, on every device. */
export function endAllSessions(q: Queryable, userId: string): Promise<void> {
	return deleteSessionsOfUser(q, userId);
}
