import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { trainingNominations } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { createEvent } from '../../src/lib/server/calendar/create-event';
import { getDesk } from '../../src/lib/server/desk/get-desk';
import { exportOwnParticipant } from '../../src/lib/server/export/export-own-participant';
import { createNomination } from '../../src/lib/server/training/create-nomination';
import { createTrainingCentre } from '../../src/lib/server/training/create-training-centre';
import { decideNomination } from '../../src/lib/server/training/decide-nomination';
import { getCourse } from '../../src/lib/server/training/get-course';
import { getTrainingCentre } from '../../src/lib/server/training/get-training-centre';
import { listNominations } from '../../src/lib/server/training/list-nominations';
import { listOwnNominations } from '../../src/lib/server/training/list-own-nominations';
import { listTrainingCentres } from '../../src/lib/server/training/list-training-centres';
import { offerSeats } from '../../src/lib/server/training/offer-seats';
import { setCourseDetails } from '../../src/lib/server/training/set-course-details';
import type { NominateInput } from '../../src/lib/server/training/schemas';
import { newTestNetwork, type TestUser } from './support/factories';
import { openTestDatabase, testDbKind } from './support/test-db';
import { centreInput, courseInput } from './training-fixtures';

async function statusOf(work: Promise<unknown>): Promise<number> {
	try {
		await work;
		return 200;
	} catch (error) {
		return (error as { status?: number }).status ?? 500;
	}
}

describe(`training courses on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let codes: { org: string; a: string; b: string; c: string };
	let u: Record<'orgEditor' | 'aFocal' | 'aEditor' | 'bFocal' | 'cFocal' | 'admin', TestUser>;
	let courseId: string;

	const person = (code: string, name: string, gender: NominateInput['gender']): NominateInput => ({
		participantCode: code,
		name,
		rank: 'Capitán',
		gender,
		email: `${name.toLowerCase().replace(/\s/g, '.')}@example.test`,
		role: 'Observador militar'
	});
	const statusesById = async () =>
		new Map(
			(await listNominations(u.orgEditor.ctx, network.slug, courseId)).map((n) => [
				n.name,
				n.status
			])
		);

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
		const org = await network.newParticipant('member');
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const c = await network.newParticipant('observer');
		codes = { org: org.code, a: a.code, b: b.code, c: c.code };
		u = {
			orgEditor: await network.newUser(org, { role: 'editor' }),
			aFocal: await network.newUser(a, { role: 'focal_point' }),
			aEditor: await network.newUser(a, { role: 'editor' }),
			bFocal: await network.newUser(b, { role: 'focal_point' }),
			cFocal: await network.newUser(c, { role: 'focal_point' }),
			admin: await network.newUser(null, { admin: true })
		};
		({ id: courseId } = await createEvent(u.orgEditor.ctx, network.slug, courseInput()));
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('registers centres for the owning participant’s focal points and administrators only', async () => {
		const { id } = await createTrainingCentre(u.aFocal.ctx, network.slug, centreInput());
		expect((await getTrainingCentre(u.bFocal.ctx, network.slug, id)).centre.ownerCode).toBe(
			codes.a
		);
		// An editor is not a focal point; a focal point does not register another's centre.
		expect(await statusOf(createTrainingCentre(u.aEditor.ctx, network.slug, centreInput()))).toBe(
			403
		);
		expect(
			await statusOf(
				createTrainingCentre(u.aFocal.ctx, network.slug, centreInput({ ownerCode: codes.b }))
			)
		).toBe(403);
		expect(
			await statusOf(
				createTrainingCentre(u.aFocal.ctx, network.slug, centreInput({ ownerCode: 'NOPE' }))
			)
		).toBe(422);
		expect(
			await statusOf(createTrainingCentre(network.anonymous, network.slug, centreInput()))
		).toBe(401);
		const own = await createTrainingCentre(
			u.admin.ctx,
			network.slug,
			centreInput({ ownerCode: codes.b, releasability: { level: 'owner' } })
		);
		// An owner-only centre stays with its participant.
		expect(await statusOf(getTrainingCentre(u.aFocal.ctx, network.slug, own.id))).toBe(404);
		expect(await statusOf(getTrainingCentre(u.bFocal.ctx, network.slug, own.id))).toBe(200);
		const listed = await listTrainingCentres(u.aFocal.ctx, network.slug);
		expect(listed.items.map((c) => c.id)).toEqual([id]);
		expect(listed.policies.canCreate).toBe(true);
		expect((await listTrainingCentres(u.aEditor.ctx, network.slug)).policies.canCreate).toBe(false);
	});

	it('lets only the organiser set a course’s details, linked to a centre it can see', async () => {
		const { id: centreId } = await createTrainingCentre(u.aFocal.ctx, network.slug, centreInput());
		const details = {
			centreId,
			instructionLanguages: ['es' as const, 'en' as const],
			prerequisites: { es: 'Oficiales con inglés' }
		};
		expect(await statusOf(setCourseDetails(u.aFocal.ctx, network.slug, courseId, details))).toBe(
			403
		);
		expect(
			await statusOf(setCourseDetails(network.anonymous, network.slug, courseId, details))
		).toBe(401);
		await setCourseDetails(u.orgEditor.ctx, network.slug, courseId, details);
		const { course } = await getCourse(u.bFocal.ctx, network.slug, courseId);
		expect(course.centre?.id).toBe(centreId);
		expect(course.instructionLanguages).toEqual(['es', 'en']);
		const { courses } = await getTrainingCentre(u.bFocal.ctx, network.slug, centreId);
		expect(courses.map((c) => c.id)).toEqual([courseId]);
		// A meeting is not a course.
		const { id: meeting } = await createEvent(
			u.orgEditor.ctx,
			network.slug,
			courseInput({ kind: 'working_group' })
		);
		expect(await statusOf(setCourseDetails(u.orgEditor.ctx, network.slug, meeting, details))).toBe(
			409
		);
	});

	it('seats nominees, waitlists the extra ones and moves them up when a seat frees', async () => {
		// Nobody nominates before seats are offered.
		expect(
			await statusOf(
				createNomination(u.aFocal.ctx, network.slug, courseId, person(codes.a, 'Early', 'male'))
			)
		).toBe(409);
		// Only the organiser offers seats.
		expect(
			await statusOf(
				offerSeats(u.aFocal.ctx, network.slug, courseId, { participantCode: codes.a, seats: 5 })
			)
		).toBe(403);
		await offerSeats(u.orgEditor.ctx, network.slug, courseId, {
			participantCode: codes.a,
			seats: 1
		});
		await offerSeats(u.orgEditor.ctx, network.slug, courseId, { participantCode: null, seats: 1 });

		// A nominates three: its own seat, the shared one, then the waitlist. B finds no seat.
		const nominate = (
			user: TestUser,
			code: string,
			name: string,
			gender: NominateInput['gender']
		) => createNomination(user.ctx, network.slug, courseId, person(code, name, gender));
		expect((await nominate(u.aFocal, codes.a, 'Ana Uno', 'female')).status).toBe('nominated');
		expect((await nominate(u.aFocal, codes.a, 'Beto Dos', 'male')).status).toBe('nominated');
		const aThird = await nominate(u.aFocal, codes.a, 'Carla Tres', 'female');
		expect(aThird.status).toBe('waitlisted');
		const bFirst = await nominate(u.bFocal, codes.b, 'Diego Cuatro', 'male');
		expect(bFirst.status).toBe('waitlisted');

		// Wrong participant: a focal point nominates only into its own participant's seats, an
		// editor not at all.
		expect(await statusOf(nominate(u.aFocal, codes.b, 'Forged', 'male'))).toBe(403);
		expect(await statusOf(nominate(u.aEditor, codes.a, 'Editor pick', 'male'))).toBe(403);

		const { course } = await getCourse(u.cFocal.ctx, network.slug, courseId);
		expect(course.seats).toEqual({ offered: 2, held: 2, accepted: 0, waitlisted: 2 });

		// The organiser cannot take back seats that nominees hold.
		expect(
			await statusOf(
				offerSeats(u.orgEditor.ctx, network.slug, courseId, { participantCode: null, seats: 0 })
			)
		).toBe(409);

		const all = await listNominations(u.orgEditor.ctx, network.slug, courseId);
		const id = (name: string) => all.find((n) => n.name === name)!.id;
		// Wrong participant on the decision: the nominator may not decide (403), another
		// participant does not see the nomination (404).
		const decide = (
			user: TestUser,
			name: string,
			decision: 'accepted' | 'waitlisted' | 'declined'
		) => decideNomination(user.ctx, network.slug, courseId, id(name), { decision });
		expect(await statusOf(decide(u.aFocal, 'Ana Uno', 'accepted'))).toBe(403);
		expect(await statusOf(decide(u.bFocal, 'Ana Uno', 'accepted'))).toBe(404);
		expect(await statusOf(decide(u.admin, 'Ana Uno', 'accepted'))).toBe(404);
		// A waitlisted nominee is accepted only into a free seat.
		expect(await statusOf(decide(u.orgEditor, 'Diego Cuatro', 'accepted'))).toBe(409);

		await decide(u.orgEditor, 'Ana Uno', 'accepted');
		// Declining the pool seat's holder moves the earliest waitlisted up.
		const { movedUp } = await decide(u.orgEditor, 'Beto Dos', 'declined');
		expect(movedUp).toEqual([aThird.id]);
		expect(await statusesById()).toEqual(
			new Map([
				['Ana Uno', 'accepted'],
				['Beto Dos', 'declined'],
				['Carla Tres', 'nominated'],
				['Diego Cuatro', 'waitlisted']
			])
		);
		// Waitlisting one does not bounce it back; the next in line takes the seat.
		await decide(u.orgEditor, 'Carla Tres', 'waitlisted');
		expect((await statusesById()).get('Diego Cuatro')).toBe('nominated');
		expect((await statusesById()).get('Carla Tres')).toBe('waitlisted');
		await decide(u.orgEditor, 'Diego Cuatro', 'accepted');
		// More seats move the waitlist up.
		const more = await offerSeats(u.orgEditor.ctx, network.slug, courseId, {
			participantCode: null,
			seats: 2
		});
		expect(more.movedUp).toHaveLength(1);
		await decide(u.orgEditor, 'Carla Tres', 'accepted');

		const after = await getCourse(u.bFocal.ctx, network.slug, courseId);
		expect(after.course.seats).toEqual({ offered: 3, held: 3, accepted: 3, waitlisted: 0 });
		expect(after.course.womenShare).toBeCloseTo(2 / 3);
	});

	it('shows a nominee’s personal data only to its participant and the organiser', async () => {
		const names = async (user: TestUser) =>
			(await listNominations(user.ctx, network.slug, courseId)).map((n) => n.name).sort();
		expect(await names(u.orgEditor)).toEqual(['Ana Uno', 'Beto Dos', 'Carla Tres', 'Diego Cuatro']);
		expect(await names(u.aEditor)).toEqual(['Ana Uno', 'Beto Dos', 'Carla Tres']);
		expect(await names(u.bFocal)).toEqual(['Diego Cuatro']);
		expect(await names(u.cFocal)).toEqual([]);
		// The course is the network's: to a visitor it does not exist.
		expect(await statusOf(listNominations(network.anonymous, network.slug, courseId))).toBe(404);
		// The database refuses a query that skips the code check.
		for (const [user, expected] of [
			[u.bFocal, 1],
			[u.cFocal, 0],
			[u.admin, 0]
		] as const) {
			const rows = await withActor(handle.db, user.actor, (tx) =>
				tx
					.select({ email: trainingNominations.email })
					.from(trainingNominations)
					.where(eq(trainingNominations.eventId, courseId))
			);
			expect(rows).toHaveLength(expected);
			// Nor may a nominator change a status: deciding is the organiser's.
			const changed = await withActor(handle.db, user.actor, (tx) =>
				tx
					.update(trainingNominations)
					.set({ status: 'accepted', waitlistedAt: null })
					.where(eq(trainingNominations.eventId, courseId))
					.returning({ id: trainingNominations.id })
			);
			expect(changed).toHaveLength(0);
		}
		const own = await listOwnNominations(u.bFocal.ctx, network.slug);
		expect(own.map((n) => [n.name, n.status, n.course.id])).toEqual([
			['Diego Cuatro', 'accepted', courseId]
		]);
	});

	it('closes nominations once the course is over and refuses participants offered nothing', async () => {
		const late = new Date(Date.UTC(new Date().getUTCFullYear() + 2, 0, 1));
		expect(
			await statusOf(
				createNomination(
					u.aFocal.ctx,
					network.slug,
					courseId,
					person(codes.a, 'Late', 'male'),
					late
				)
			)
		).toBe(409);
		const { id: named } = await createEvent(u.orgEditor.ctx, network.slug, courseInput());
		await offerSeats(u.orgEditor.ctx, network.slug, named, { participantCode: codes.a, seats: 2 });
		expect(
			await statusOf(
				createNomination(u.bFocal.ctx, network.slug, named, person(codes.b, 'Nobody', 'male'))
			)
		).toBe(409);
		expect((await getCourse(u.bFocal.ctx, network.slug, named)).policies.canNominate).toBe(false);
		expect((await getCourse(u.aFocal.ctx, network.slug, named)).policies.canNominate).toBe(true);
	});

	it('puts the women’s share and the decisions awaiting on the desk, and nominations in the export', async () => {
		const { id: next } = await createEvent(u.orgEditor.ctx, network.slug, courseInput());
		await offerSeats(u.orgEditor.ctx, network.slug, next, { participantCode: null, seats: 4 });
		await createNomination(u.bFocal.ctx, network.slug, next, person(codes.b, 'Elena', 'female'));

		const bDesk = await getDesk(u.bFocal.ctx, 'es', new Date(`${courseInput().start}T12:00:00Z`));
		expect(bDesk.training).toMatchObject({ accepted: 1, women: 0, womenShare: 0 });
		const orgDesk = await getDesk(u.orgEditor.ctx, 'es');
		expect(orgDesk.training?.awaitingDecision.map((c) => [c.eventId, c.waiting])).toEqual([
			[next, 1]
		]);

		const exported = await exportOwnParticipant(u.bFocal.ctx, network.slug, codes.b);
		expect((exported.trainingNominations as { name: string }[]).map((n) => n.name).sort()).toEqual([
			'Diego Cuatro',
			'Elena'
		]);
		const centres = await exportOwnParticipant(u.aFocal.ctx, network.slug, codes.a);
		expect((centres.trainingCentres as unknown[]).length).toBeGreaterThan(0);
	});
});
