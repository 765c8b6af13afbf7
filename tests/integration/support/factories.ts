import { randomBytes } from 'node:crypto';
import type { Database } from '../../../src/lib/server/db/client';
import { networks, participants, users } from '../../../src/lib/server/db/schema';
import type { Actor } from '../../../src/lib/server/access/actor';
import { anonymousActor, operatorActor } from '../../../src/lib/server/access/actor';
import { addParticipant } from '../../../src/lib/server/registry/add-participant';
import { createNetwork } from '../../../src/lib/server/registry/create-network';
import { and, eq } from 'drizzle-orm';
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
export async function newTestNetwork(
	db: Database,
	options: {
		/** Created as an administrator would: through the registry's use cases, audited. */
		throughRegistry?: boolean;
	} = {}
) {
	const slug = `net-${suffix()}`;
	const operator: Ctx = { db, actor: operatorActor };
	let networkId: string;
	if (options.throughRegistry) {
		const name = { es: slug, en: slug, pt: slug, fr: slug };
		({ id: networkId } = await createNetwork(operator, {
			slug,
			acronym: slug.toUpperCase(),
			name,
			description: {},
			region: '419',
			defaultLanguage: 'es',
			timeZone: 'America/Lima'
		}));
	} else {
		const [network] = await db
			.insert(networks)
			.values({ slug, acronym: slug.toUpperCase(), name: { es: slug, en: slug } })
			.returning();
		networkId = network!.id;
	}
	let counter = 0;

	async function newParticipant(
		status: Status = 'member',
		code?: string
	): Promise<TestParticipant> {
		counter++;
		if (options.throughRegistry) {
			const participantCode = code ?? `p${counter}${suffix().slice(0, 3)}`;
			const name = {
				es: participantCode,
				en: participantCode,
				pt: participantCode,
				fr: participantCode
			};
			await addParticipant(operator, slug, {
				kind: 'organization',
				code: participantCode,
				name,
				status,
				ministry: {}
			});
			const [row] = await db
				.select()
				.from(participants)
				.where(and(eq(participants.networkId, networkId), eq(participants.code, participantCode)));
			return { id: row!.id, code: participantCode, status, networkId };
		}
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
