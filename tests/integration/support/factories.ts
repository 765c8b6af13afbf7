import { randomBytes } from 'node:crypto';
import type { Database } from '../../../src/lib/server/db/client';
import { networks, participants, users } from '../../../src/lib/server/db/schema';
import type { Actor } from '../../../src/lib/server/access/actor';
import { anonymousActor } from '../../../src/lib/server/access/actor';
import type { Ctx } from '../../../src/lib/server/context';

export type Status = 'member' | 'observer' | 'partner';
export type Role = 'focal_point' | 'editor' | 'viewer';

export interface TestParticipant {
	id: string;
	code: string;
	status: Status;
	networkId: string;
}

export interface TestUser {
	id: string;
	email: string;
	actor: Actor;
	ctx: Ctx;
}

const suffix = () => randomBytes(4).toString('hex');

/**
 * Factories for one test: each test context lives in its own random network, so tests never see
 * each other's rows.
 */
export async function newTestNetwork(db: Database) {
	const slug = `net-${suffix()}`;
	const [network] = await db
		.insert(networks)
		.values({ slug, acronym: slug.toUpperCase(), name: { es: slug, en: slug } })
		.returning();
	const networkId = network!.id;
	let counter = 0;

	async function newParticipant(
		status: Status = 'member',
		code?: string
	): Promise<TestParticipant> {
		counter++;
		const participantCode = code ?? `P${counter}${suffix().slice(0, 3).toUpperCase()}`;
		const [row] = await db
			.insert(participants)
			.values({
				networkId,
				code: participantCode,
				kind: 'country',
				status,
				name: { es: participantCode, en: participantCode }
			})
			.returning();
		return { id: row!.id, code: row!.code, status, networkId };
	}

	async function newUser(
		participant: TestParticipant | null,
		options: { role?: Role; admin?: boolean; active?: boolean } = {}
	): Promise<TestUser> {
		const email = `u-${suffix()}@example.test`;
		const role = participant ? (options.role ?? 'editor') : null;
		const [row] = await db
			.insert(users)
			.values({
				email,
				name: email,
				participantId: participant?.id ?? null,
				role,
				isAdmin: options.admin ?? false,
				active: options.active ?? true
			})
			.returning();
		const actor: Actor = {
			userId: row!.id,
			email,
			isAdmin: options.admin ?? false,
			participant: participant
				? { id: participant.id, code: participant.code, networkId, status: participant.status }
				: null,
			role
		};
		return { id: row!.id, email, actor, ctx: { db, actor } };
	}

	return {
		slug,
		id: networkId,
		newParticipant,
		newUser,
		anonymous: { db, actor: anonymousActor } satisfies Ctx
	};
}
