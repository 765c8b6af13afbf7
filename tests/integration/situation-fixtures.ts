import type { Database } from '../../src/lib/server/db/client';
import type { Actor } from '../../src/lib/server/access/actor';
import { missionBriefs, unMissions } from '../../src/lib/server/db/schema';
import { requireNetwork } from '../../src/lib/server/registry/require-network';
import { createSituationNote } from '../../src/lib/server/situation/create-situation-note';
import { followSituation } from '../../src/lib/server/situation/follow-situation';
import { updateSituationNote } from '../../src/lib/server/situation/update-situation-note';
import type { CreateSituationNoteInput } from '../../src/lib/server/situation/schemas';
import type { Upload } from '../../src/lib/server/files/read-upload';
import { newTestNetwork } from './support/factories';

/** Two UN missions as the import writes them; the list is shared by every network. */
export async function ensureMissions(db: Database): Promise<void> {
	await db
		.insert(unMissions)
		.values([
			{
				acronym: 'UNIFIL',
				name: 'United Nations Interim Force in Lebanon',
				location: 'Naqoura',
				longitude: 35.1,
				latitude: 33.1,
				kind: 'pko'
			},
			{
				acronym: 'MINUSCA',
				name: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
				location: 'Bangui',
				longitude: 18.56,
				latitude: 4.36,
				kind: 'pko'
			}
		])
		.onConflictDoNothing();
}

/** A network with two members, an observer and a partner, a writer and a reader for each. */
export async function situationNetwork(db: Database) {
	await ensureMissions(db);
	const network = await newTestNetwork(db);
	const a = await network.newParticipant('member');
	const b = await network.newParticipant('member');
	const obs = await network.newParticipant('observer');
	const partner = await network.newParticipant('partner');
	return {
		network,
		a,
		b,
		obs,
		partner,
		writerA: await network.newUser(a, { role: 'editor' }),
		viewerA: await network.newUser(a, { role: 'viewer' }),
		memberB: await network.newUser(b, { role: 'focal_point' }),
		observer: await network.newUser(obs, { role: 'focal_point' }),
		partnerUser: await network.newUser(partner, { role: 'focal_point' })
	};
}

export function noteInput(
	overrides: Partial<CreateSituationNoteInput> = {}
): CreateSituationNoteInput {
	return {
		mission: 'UNIFIL',
		countryCode: 'LBN',
		placeName: 'Naqoura',
		longitude: null,
		latitude: null,
		observedAt: '2026-03-01T08:30',
		timeZone: 'Asia/Beirut',
		category: 'security',
		severity: 'warning',
		title: { en: 'Road blocked near the base' },
		body: { en: 'Convoys should take the coast road.' },
		releasability: { level: 'members' },
		...overrides
	};
}

/** The smallest PNG there is: a 1×1 transparent pixel. */
export const tinyPng = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

export function pngUpload(filename = 'photo.png'): Upload {
	return { filename, contentType: 'image/png', size: tinyPng.length, data: tinyPng };
}

/** A row in every situation table, written as a member's editor would (and the brief directly). */
export async function fillSituationTables(db: Database, actor: Actor): Promise<void> {
	const ctx = { db, actor };
	const network = await requireNetwork(db, 'relacopaz');
	const { id } = await createSituationNote(
		ctx,
		'relacopaz',
		noteInput({
			title: { es: 'Camino "cortado" \\ norte', en: 'Road cut' },
			body: { es: 'Primera línea\nsegunda línea' },
			releasability: { level: 'named', participants: ['BRA'] }
		}),
		[pngUpload('puente.png')]
	);
	await updateSituationNote(ctx, 'relacopaz', id, { severity: 'critical' });
	await followSituation(ctx, 'relacopaz', { mission: 'UNIFIL' }, true);
	await db.insert(missionBriefs).values({
		networkId: network.id,
		mission: 'UNIFIL',
		mandateSummary: { es: 'Vigilar el cese de hostilidades.' },
		mandateRenewalOn: '2026-08-31',
		hostCountryIso3: 'LBN'
	});
}
