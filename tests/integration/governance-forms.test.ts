import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import type { Ctx } from '../../src/lib/server/context';
import { getDecision } from '../../src/lib/server/decisions/get-decision';
import * as newDecisionPage from '../../src/routes/networks/[network]/decisions/new/+page.server';
import { openTestDatabase, testDbKind } from './support/test-db';
import { governanceNetwork, hour } from './support/governance';

function postRequest(fields: Record<string, string>): Request {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	return new Request('http://localhost/form', { method: 'POST', body: form });
}

function event(ctx: Ctx, network: string, extra: Record<string, unknown> = {}) {
	return {
		locals: { ctx, user: null },
		params: { network },
		url: new URL(`http://localhost/networks/${network}/decisions/new`),
		...extra
	} as never;
}

/** The date and time inputs of a moment a week ahead, read in UTC. */
function weekAhead(): { deadlineDate: string; deadlineTime: string } {
	const iso = new Date(Date.now() + 7 * 24 * hour).toISOString();
	return { deadlineDate: iso.slice(0, 10), deadlineTime: iso.slice(11, 16) };
}

describe(`the form that opens a decision on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let g: Awaited<ReturnType<typeof governanceNetwork>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		g = await governanceNetwork(handle.db);
		await g.network.newParticipant('member', 'URY');
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('offers candidate countries by name, leaving out those already in the network', async () => {
		const data = (await newDecisionPage.load(event(g.presUser.ctx, g.network.slug))) as {
			candidates: { value: string; label: string }[];
			zone: string;
		};
		const codes = data.candidates.map((c) => c.value);
		expect(codes).not.toContain('URY');
		expect(data.candidates).toContainEqual({ value: 'NZL', label: 'Nueva Zelanda' });
		const labels = data.candidates.map((c) => c.label);
		expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'es')));
		expect(data.zone).toBe('UTC');
	});

	it('admits a country chosen from the list under its name in every language', async () => {
		let location = '';
		try {
			await newDecisionPage.actions.default(
				event(g.presUser.ctx, g.network.slug, {
					request: postRequest({
						kind: 'admit_observer',
						title_es: 'Admisión de Nueva Zelanda',
						text_es: 'Se propone admitir a Nueva Zelanda.',
						...weekAhead(),
						zone: 'UTC',
						positionsVisibility: 'all',
						candidateCode: 'NZL',
						candidateMinistry: 'Ministerio de Defensa'
					})
				})
			);
		} catch (e) {
			if (!isRedirect(e)) throw e;
			location = e.location;
		}
		const id = location.split('/').pop()!;
		expect(location).toBe(`/networks/${g.network.slug}/decisions/${id}`);
		const inSpanish = await getDecision(g.aUser.ctx, g.network.slug, id, 'es');
		const inEnglish = await getDecision(g.aUser.ctx, g.network.slug, id, 'en');
		expect(inSpanish.subject.candidate).toMatchObject({ code: 'NZL', name: 'Nueva Zelanda' });
		expect(inEnglish.subject.candidate).toMatchObject({ code: 'NZL', name: 'New Zealand' });
	});

	it('keeps what was typed and names each problem next to its field', async () => {
		const { deadlineDate } = weekAhead();
		const result = (await newDecisionPage.actions.default(
			event(g.presUser.ctx, g.network.slug, {
				request: postRequest({
					kind: 'admit_observer',
					title_es: 'Sin candidato',
					text_es: '',
					deadlineDate,
					deadlineTime: '',
					zone: 'UTC',
					candidateCode: '',
					candidateMinistry: 'Ministerio'
				})
			})
		)) as {
			status: number;
			data: { values: Record<string, string>; errors: Record<string, string> };
		};
		expect(result.status).toBe(422);
		expect(result.data.values).toMatchObject({
			title_es: 'Sin candidato',
			deadline: deadlineDate,
			candidateMinistry: 'Ministerio'
		});
		expect(result.data.errors.deadline).toBe('Indique fecha y hora.');
		expect(result.data.errors.candidateCode).toBeTruthy();
		expect(result.data.errors.text_es).toBeTruthy();
		for (const message of Object.values(result.data.errors)) {
			expect(message).not.toMatch(/expected|received|gov_err/i);
		}
	});

	it('refuses a country that already takes part, next to the picker', async () => {
		const result = (await newDecisionPage.actions.default(
			event(g.presUser.ctx, g.network.slug, {
				request: postRequest({
					kind: 'admit_observer',
					title_es: 'Admisión de Uruguay',
					text_es: 'Texto.',
					...weekAhead(),
					zone: 'UTC',
					candidateCode: 'URY'
				})
			})
		)) as { status: number; data: { errors: Record<string, string> } };
		expect(result.status).toBeGreaterThanOrEqual(400);
		expect(result.status).toBeLessThan(500);
		expect(result.data.errors.candidateCode).toBeTruthy();
	});
});
