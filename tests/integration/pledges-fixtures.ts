import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';
import {
	capabilityGaps,
	combinedContingents,
	contingentContributions,
	networks,
	participants,
	pledges,
	pledgeVersions,
	users
} from '../../src/lib/server/db/schema';
import type { CreatePledgeInput } from '../../src/lib/server/pledges/schemas';
import type { ReleasabilityLevel } from '../../src/lib/releasability/levels';

/** A pledge input at Level 1 with nothing but the required fields; tests add what they test. */
export function pledgeInput(
	level: ReleasabilityLevel,
	overrides: Partial<CreatePledgeInput> = {},
	named: string[] = []
): CreatePledgeInput {
	return {
		unitType: 'infantry_battalion',
		title: { es: 'Batallón de infantería', en: 'Infantry battalion' },
		personnel: { female: 0, male: 0 },
		readinessLevel: 'level_1',
		releasability: { level, participants: level === 'named' ? named : undefined },
		...overrides
	};
}

/** Everything Level 3 asks for: an assessment visit held, and the three annexes. */
export const levelThreeEvidence = {
	readinessLevel: 'level_3',
	assessmentVisitOn: '2025-10-01',
	assessmentReport: 'AAV report, October 2025',
	personnel: { female: 30, male: 370 },
	equipment: [{ item: 'Armoured personnel carrier', quantity: 12 }],
	selfSustainment: ['catering', 'communications']
} satisfies Partial<CreatePledgeInput>;

export const today = '2026-03-10';

/** A row in every table of the pledges area, for backup tests; the network must be seeded. */
export async function fillPledgeTables(db: Database, userEmail: string): Promise<void> {
	const [network] = await db.select().from(networks).where(eq(networks.slug, 'relacopaz'));
	const code = async (c: string) =>
		(
			await db
				.select({ id: participants.id })
				.from(participants)
				.where(and(eq(participants.networkId, network!.id), eq(participants.code, c)))
		)[0]!.id;
	const [arg, bra, pry] = [await code('ARG'), await code('BRA'), await code('PRY')];
	const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, userEmail));
	const pledgeId = randomUUID();
	const contingentId = randomUUID();
	await db.insert(pledges).values({
		id: pledgeId,
		networkId: network!.id,
		ownerId: arg,
		level: 'named',
		releasedTo: [bra],
		unitType: 'engineer_company',
		title: { es: 'Compañía de ingenieros «Sur»', en: 'Engineer company "South"' },
		female: 18,
		male: 142,
		equipment: [{ item: 'Excavadora', quantity: 3 }],
		selfSustainment: ['catering', 'tentage'],
		readinessLevel: 'level_3',
		availableFrom: '2026-01-01',
		assessmentVisitOn: '2025-05-20',
		assessmentReport: 'Informe AAV\ncon saltos',
		languages: ['es', 'en'],
		createdBy: user!.id
	});
	await db.insert(pledgeVersions).values({
		pledgeId,
		version: 1,
		networkId: network!.id,
		ownerId: arg,
		content: { unitType: 'engineer_company' },
		changedBy: user!.id,
		changedByLabel: userEmail
	});
	await db.insert(combinedContingents).values({
		id: contingentId,
		networkId: network!.id,
		ownerId: arg,
		level: 'members',
		title: { es: 'Batallón binacional' },
		template: 'infantry_battalion'
	});
	await db.insert(contingentContributions).values({
		contingentId,
		pledgeId,
		networkId: network!.id,
		ownerId: arg,
		addedBy: user!.id
	});
	await db.insert(capabilityGaps).values({
		networkId: network!.id,
		ownerId: pry,
		level: 'network',
		unitType: 'level_2_hospital',
		minimumLevel: 'level_2',
		title: { en: 'Level-2 hospital' },
		mission: 'UNMISS'
	});
}
