import type { Database } from '../db/client';
import { anonymousActor, type Actor } from '../access/actor';
import {
	findApiTokenWithUser,
	findSessionWithUser,
	touchApiToken,
	type UserRow
} from './repository';
import { hashToken } from './tokens';

type ActorSource = {
	user: UserRow;
	participant: NonNullable<Actor['participant']> | null;
};

export function actorFrom(source: ActorSource): Actor {
	const { user, participant } = source;
	return {
		userId: user.id,
		email: user.email,
		isAdmin: user.isAdmin,
		participant: participant && participant.id ? participant : null,
		role: participant?.id ? user.role : null
	};
}

export interface ResolvedSession {
	actor: Actor;
	user: UserRow | null;
	/** Signed in with a password but the second factor is still owed. */
	pendingSecondFactor: boolean;
	sessionHash: string | null;
}

const anonymous: ResolvedSession = {
	actor: anonymousActor,
	user: null,
	pendingSecondFactor: false,
	sessionHash: null
};

/**
 * Looks up the session cookie or bearer token. Authentication runs before any actor exists, so it
 * reads the users table as the owner (the application role has no access to it).
 */
export async function unsafeResolveSession(
	db: Database,
	credentials: { sessionToken?: string | undefined; bearerToken?: string | undefined }
): Promise<ResolvedSession> {
	if (credentials.bearerToken) {
		const row = await findApiTokenWithUser(db, hashToken(credentials.bearerToken));
		if (!row) return anonymous;
		const now = new Date();
		// Written at most once a minute, so busy clients do not turn every read into a write.
		if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > 60_000) {
			await touchApiToken(db, row.token.id, now);
		}
		return { actor: actorFrom(row), user: row.user, pendingSecondFactor: false, sessionHash: null };
	}
	if (credentials.sessionToken) {
		const sessionHash = hashToken(credentials.sessionToken);
		const row = await findSessionWithUser(db, sessionHash, new Date());
		if (!row) return anonymous;
		const needsSecondFactor = row.user.totpEnabledAt !== null && !row.session.secondFactorDone;
		if (needsSecondFactor) {
			return { actor: anonymousActor, user: row.user, pendingSecondFactor: true, sessionHash };
		}
		return { actor: actorFrom(row), user: row.user, pendingSecondFactor: false, sessionHash };
	}
	return anonymous;
}
