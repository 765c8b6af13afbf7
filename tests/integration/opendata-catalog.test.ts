import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPledge } from '../../src/lib/server/pledges/create-pledge';
import { createSituationNote } from '../../src/lib/server/situation/create-situation-note';
import { pledgeInput } from './pledges-fixtures';
import { ensureMissions, noteInput } from './situation-fixtures';
import { startTestApp, type TestApp } from './support/app';
import { newTestNetwork } from './support/factories';
import { testDbKind } from './support/test-db';

type Node = Record<string, unknown>;

/**
 * No JSON-LD processor is among the dependencies, so the document is checked as one would expand
 * it: every term must be an IRI of a declared prefix (a JSON-LD processor drops any other), and
 * each class must carry the properties DCAT-AP makes mandatory or that the catalogue promises.
 */
const expected = {
	dcat: 'http://www.w3.org/ns/dcat#',
	dct: 'http://purl.org/dc/terms/',
	foaf: 'http://xmlns.com/foaf/0.1/',
	xsd: 'http://www.w3.org/2001/XMLSchema#'
};
const required: Record<string, string[]> = {
	'http://www.w3.org/ns/dcat#Catalog': [
		'dct:title',
		'dct:description',
		'dct:publisher',
		'dcat:dataset'
	],
	'http://www.w3.org/ns/dcat#Dataset': ['dct:title', 'dct:description', 'dcat:distribution'],
	'http://www.w3.org/ns/dcat#Distribution': [
		'dcat:accessURL',
		'dct:license',
		'dct:modified',
		'dct:format'
	]
};

function expand(term: string, context: Record<string, string>): string {
	const [prefix, local] = term.split(':', 2);
	const base = prefix === undefined ? undefined : context[prefix];
	if (!base || local === undefined) throw new Error(`"${term}" is not an IRI of a declared prefix`);
	return base + local;
}

/** Walks every node, expanding its keys and types, and checks each class's required properties. */
function check(node: unknown, context: Record<string, string>, seen: Map<string, Node[]>): void {
	if (Array.isArray(node)) return node.forEach((n) => check(n, context, seen));
	if (node === null || typeof node !== 'object') return;
	const object = node as Node;
	for (const key of Object.keys(object)) {
		if (!key.startsWith('@')) expand(key, context);
	}
	const type = object['@type'];
	if (typeof type === 'string' && !('@value' in object)) {
		const iri = expand(type, context);
		for (const property of required[iri] ?? []) {
			const value = object[property];
			expect(value, `${type} ${String(object['@id'])} ${property}`).toBeDefined();
			if (Array.isArray(value)) expect(value.length, `${type} ${property}`).toBeGreaterThan(0);
		}
		seen.set(iri, [...(seen.get(iri) ?? []), object]);
	}
	if (typeof type === 'string' && '@value' in object) expand(type, context);
	for (const [key, value] of Object.entries(object)) {
		if (key !== '@context') check(value, context, seen);
	}
}

describe(`the open data catalogue on ${testDbKind}`, () => {
	let app: TestApp;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let document: Node;
	const byType = new Map<string, Node[]>();

	beforeAll(async () => {
		app = await startTestApp();
		await ensureMissions(app.db);
		network = await newTestNetwork(app.db);
		const member = await network.newParticipant('member');
		const editor = await network.newUser(member, { role: 'editor' });
		await createPledge(editor.ctx, network.slug, pledgeInput('public'));
		await createSituationNote(
			editor.ctx,
			network.slug,
			noteInput({ title: { en: 'Open note' }, releasability: { level: 'public' } })
		);
		await createSituationNote(
			editor.ctx,
			network.slug,
			noteInput({ title: { en: 'Members-only note' }, releasability: { level: 'members' } })
		);
		const answer = await app.request('/api/v1/catalog', {
			headers: { 'accept-language': 'en' }
		});
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toMatch(/^application\/ld\+json/);
		document = JSON.parse(await answer.text()) as Node;
	});

	afterAll(async () => {
		await app?.close();
	});

	it('is DCAT-AP JSON-LD: declared prefixes, and every class with its required properties', () => {
		expect(document['@context']).toEqual(expected);
		expect(document['@type']).toBe('dcat:Catalog');
		check(document, expected, byType);
		expect(byType.get(`${expected.dcat}Catalog`)).toHaveLength(1);
		const datasets = byType.get(`${expected.dcat}Dataset`) ?? [];
		const distributions = byType.get(`${expected.dcat}Distribution`) ?? [];
		expect(datasets.length).toBeGreaterThan(4);
		for (const d of distributions) {
			const modified = d['dct:modified'] as { '@value': string; '@type': string };
			expect(modified['@type']).toBe('xsd:dateTime');
			expect(Number.isNaN(Date.parse(modified['@value']))).toBe(false);
			expect((d['dct:license'] as { '@id': string })['@id']).toMatch(/^https:\/\//);
			expect((d['dcat:accessURL'] as { '@id': string })['@id'].startsWith(app.origin)).toBe(true);
		}
	});

	it('lists every public dataset, with the formats each promises, and nothing restricted', () => {
		const datasets = byType.get(`${expected.dcat}Dataset`) ?? [];
		const formatsOf = (id: string) =>
			(
				datasets.find((d) => d['dct:identifier'] === id)?.['dcat:distribution'] as
					Node[] | undefined
			)?.map((x) => (x['dct:format'] as { '@id': string })['@id'].split('/').pop());
		expect(formatsOf('un-contributions')).toEqual(['CSV', 'JSON']);
		expect(formatsOf('relacopaz/calendar')).toEqual(['ICAL', 'JSON']);
		expect(formatsOf('relacopaz/documents')).toEqual(['JSON']);
		const declarations = datasets.filter((d) =>
			String(d['dct:identifier']).startsWith('relacopaz/declarations/')
		);
		expect(declarations.length).toBeGreaterThanOrEqual(2);
		for (const d of declarations)
			expect(formatsOf(String(d['dct:identifier']))).toEqual(['PDF', 'TXT']);
		expect(formatsOf(`${network.slug}/pledges`)).toEqual(['JSON']);
		expect(formatsOf(`${network.slug}/situation-notes`)).toEqual(['JSON']);
		expect(formatsOf(`${network.slug}/documents`)).toBeUndefined();
		expect(JSON.stringify(document)).not.toContain('Members-only note');
	});

	it('gives distribution addresses that answer', async () => {
		const distributions = byType.get(`${expected.dcat}Distribution`) ?? [];
		const urls = new Set(
			distributions.map((d) => (d['dcat:accessURL'] as { '@id': string })['@id'])
		);
		for (const url of urls) {
			const answer = await app.request(url.slice(app.origin.length));
			expect(answer.status, url).toBe(200);
			await answer.arrayBuffer();
		}
	});
});
