import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Desk from './Desk.svelte';
import type { Desk as DeskData } from '$lib/server/desk/schemas';

const id = '00000000-0000-4000-8000-000000000001';
const full: DeskData = {
	network: { slug: 'relacopaz', name: 'RELACOPAZ' },
	participant: { code: 'PRY', name: 'Paraguay' },
	decisions: [
		{
			id,
			title: 'Aprobar el calendario',
			titleLanguage: 'es',
			deadline: '2026-12-15T18:00:00.000Z',
			answered: false,
			href: `/networks/relacopaz/decisions/${id}`
		}
	],
	reports: [],
	events: [],
	cooperation: [
		{
			commitmentId: id,
			requestId: id,
			title: 'Curso de protección de civiles',
			titleLanguage: 'es',
			status: 'proposed',
			side: 'requester',
			otherCode: 'alcopaz',
			otherName: 'ALCOPAZ',
			since: '2026-11-30T12:00:00.000Z',
			href: `/networks/relacopaz/cooperation/requests/${id}#commitment-${id}`
		}
	],
	situationNotes: [],
	training: {
		year: 2026,
		accepted: 4,
		women: 1,
		womenShare: 0.25,
		awaitingDecision: [
			{
				eventId: id,
				title: 'Curso de observadores militares',
				titleLanguage: 'es',
				startsOn: '2026-12-01',
				waiting: 2,
				href: `/networks/relacopaz/calendar/${id}`
			}
		]
	},
	barrierRecommendations: [],
	translationRequests: [],
	presidency: {
		board: [],
		decisions: [
			{
				id,
				title: 'Aprobar el calendario',
				titleLanguage: 'es',
				deadline: '2026-12-15T18:00:00.000Z',
				eligible: 12,
				answered: 3,
				href: `/networks/relacopaz/decisions/${id}`
			}
		]
	}
};

describe('Desk', () => {
	it('shows deadlines with their zone, in every language and zone', () => {
		for (const locale of ['es', 'en', 'pt', 'fr']) {
			for (const timeZone of [null, 'America/Asuncion', 'America/Port-au-Prince']) {
				const { body } = render(Desk, { props: { desk: full, locale, timeZone } });
				expect(body).toContain('Aprobar el calendario');
				expect(body).toMatch(/2026/);
				expect(body).toContain('Curso de protección de civiles');
				expect(body).toContain('ALCOPAZ');
				expect(body).toContain('Curso de observadores militares');
			}
		}
	});

	it('marks each title with the language it was written in', () => {
		const { body } = render(Desk, { props: { desk: full, locale: 'en' } });
		expect(body).toMatch(/lang="es"[^>]*>Aprobar el calendario</);
		expect(body).toMatch(/lang="es"[^>]*>Curso de protección de civiles</);
		expect(body).toMatch(/lang="es"[^>]*>Curso de observadores militares</);
	});
});
