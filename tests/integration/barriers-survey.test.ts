import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { barrierSurveyResponses } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { answerSurvey } from '../../src/lib/server/barriers/answer-survey';
import { createAssessment } from '../../src/lib/server/barriers/create-assessment';
import { findSurvey } from '../../src/lib/server/barriers/find-survey';
import { getSurveyResults } from '../../src/lib/server/barriers/get-survey-results';
import { openSurvey } from '../../src/lib/server/barriers/open-survey';
import { updateAssessment } from '../../src/lib/server/barriers/update-assessment';
import { exportOwnParticipant } from '../../src/lib/server/export/export-own-participant';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import { recordEveryArea, surveyAnswer } from './barriers-fixtures';

/** The rows of a raw query, from either driver. */
function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

describe(`the anonymous barrier survey on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let owner: Awaited<ReturnType<typeof network.newUser>>;
	let other: Awaited<ReturnType<typeof network.newUser>>;
	let admin: Awaited<ReturnType<typeof network.newUser>>;
	let ownerCode: string;
	let assessmentId: string;
	let token: string;
	const nonces: string[] = [];
	const origin = 'https://platform.example.test';

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		ownerCode = a.code;
		owner = await network.newUser(a, { role: 'focal_point' });
		other = await network.newUser(b, { role: 'focal_point' });
		admin = await network.newUser(null, { admin: true });
		({ id: assessmentId } = await createAssessment(owner.ctx, network.slug, {
			year: 2026,
			scope: 'armed_forces',
			notes: '',
			releasability: { level: 'members' }
		}));
		({ token } = await openSurvey(owner.ctx, network.slug, assessmentId, origin));
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function answer(gender: 'woman' | 'man' | 'other' | 'undisclosed', level: number) {
		const nonce = `nonce-${Math.random().toString(36).slice(2)}-${nonces.length}`;
		nonces.push(nonce);
		return answerSurvey(network.anonymous, token, surveyAnswer(gender, level, nonce));
	}

	it('opens with a public link that shows whose survey it is and nothing more', async () => {
		const found = await findSurvey(network.anonymous, token);
		expect(found).toMatchObject({ open: true, year: 2026, scope: 'armed_forces' });
		await expect(findSurvey(network.anonymous, 'x'.repeat(32))).rejects.toMatchObject({
			status: 404
		});
	});

	it('shows nothing for 9 answers and aggregates once 10 have come', async () => {
		for (let i = 0; i < 9; i++) await answer(i < 5 ? 'woman' : 'man', (i % 5) + 1);
		const nine = await getSurveyResults(owner.ctx, network.slug, assessmentId);
		expect(nine).toMatchObject({ received: 9, released: 0, groups: [] });

		await answer('man', 5);
		const ten = (await getSurveyResults(owner.ctx, network.slug, assessmentId))!;
		expect(ten.received).toBe(10);
		expect(ten.released).toBe(10);
		// Five women and five men: too few for either group, so only everyone's results show.
		expect(ten.groups.map((g) => g.group)).toEqual(['all']);
		expect(ten.breakdownWithheld).toBe(true);
		const all = ten.groups[0]!;
		expect(all.respondents).toBe(10);
		expect(all.areas).toHaveLength(10);
		expect(all.areas[0]!.distribution).toEqual([2, 2, 2, 2, 2]);
	});

	it('releases in whole groups of ten and breaks down by gender only when no group is under ten', async () => {
		// 15 answers: still the first ten only.
		for (let i = 0; i < 5; i++) await answer('woman', 4);
		const fifteen = (await getSurveyResults(owner.ctx, network.slug, assessmentId))!;
		expect(fifteen).toMatchObject({ received: 15, released: 10 });
		// 20 answers: ten women and ten men, each group shown.
		for (let i = 0; i < 5; i++) await answer('man', 2);
		const twenty = (await getSurveyResults(owner.ctx, network.slug, assessmentId))!;
		expect(twenty.released).toBe(20);
		expect(twenty.groups.map((g) => [g.group, g.respondents])).toEqual([
			['all', 20],
			['woman', 10],
			['man', 10]
		]);
		expect(twenty.breakdownWithheld).toBe(false);
		for (const group of twenty.groups) {
			for (const area of group.areas) {
				expect(area.distribution.reduce((s, n) => s + n, 0)).toBe(group.respondents);
			}
		}
		// 30 answers with ten of another gender or unsaid: every group still at least ten.
		for (let i = 0; i < 10; i++) await answer(i % 2 === 0 ? 'other' : 'undisclosed', 3);
		const thirty = (await getSurveyResults(owner.ctx, network.slug, assessmentId))!;
		expect(thirty.groups.map((g) => [g.group, g.respondents])).toEqual([
			['all', 30],
			['woman', 10],
			['man', 10],
			['other', 10]
		]);
	});

	it('counts a form sent twice once', async () => {
		const again = await answerSurvey(network.anonymous, token, surveyAnswer('woman', 1, nonces[0]));
		expect(again.recorded).toBe(false);
		const [count] = rowsOf<{ n: string | number }>(
			await handle.db.execute(
				sql`SELECT count(*) AS n FROM barrier_survey_responses r JOIN barrier_surveys s ON s.id = r.survey_id WHERE s.token = ${token}`
			)
		);
		expect(Number(count!.n)).toBe(30);
	});

	it('stores no identity and no time finer than the day', async () => {
		const columns = rowsOf<{ column_name: string; data_type: string }>(
			await handle.db.execute(
				sql`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'barrier_survey_responses' ORDER BY column_name`
			)
		);
		expect(columns.map((c) => c.column_name)).toEqual([
			'answered_on',
			'answers',
			'gender',
			'nonce',
			'seq',
			'survey_id'
		]);
		expect(columns.find((c) => c.column_name === 'answered_on')!.data_type).toBe('date');
		// A signed-in person who answers is not recorded either: the answer runs as nobody.
		const before = rowsOf<{ n: string | number }>(
			await handle.db.execute(sql`SELECT count(*) AS n FROM audit_log`)
		)[0]!.n;
		await answerSurvey(other.ctx, token, surveyAnswer('woman', 2));
		const after = rowsOf<{ n: string | number }>(
			await handle.db.execute(sql`SELECT count(*) AS n FROM audit_log`)
		)[0]!.n;
		expect(Number(after)).toBe(Number(before));
	});

	it('lets nobody read a single answer through the application role, administrators included', async () => {
		for (const who of [owner, other, admin]) {
			await expect(
				withActor(handle.db, who.actor, (tx) => tx.select().from(barrierSurveyResponses))
			).rejects.toThrow();
			await expect(
				withActor(handle.db, who.actor, (tx) =>
					tx.execute(sql`SELECT * FROM barrier_survey_aggregate(gen_random_uuid())`)
				)
			).rejects.toThrow();
			await expect(
				withActor(handle.db, who.actor, (tx) =>
					tx.insert(barrierSurveyResponses).values({
						surveyId: '00000000-0000-0000-0000-000000000000',
						answeredOn: '2026-01-01',
						gender: 'woman',
						answers: {},
						nonce: 'forged-nonce-0123456789'
					})
				)
			).rejects.toThrow();
		}
	});

	it('keeps results of an unpublished assessment from other participants', async () => {
		await expect(getSurveyResults(other.ctx, network.slug, assessmentId)).rejects.toMatchObject({
			status: 404
		});
		const surveyId = rowsOf<{ id: string }>(
			await handle.db.execute(sql`SELECT id FROM barrier_surveys WHERE token = ${token}`)
		)[0]!.id;
		// Even asked directly, the database answers an outsider with nothing.
		const direct = await withActor(handle.db, other.actor, async (tx) => ({
			rows: rowsOf(await tx.execute(sql`SELECT * FROM app_barrier_survey_results(${surveyId})`)),
			count: rowsOf<{ n: number | null }>(
				await tx.execute(sql`SELECT app_barrier_survey_answer_count(${surveyId}) AS n`)
			)[0]!.n
		}));
		expect(direct).toEqual({ rows: [], count: null });
	});

	it('exports the survey only as the aggregates its readers see', async () => {
		const data = await exportOwnParticipant(owner.ctx, network.slug, ownerCode);
		const [exported] = data.barrierAssessments as {
			id: string;
			survey: { results: { released: number; groups: { respondents: number }[] } };
		}[];
		expect(exported!.id).toBe(assessmentId);
		expect(exported!.survey.results.released).toBe(30);
		expect(exported!.survey.results.groups.every((g) => g.respondents >= 10)).toBe(true);
		const text = JSON.stringify(data);
		for (const nonce of nonces) expect(text).not.toContain(nonce);
		expect(text).not.toContain('answered_on');
		expect(text).not.toContain('answeredOn');
	});

	it('stops taking answers once the assessment is published', async () => {
		await recordEveryArea(owner.ctx, network.slug, assessmentId);
		await updateAssessment(owner.ctx, network.slug, assessmentId, { status: 'published' });
		await expect(
			answerSurvey(network.anonymous, token, surveyAnswer('woman', 3))
		).rejects.toMatchObject({ status: 409 });
		// Published to members, its results are now theirs to read, in the same groups.
		const seen = await getSurveyResults(other.ctx, network.slug, assessmentId);
		expect(seen!.released).toBe(30);
	});
});
