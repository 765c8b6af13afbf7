import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { missionBriefs, presidencyTerms } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { exportOwnParticipant } from '../../src/lib/server/export/export-own-participant';
import { createSituationNote } from '../../src/lib/server/situation/create-situation-note';
import { getMissionBrief } from '../../src/lib/server/situation/get-mission-brief';
import { updateMissionBrief } from '../../src/lib/server/situation/update-mission-brief';
import { updateSituationNote } from '../../src/lib/server/situation/update-situation-note';
import { openTestDatabase, testDbKind } from './support/test-db';
import { statusOf } from './support/people';
import { noteInput, situationNetwork } from './situation-fixtures';

describe(`mission briefs and the export of notes on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let s: Awaited<ReturnType<typeof situationNetwork>>;
	let presidency: Awaited<ReturnType<typeof s.network.newUser>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		s = await situationNetwork(handle.db);
		const chair = await s.network.newParticipant('member');
		await handle.db
			.insert(presidencyTerms)
			.values({ networkId: s.network.id, participantId: chair.id, startsOn: '2000-01-01' });
		presidency = await s.network.newUser(chair, { role: 'editor' });
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('is written by the Presidency and the partners, and read by everyone', async () => {
		await updateMissionBrief(presidency.ctx, s.network.slug, 'unifil', {
			mandateSummary: { es: 'Vigilar el cese de hostilidades.' },
			mandateRenewalOn: '2026-08-31',
			hostCountry: 'LBN'
		});
		const brief = await getMissionBrief(s.network.anonymous, s.network.slug, 'UNIFIL', 'en');
		expect(brief).toMatchObject({
			acronym: 'UNIFIL',
			headquarters: 'Naqoura',
			hostCountry: 'LBN',
			hostCountryName: 'Lebanon',
			mandateRenewalOn: '2026-08-31',
			mandateSummary: { es: 'Vigilar el cese de hostilidades.' },
			canEdit: false
		});
		expect(brief.updatedByCode).not.toBeNull();
		await updateMissionBrief(s.partnerUser.ctx, s.network.slug, 'UNIFIL', {
			mandateSummary: { fr: 'Surveiller la cessation des hostilités.' }
		});
		const changed = await getMissionBrief(s.partnerUser.ctx, s.network.slug, 'UNIFIL', 'fr');
		expect(changed.mandateSummary).toEqual({ fr: 'Surveiller la cessation des hostilités.' });
		expect(changed.canEdit).toBe(true);
		expect((await getMissionBrief(presidency.ctx, s.network.slug, 'UNIFIL', 'es')).canEdit).toBe(
			true
		);
	});

	it('refuses other participants, in code and in the database', async () => {
		const input = { mandateSummary: { en: 'Rewritten by a member' } };
		expect(await statusOf(updateMissionBrief(s.memberB.ctx, s.network.slug, 'UNIFIL', input))).toBe(
			403
		);
		expect(
			await statusOf(updateMissionBrief(s.observer.ctx, s.network.slug, 'UNIFIL', input))
		).toBe(403);
		expect(
			await statusOf(updateMissionBrief(s.network.anonymous, s.network.slug, 'UNIFIL', input))
		).toBe(401);
		expect(await statusOf(updateMissionBrief(presidency.ctx, s.network.slug, 'NOPE', input))).toBe(
			404
		);
		await expect(
			withActor(handle.db, s.memberB.actor, (tx) =>
				tx.insert(missionBriefs).values({
					networkId: s.network.id,
					mission: 'MINUSCA',
					mandateSummary: { en: 'forged' }
				})
			)
		).rejects.toThrow();
		expect(await statusOf(getMissionBrief(s.memberB.ctx, s.network.slug, 'NOPE', 'en'))).toBe(404);
	});

	it('exports a participant’s notes with every version, and no one else’s', async () => {
		const focalA = await s.network.newUser(s.a, { role: 'focal_point' });
		const { id } = await createSituationNote(
			s.writerA.ctx,
			s.network.slug,
			noteInput({ releasability: { level: 'named', participants: [s.b.code] } })
		);
		await updateSituationNote(s.writerA.ctx, s.network.slug, id, { closed: true });
		await createSituationNote(
			s.memberB.ctx,
			s.network.slug,
			noteInput({ title: { en: 'B’s note' } })
		);
		const data = await exportOwnParticipant(focalA.ctx, s.network.slug, s.a.code);
		const notes = data.situationNotes as {
			id: string;
			releasability: { participants: string[] };
			closedAt: unknown;
			versions: { number: number; snapshot: { releasedTo: string[] } }[];
		}[];
		expect(notes.map((n) => n.id)).toEqual([id]);
		expect(notes[0]!.releasability.participants).toEqual([s.b.code]);
		expect(notes[0]!.closedAt).not.toBeNull();
		expect(notes[0]!.versions.map((v) => v.number)).toEqual([1, 2]);
		expect(notes[0]!.versions[0]!.snapshot.releasedTo).toEqual([s.b.code]);
	});
});
