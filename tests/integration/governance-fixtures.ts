import type { Database } from '../../src/lib/server/db/client';
import { unsafeActorForUser } from '../../src/lib/server/auth/unsafe-actor-for-user';
import { unsafeCreateUser } from '../../src/lib/server/people/unsafe-create-user';
import { unsafeSeedGovernance } from '../../src/lib/server/presidency/seed-governance';
import { openDecision } from '../../src/lib/server/decisions/open-decision';
import { createDeclaration } from '../../src/lib/server/declarations/create-declaration';
import { addParagraph } from '../../src/lib/server/declarations/add-paragraph';
import { proposeAmendment } from '../../src/lib/server/declarations/propose-amendment';

/**
 * Puts a row in every governance table of the seeded network: bodies and adopted declarations
 * from the seed, then, as Paraguay's Presidency, an open observer admission (its history and
 * notifications) and a draft with a proposed amendment.
 */
export async function fillGovernanceTables(db: Database): Promise<void> {
	await unsafeSeedGovernance(db);
	const email = 'presidency@example.test';
	await unsafeCreateUser(db, {
		admin: false,
		network: 'relacopaz',
		participant: 'PRY',
		email,
		name: 'Presidency',
		role: 'focal_point'
	});
	const ctx = { db, actor: await unsafeActorForUser(db, email) };
	await openDecision(ctx, 'relacopaz', {
		kind: 'admit_observer',
		title: { es: 'Admisión de Noruega como observador' },
		text: { es: 'Se propone admitir a Noruega como observador.' },
		deadline: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
		positionsVisibility: 'all',
		subject: { candidate: { code: 'NOR', kind: 'country', name: { es: 'Noruega' } } }
	});
	const { id } = await createDeclaration(ctx, 'relacopaz', {
		conferenceEdition: 3,
		title: { es: 'Declaración de Asunción' }
	});
	const paragraph = await addParagraph(ctx, 'relacopaz', id, {
		part: 'operative',
		text: { es: 'Reafirmar el compromiso con las operaciones de paz.' }
	});
	await proposeAmendment(ctx, 'relacopaz', id, {
		paragraphId: paragraph.id,
		kind: 'replace',
		text: { es: 'Reafirmar el compromiso regional con las operaciones de paz.' },
		justification: 'Precisión'
	});
}
