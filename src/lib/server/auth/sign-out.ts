import type { Database } from '../db/client';
import { deleteSession } from './repository';

/** Ends the session behind a cookie; holding the cookie is all the right needed to end it. */
export async function signOut(db: Database, sessionHash: string | null): Promise<void> {
	if (sessionHash) await deleteSession(db, sessionHash);
}
