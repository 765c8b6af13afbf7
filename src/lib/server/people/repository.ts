import { and, asc, eq, gt, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { apiTokens, networks, oneTimeTokens, participants, users } from '../db/schema';

export type NewUserRow = typeof users.$inferInsert;
export type UserRole = NonNullable<(typeof users.$inferSelect)['role']>;

export async function insertUser(q: Queryable, row: NewUserRow): Promise<string> {
	const [created] = await q.insert(users).values(row).returning({ id: users.id });
	return created!.id;
}

const participantColumns = {
	id: participants.id,
	code: participants.code,
	name: participants.name,
	status: participants.status,
	networkId: participants.networkId,
	networkSlug: networks.slug,
	networkAcronym: networks.acronym
};

const personColumns = {
	id: users.id,
	email: users.email,
	name: users.name,
	role: users.role,
	isAdmin: users.isAdmin,
	active: users.active,
	participantId: users.participantId,
	locale: users.locale,
	hasPassword: isNotNull(users.passwordHash).mapWith(Boolean),
	createdAt: users.createdAt
};

export interface PeopleFilter {
	participantId?: string | undefined;
	networkId?: string | undefined;
}

/** With no filter, everyone, administrators included; a filter keeps only participants' people. */
export async function listPersonRows(q: Queryable, filter: PeopleFilter) {
	const where: SQL | undefined = and(
		filter.participantId ? eq(users.participantId, filter.participantId) : undefined,
		filter.networkId ? eq(participants.networkId, filter.networkId) : undefined
	);
	const rows = await q
		.select({ person: personColumns, participant: participantColumns })
		.from(users)
		.leftJoin(participants, eq(participants.id, users.participantId))
		.leftJoin(networks, eq(networks.id, participants.networkId))
		.where(where)
		.orderBy(
			asc(networks.slug),
			asc(participants.code),
			asc(sql`lower(${users.name})`),
			asc(sql`lower(${users.email})`)
		);
	return rows.map((row) => ({
		person: row.person,
		participant: joinedParticipant(row.participant)
	}));
}

export type PersonRow = Awaited<ReturnType<typeof listPersonRows>>[number];

/** The person and its participant, locked so that concurrent changes to one person queue up. */
export async function findPersonForUpdate(
	q: Queryable,
	id: string
): Promise<PersonRow | undefined> {
	const [row] = await q
		.select({ person: personColumns, participant: participantColumns })
		.from(users)
		.leftJoin(participants, eq(participants.id, users.participantId))
		.leftJoin(networks, eq(networks.id, participants.networkId))
		.where(eq(users.id, id))
		.limit(1)
		.for('update', { of: users });
	if (!row) return undefined;
	return { person: row.person, participant: joinedParticipant(row.participant) };
}

export function listParticipantOptions(q: Queryable, participantId?: string) {
	return q
		.select(participantColumns)
		.from(participants)
		.innerJoin(networks, eq(networks.id, participants.networkId))
		.where(participantId ? eq(participants.id, participantId) : undefined)
		.orderBy(asc(networks.slug), asc(participants.code));
}

export type ParticipantOptionRow = Awaited<ReturnType<typeof listParticipantOptions>>[number];

/** A left join yields every participant column null for administrators, who have none. */
function joinedParticipant(
	row: { [K in keyof ParticipantOptionRow]: ParticipantOptionRow[K] | null } | null
): ParticipantOptionRow | null {
	return row && row.id !== null ? (row as ParticipantOptionRow) : null;
}

export async function findParticipantOption(
	q: Queryable,
	id: string
): Promise<ParticipantOptionRow | undefined> {
	const [row] = await listParticipantOptions(q, id);
	return row;
}

export function listNetworkOptions(q: Queryable) {
	return q
		.select({ id: networks.id, slug: networks.slug, acronym: networks.acronym })
		.from(networks)
		.orderBy(asc(networks.slug));
}

/**
 * Ids of the participant's active focal points, locked: two focal points removing each other at
 * the same moment must not both see the other one still there.
 */
export async function lockActiveFocalPoints(
	q: Queryable,
	participantId: string
): Promise<string[]> {
	const rows = await q
		.select({ id: users.id })
		.from(users)
		.where(
			and(
				eq(users.participantId, participantId),
				eq(users.role, 'focal_point'),
				eq(users.active, true)
			)
		)
		.for('update');
	return rows.map((row) => row.id);
}

export async function lockActiveAdmins(q: Queryable): Promise<string[]> {
	const rows = await q
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.isAdmin, true), eq(users.active, true)))
		.for('update');
	return rows.map((row) => row.id);
}

export async function updateUserRole(q: Queryable, id: string, role: UserRole): Promise<void> {
	await q.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id));
}

export async function updateUserActive(q: Queryable, id: string, active: boolean): Promise<void> {
	await q.update(users).set({ active, updatedAt: new Date() }).where(eq(users.id, id));
}

export async function updateUserNameAndPassword(
	q: Queryable,
	id: string,
	name: string,
	passwordHash: string
): Promise<void> {
	await q.update(users).set({ name, passwordHash, updatedAt: new Date() }).where(eq(users.id, id));
}

export async function revokeApiTokensOfUser(q: Queryable, userId: string): Promise<number> {
	const revoked = await q
		.update(apiTokens)
		.set({ revokedAt: new Date() })
		.where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
		.returning({ id: apiTokens.id });
	return revoked.length;
}

export async function insertInvitationToken(
	q: Queryable,
	row: { userId: string; tokenHash: string; expiresAt: Date }
): Promise<void> {
	await q.insert(oneTimeTokens).values({ purpose: 'invitation', ...row });
}

/** An unused, unexpired invitation and the person it invites. */
export async function findOpenInvitation(q: Queryable, tokenHash: string, now: Date) {
	const [row] = await q
		.select({
			token: { id: oneTimeTokens.id, expiresAt: oneTimeTokens.expiresAt },
			person: personColumns,
			participant: participantColumns
		})
		.from(oneTimeTokens)
		.innerJoin(users, eq(users.id, oneTimeTokens.userId))
		.leftJoin(participants, eq(participants.id, users.participantId))
		.leftJoin(networks, eq(networks.id, participants.networkId))
		.where(
			and(
				eq(oneTimeTokens.tokenHash, tokenHash),
				eq(oneTimeTokens.purpose, 'invitation'),
				isNull(oneTimeTokens.usedAt),
				gt(oneTimeTokens.expiresAt, now)
			)
		)
		.limit(1);
	if (!row) return undefined;
	return { ...row, participant: joinedParticipant(row.participant) };
}

/** Marks the token used unless someone else did first; returns whether this call won. */
export async function claimOneTimeToken(q: Queryable, id: string, now: Date): Promise<boolean> {
	const claimed = await q
		.update(oneTimeTokens)
		.set({ usedAt: now })
		.where(and(eq(oneTimeTokens.id, id), isNull(oneTimeTokens.usedAt)))
		.returning({ id: oneTimeTokens.id });
	return claimed.length === 1;
}

/** Closes every open invitation of a person, so only the newest link, or none, still works. */
export async function closeInvitationsOfUser(
	q: Queryable,
	userId: string,
	now: Date
): Promise<void> {
	await q
		.update(oneTimeTokens)
		.set({ usedAt: now })
		.where(
			and(
				eq(oneTimeTokens.userId, userId),
				eq(oneTimeTokens.purpose, 'invitation'),
				isNull(oneTimeTokens.usedAt)
			)
		);
}
