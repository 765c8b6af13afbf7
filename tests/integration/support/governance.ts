import { eq } from 'drizzle-orm';
import type { Database } from '../../../src/lib/server/db/client';
import {
	documents,
	governanceBodies,
	governanceBodyMembers,
	presidencyTerms,
	signatures,
	users
} from '../../../src/lib/server/db/schema';
import type { CreateDecisionInput } from '../../../src/lib/server/decisions/schemas';
import { newTestNetwork, type TestParticipant } from './factories';

export const hour = 60 * 60 * 1000;

/**
 * A network with a Presidency (PRES), two more member signatories (A, B), a member that signed
 * nothing, an observer, a partner, and a Secretariat member (SEC, also a signatory); a focal
 * point for each.
 */
export async function governanceNetwork(db: Database) {
	const network = await newTestNetwork(db);
	const pres = await network.newParticipant('member');
	const a = await network.newParticipant('member');
	const b = await network.newParticipant('member');
	const sec = await network.newParticipant('member');
	const unsigned = await network.newParticipant('member');
	const observer = await network.newParticipant('observer');
	const partner = await network.newParticipant('partner');
	const [declaration] = await db
		.insert(documents)
		.values({
			networkId: network.id,
			ownerId: pres.id,
			level: 'public',
			title: 'Declaration',
			kind: 'declaration',
			language: 'es'
		})
		.returning();
	await db.insert(signatures).values(
		[pres, a, b, sec].map((p) => ({
			participantId: p.id,
			documentId: declaration!.id,
			signerName: `Signer ${p.code}`,
			signerTitle: 'Minister'
		}))
	);
	await db
		.insert(presidencyTerms)
		.values({ networkId: network.id, participantId: pres.id, startsOn: '2020-01-01' });
	const [body] = await db
		.insert(governanceBodies)
		.values({
			networkId: network.id,
			kind: 'secretariat',
			code: 'secretariat',
			name: { es: 'Secretaría Técnica' }
		})
		.returning();
	await db.insert(governanceBodyMembers).values({ bodyId: body!.id, participantId: sec.id });
	const focal = (p: TestParticipant) => network.newUser(p, { role: 'focal_point' });
	return {
		network,
		participants: { pres, a, b, sec, unsigned, observer, partner },
		presUser: await focal(pres),
		aUser: await focal(a),
		bUser: await focal(b),
		secUser: await focal(sec),
		unsignedUser: await focal(unsigned),
		observerUser: await focal(observer),
		partnerUser: await focal(partner),
		aViewer: await network.newUser(a, { role: 'viewer' })
	};
}

export function decisionInput(
	deadline: Date,
	overrides: Partial<CreateDecisionInput> = {}
): CreateDecisionInput {
	return {
		kind: 'general',
		title: { es: 'Aprobar el informe', en: 'Approve the report' },
		text: { es: 'Se propone aprobar el informe.' },
		deadline: deadline.toISOString(),
		positionsVisibility: 'all',
		subject: {},
		...overrides
	};
}

export async function setUserMail(
	db: Database,
	id: string,
	values: { locale?: string; timeZone?: string; email?: string }
) {
	await db.update(users).set(values).where(eq(users.id, id));
}
