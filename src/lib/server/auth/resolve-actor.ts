import type { Database } from '../db/client';
import { anonymousActor, type Actor } from '../access/actor';
import {
	findApiTokenWithUser,
	findSessionWithUser,
	touchApiToken,
	type UserRow
} from './repository';
import { hashToken } from './tokens';
import { LRUCache } from 'lru-cache';
import type { ChangeFeed } from '../cache/change-feed';

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
	/** When the session ends; null for API tokens (revoked, never expired) and for nobody. */
	validUntil: Date | null;
}

const anonymous: ResolvedSession = {
	actor: anonymousActor,
	user: null,
	pendingSecondFactor: false,
	sessionHash: null,
	validUntil: null
};

/** What a credential resolved to, and until when that answer holds if nothing changes. */
interface Resolution {
	session: ResolvedSession;
	apiToken: { id: string; lastUsedAt: Date | null } | null;
}

/**
 * Remembers what credentials resolved to, for as long as the database has not changed: any
 * committed change (a sign-out, a deactivation, a new role) moves the feed's version on and every
 * answer is looked up again. Only credentials that resolved to someone are kept, so random
 * tokens cannot fill it.
 */
export class SessionMemo {
	#entries = new LRUCache<string, { version: number; resolution: Resolution }>({ max: 10_000 });

	constructor(private readonly feed: Pick<ChangeFeed, 'version' | 'live'>) {}

	get version(): number {
		return this.feed.version;
	}

	get(key: string, now: Date): Resolution | undefined {
		if (!this.feed.live) return undefined;
		const entry = this.#entries.get(key);
		if (!entry || entry.version !== this.feed.version) return undefined;
		const { validUntil } = entry.resolution.session;
		if (validUntil && validUntil.getTime() <= now.getTime()) return undefined;
		return entry.resolution;
	}

	set(key: string, version: number, resolution: Resolution): void {
		if (this.feed.live && version === this.feed.version)
			this.#entries.set(key, { version, resolution });
	}
}

const apiTokenTouchIntervalMs = 60_000;

/**
 * Looks up the session cookie or bearer token. Authentication runs before any actor exists, so it
 * reads the users table as the owner (the application role has no access to it).
 */
export async function unsafeResolveSession(
	db: Database,
	credentials: { sessionToken?: string | undefined; bearerToken?: string | undefined },
	memo?: SessionMemo
): Promise<ResolvedSession> {
	const kind = credentials.bearerToken ? 'bearer' : 'session';
	const token = credentials.bearerToken ?? credentials.sessionToken;
	if (!token) return anonymous;
	const tokenHash = hashToken(token);
	const key = `${kind}:${tokenHash}`;
	const now = new Date();
	const version = memo?.version ?? 0;
	let resolution = memo?.get(key, now);
	if (!resolution) {
		const found = await lookUp(db, kind, tokenHash, now);
		if (!found) return anonymous;
		memo?.set(key, version, found);
		resolution = found;
	}
	const { apiToken } = resolution;
	// Written at most once a minute, so busy clients do not turn every read into a write.
	if (
		apiToken &&
		(!apiToken.lastUsedAt ||
			now.getTime() - apiToken.lastUsedAt.getTime() > apiTokenTouchIntervalMs)
	) {
		apiToken.lastUsedAt = now;
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
				sessionHash: null,
				validUntil: null
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
				sessionHash,
				validUntil: row.session.expiresAt
			}
		: {
				actor: actorFrom(row),
				user: row.user,
				pendingSecondFactor: false,
				sessionHash,
				validUntil: row.session.expiresAt
			};
	return { session, apiToken: null };
}
