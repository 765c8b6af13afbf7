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

/** What a credential resolved to. */
interface Resolution {
	session: ResolvedSession;
	apiToken: { id: string; lastUsedAt: Date | null } | null;
}

const apiTokenTouchIntervalMs = 60_000;

/**
 * Looks up the session cookie or bearer token. Authentication runs before any actor exists, so it
 * reads the users table as the owner (the application role has no access to it).
 */
export async function unsafeResolveSession(
	db: Database,
	credentials: { sessionToken?: string | undefined; bearerToken?: string | undefined }
): Promise<ResolvedSession> {
	const kind = credentials.bearerToken ? 'bearer' : 'session';
	const token = credentials.bearerToken ?? credentials.sessionToken;
	if (!token) return anonymous;
	const tokenHash = hashToken(token);
	const now = new Date();
	const resolution = await lookUp(db, kind, tokenHash, now);
	if (!resolution) return anonymous;
	const { apiToken } = resolution;
	// Written at most once a minute, so busy clients do not turn every read into a write.
	if (
		apiToken &&
		(!apiToken.lastUsedAt ||
			now.getTime() - apiToken.lastUsedAt.getTime() > apiTokenTouchIntervalMs)
	) {
		await touchApiToken(db, apiToken.id, now);
	}
	return resolution.session;
}

async function lookUp(
	db: Database,
	kind: 'bearer' | 'session',
	tokenHash: string,
	now: Date
): Promise<Resolution | null> {
	if (kind === 'bearer') {
		const row = await findApiTokenWithUser(db, tokenHash);
		if (!row) return null;
		return {
			session: {
				actor: actorFrom(row),
				user: row.user,
				pendingSecondFactor: false,
				sessionHash: null
			},
			apiToken: { id: row.token.id, lastUsedAt: row.token.lastUsedAt }
		};
	}
	const sessionHash = tokenHash;
	const row = await findSessionWithUser(db, sessionHash, now);
	if (!row) return null;
	const needsSecondFactor = row.user.totpEnabledAt !== null && !row.session.secondFactorDone;
	const session: ResolvedSession = needsSecondFactor
		? {
				actor: anonymousActor,
				user: row.user,
				pendingSecondFactor: true,
				sessionHash
			}
		: {
				actor: actorFrom(row),
				user: row.user,
				pendingSecondFactor: false,
				sessionHash
			};
	return { session, apiToken: null };
}
