import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { outbox, situationFollows, users } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { createFeedToken, revokeFeedToken } from '../../src/lib/server/calendar/feed-tokens';
import { getDesk } from '../../src/lib/server/desk/get-desk';
import { createSituationNote } from '../../src/lib/server/situation/create-situation-note';
import { followSituation } from '../../src/lib/server/situation/follow-situation';
import { getMissionFeed } from '../../src/lib/server/situation/get-mission-feed';
import { listSituationFollows } from '../../src/lib/server/situation/list-follows';
import { unsafeSendSituationDigests } from '../../src/lib/server/situation/send-situation-digests';
import { updateSituationNote } from '../../src/lib/server/situation/update-situation-note';
import { openTestDatabase, testDbKind } from './support/test-db';
import { statusOf } from './support/people';
import { noteInput, situationNetwork } from './situation-fixtures';

const origin = 'https://platform.example.test';

describe(`following missions and countries on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let s: Awaited<ReturnType<typeof situationNetwork>>;
	let membersNote: string;
	let publicNote: string;
	let countryNote: string;
	let closedNote: string;

	beforeAll(async () => {
		handle = await openTestDatabase();
		s = await situationNetwork(handle.db);
		// The member and the observer follow UNIFIL; the partner follows the Central African Republic.
		await followSituation(s.memberB.ctx, s.network.slug, { mission: 'unifil' }, true);
		await followSituation(s.observer.ctx, s.network.slug, { mission: 'UNIFIL' }, true);
		await followSituation(s.partnerUser.ctx, s.network.slug, { country: 'CAF' }, true);
		await handle.db.update(users).set({ locale: 'es' }).where(eq(users.id, s.memberB.id));
		membersNote = (
			await createSituationNote(
				s.writerA.ctx,
				s.network.slug,
				noteInput({
					title: { en: 'Members only: checkpoint moved', es: 'Solo miembros: puesto movido' }
				})
			)
		).id;
		publicNote = (
			await createSituationNote(
				s.writerA.ctx,
				s.network.slug,
				noteInput({
					severity: 'advisory',
					title: { en: 'Public: heavy rain expected' },
					releasability: { level: 'public' }
				})
			)
		).id;
		countryNote = (
			await createSituationNote(
				s.writerA.ctx,
				s.network.slug,
				noteInput({
					mission: null,
					countryCode: 'CAF',
					timeZone: 'Africa/Bangui',
					title: { en: 'Network: fuel shortage in Bangui' },
					releasability: { level: 'network' }
				})
			)
		).id;
		closedNote = (
			await createSituationNote(
				s.writerA.ctx,
				s.network.slug,
				noteInput({ title: { en: 'Closed before the digest' }, releasability: { level: 'public' } })
			)
		).id;
		await updateSituationNote(s.writerA.ctx, s.network.slug, closedNote, { closed: true });
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('keeps each follow to its user, once', async () => {
		await followSituation(s.memberB.ctx, s.network.slug, { mission: 'UNIFIL' }, true);
		expect(await listSituationFollows(s.memberB.ctx, s.network.slug)).toEqual({
			canFollow: true,
			missions: ['UNIFIL'],
			countries: []
		});
		const seenByObserver = await withActor(handle.db, s.observer.actor, (tx) =>
			tx.select().from(situationFollows).where(eq(situationFollows.networkId, s.network.id))
		);
		expect(seenByObserver.map((f) => f.userId)).toEqual([s.observer.id]);
		expect(
			await statusOf(followSituation(s.network.anonymous, s.network.slug, { country: 'LBN' }, true))
		).toBe(401);
		expect(
			await statusOf(followSituation(s.memberB.ctx, s.network.slug, { mission: 'NOPE' }, true))
		).toBe(422);
	});

	it('puts on the desk only the followed notes released to the reader', async () => {
		const member = await getDesk(s.memberB.ctx, 'en');
		expect(member.situationNotes.map((n) => n.id).sort()).toEqual([membersNote, publicNote].sort());
		const observer = await getDesk(s.observer.ctx, 'en');
		expect(observer.situationNotes.map((n) => n.id)).toEqual([publicNote]);
		const partner = await getDesk(s.partnerUser.ctx, 'en');
		expect(partner.situationNotes.map((n) => n.id)).toEqual([countryNote]);
		expect(partner.situationNotes[0]).toMatchObject({ country: 'CAF', severity: 'warning' });
		const writer = await getDesk(s.writerA.ctx, 'en');
		expect(writer.situationNotes).toEqual([]);
	});

	it('mails each follower one digest of the new notes released to them, once', async () => {
		const sent = await unsafeSendSituationDigests(handle.db, origin);
		expect(sent).toBe(3);
		const mailTo = async (email: string) =>
			handle.db.select().from(outbox).where(eq(outbox.recipient, email));
		const [memberMail, ...moreMember] = await mailTo(s.memberB.email);
		expect(moreMember).toEqual([]);
		expect(memberMail!.textBody).toContain('Solo miembros: puesto movido');
		expect(memberMail!.textBody).toContain('Public: heavy rain expected');
		expect(memberMail!.textBody).toContain(
			`${origin}/networks/${s.network.slug}/situation-notes/${membersNote}`
		);
		expect(memberMail!.textBody).not.toContain('Closed before the digest');
		const [observerMail] = await mailTo(s.observer.email);
		expect(observerMail!.textBody).toContain('Public: heavy rain expected');
		expect(observerMail!.textBody).not.toContain('checkpoint');
		expect(observerMail!.textBody).not.toContain(membersNote);
		const [partnerMail] = await mailTo(s.partnerUser.email);
		expect(partnerMail!.textBody).toContain('fuel shortage');
		expect(partnerMail!.textBody).not.toContain('heavy rain');
		expect(await mailTo(s.writerA.email)).toEqual([]);
		expect(await unsafeSendSituationDigests(handle.db, origin)).toBe(0);
		expect(await mailTo(s.memberB.email)).toHaveLength(1);
	});

	it('feeds public notes without a key, and the key holder’s notes with one', async () => {
		const entries = (xml: string) =>
			[...xml.matchAll(/<id>urn:uuid:([^<]+)<\/id>/g)].map((m) => m[1]);
		const open = await getMissionFeed(handle.db, s.network.slug, 'unifil', null, 'en', origin);
		expect(entries(open).sort()).toEqual([publicNote, closedNote].sort());
		expect(open).not.toContain('checkpoint');
		const memberKey = await createFeedToken(s.memberB.ctx);
		const observerKey = await createFeedToken(s.observer.ctx);
		const member = await getMissionFeed(
			handle.db,
			s.network.slug,
			'UNIFIL',
			memberKey,
			'es',
			origin
		);
		expect(entries(member)).toContain(membersNote);
		expect(member).toContain('Solo miembros');
		const observer = await getMissionFeed(
			handle.db,
			s.network.slug,
			'UNIFIL',
			observerKey,
			'en',
			origin
		);
		expect(entries(observer)).not.toContain(membersNote);
		expect(entries(observer)).toContain(publicNote);
		await revokeFeedToken(s.memberB.ctx);
		expect(
			await statusOf(getMissionFeed(handle.db, s.network.slug, 'UNIFIL', memberKey, 'en', origin))
		).toBe(404);
		expect(
			await statusOf(getMissionFeed(handle.db, s.network.slug, 'NOPE', null, 'en', origin))
		).toBe(404);
	});
});
