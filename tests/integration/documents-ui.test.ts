import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import type { Ctx } from '../../src/lib/server/context';
import { translate } from '../../src/lib/i18n/translate';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { getDocument } from '../../src/lib/server/documents/get-document';
import { getDocumentFile } from '../../src/lib/server/documents/get-document-file';
import { listDocuments } from '../../src/lib/server/documents/list-documents';
import { getDocumentAccess } from '../../src/lib/server/documents/get-document-access';
import { getDocumentPolicies } from '../../src/lib/server/documents/get-document-policies';
import { listTranslationCandidates } from '../../src/lib/server/documents/list-translation-candidates';
import { readPdfUpload } from '../../src/lib/server/documents/pdf-upload';
import { maxAttachmentBytes } from '../../src/lib/server/documents/schemas';
import * as listPage from '../../src/routes/networks/[network]/documents/+page.server';
import * as newPage from '../../src/routes/networks/[network]/documents/new/+page.server';
import * as showPage from '../../src/routes/networks/[network]/documents/[id]/+page.server';
import * as editPage from '../../src/routes/networks/[network]/documents/[id]/edit/+page.server';
import * as fileRoute from '../../src/routes/networks/[network]/documents/[id]/file/+server';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

type Network = Awaited<ReturnType<typeof newTestNetwork>>;
type Fields = Record<string, string | string[] | File>;

const pdf = (text = 'hello') => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const pdfFile = (name = 'informe.pdf', content: Buffer = pdf()) =>
	new File([new Uint8Array(content)], name, { type: 'application/pdf' });

function postRequest(fields: Fields): Request {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
	}
	return new Request('http://localhost/form', { method: 'POST', body: form });
}

function event(ctx: Ctx, params: Record<string, string>, extra: Record<string, unknown> = {}) {
	return { locals: { ctx }, params, ...extra } as never;
}

type Outcome =
	| { kind: 'redirect'; status: number; location: string }
	| { kind: 'fail'; status: number; data: Record<string, unknown> }
	| { kind: 'error'; status: number };

/** Runs a load, action or handler and reports how SvelteKit would answer. */
async function outcome(work: () => Promise<unknown>): Promise<Outcome> {
	try {
		const result = (await work()) as
			{ status?: number; data?: Record<string, unknown> } | undefined;
		if (result && typeof result.status === 'number' && result.data) {
			return { kind: 'fail', status: result.status, data: result.data };
		}
		throw new Error(`expected a failure, a redirect or an error, got ${JSON.stringify(result)}`);
	} catch (e) {
		if (isRedirect(e)) return { kind: 'redirect', status: e.status, location: e.location };
		if (isHttpError(e)) return { kind: 'error', status: e.status };
		throw e;
	}
}

function baseFields(overrides: Fields = {}): Fields {
	return {
		title: 'Informe anual',
		kind: 'report',
		language: 'es',
		documentDate: '2024-05-02',
		translationOf: '',
		body: '# Resumen\n\nTexto del informe.',
		level: 'members',
		...overrides
	};
}

describe(`documents web UI on ${testDbKind}`, () => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase();
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function setup() {
		const network = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const obs = await network.newParticipant('observer');
		return {
			network,
			a,
			b,
			obs,
			editorA: await network.newUser(a, { role: 'editor' }),
			viewerA: await network.newUser(a, { role: 'viewer' }),
			editorB: await network.newUser(b, { role: 'focal_point' }),
			observer: await network.newUser(obs, { role: 'editor' }),
			admin: await network.newUser(null, { admin: true })
		};
	}

	async function create(ctx: Ctx, network: Network, fields: Fields) {
		return outcome(() =>
			newPage.actions.default(
				event(ctx, { network: network.slug }, { request: postRequest(fields) })
			)
		);
	}

	function idFrom(result: Outcome): string {
		expect(result.kind).toBe('redirect');
		return (result as { location: string }).location.split('/').pop()!;
	}

	describe('create', () => {
		it('stores the fields and the PDF, and redirects to the document', async () => {
			const s = await setup();
			const result = await create(
				s.editorA.ctx,
				s.network,
				baseFields({
					level: 'named',
					participants: [s.b.code],
					file: pdfFile('Informe año 2024.pdf', pdf('annual'))
				})
			);
			expect(result).toMatchObject({ kind: 'redirect', status: 303 });
			const id = idFrom(result);
			expect((result as { location: string }).location).toBe(
				`/networks/${s.network.slug}/documents/${id}`
			);
			const doc = await getDocument(s.editorA.ctx, s.network.slug, id);
			expect(doc).toMatchObject({
				title: 'Informe anual',
				kind: 'report',
				language: 'es',
				documentDate: '2024-05-02',
				ownerCode: s.a.code,
				releasability: { level: 'named', participants: [s.b.code] },
				file: { filename: 'Informe año 2024.pdf', contentType: 'application/pdf' }
			});
			const file = await getDocumentFile(s.editorB.ctx, s.network.slug, id);
			expect(Buffer.from(file.data).equals(pdf('annual'))).toBe(true);
			await expect(getDocumentFile(s.observer.ctx, s.network.slug, id)).rejects.toMatchObject({
				status: 404
			});
		});

		it('sends back the values and translated per-field errors, and stores nothing', async () => {
			const s = await setup();
			const result = await create(
				s.editorA.ctx,
				s.network,
				baseFields({
					title: '   ',
					level: 'named',
					body: 'kept text',
					file: new File(['not a pdf'], 'x.pdf', { type: 'application/pdf' })
				})
			);
			if (result.kind !== 'fail') throw new Error(`expected a failure, got ${result.kind}`);
			expect(result.status).toBe(422);
			expect(result.data.values).toMatchObject({
				title: '   ',
				body: 'kept text',
				fileChosen: true
			});
			const errors = result.data.errors as Record<string, string>;
			expect(errors.title).toBeTruthy();
			expect(errors.participants).toBe(translate('releasability_named_needs_participants'));
			expect(errors.file).toBe(translate('docs_err_not_pdf'));
			expect(errors.file).not.toBe('docs_err_not_pdf');
			const list = await listDocuments(s.editorA.ctx, s.network.slug, { limit: 10, offset: 0 });
			expect(list.total).toBe(0);
		});

		it('refuses a PDF over 10 MB with the domain message', async () => {
			const s = await setup();
			const big = Buffer.alloc(maxAttachmentBytes + 1, 0x20);
			big.write('%PDF-1.4');
			const result = await create(
				s.editorA.ctx,
				s.network,
				baseFields({ file: pdfFile('big.pdf', big) })
			);
			expect(result).toMatchObject({
				kind: 'fail',
				status: 422,
				data: { errors: { file: translate('docs_err_pdf_too_large') } }
			});
		});

		it('needs a text or a file', async () => {
			const s = await setup();
			const result = await create(s.editorA.ctx, s.network, baseFields({ body: '  ' }));
			expect(result).toMatchObject({
				kind: 'fail',
				status: 422,
				data: { errors: { body: translate('docs_err_body_or_file') } }
			});
		});

		it('ignores named participants ticked under another level', async () => {
			const s = await setup();
			const id = idFrom(
				await create(
					s.editorA.ctx,
					s.network,
					baseFields({ level: 'members', participants: [s.b.code] })
				)
			);
			const doc = await getDocument(s.editorA.ctx, s.network.slug, id);
			expect(doc.releasability).toEqual({ level: 'members', participants: [] });
		});

		it('links a translation to its original', async () => {
			const s = await setup();
			const original = idFrom(await create(s.editorA.ctx, s.network, baseFields()));
			const id = idFrom(
				await create(
					s.editorA.ctx,
					s.network,
					baseFields({ title: 'Annual report', language: 'en', translationOf: original })
				)
			);
			expect((await getDocument(s.editorA.ctx, s.network.slug, id)).translationOf).toBe(original);
		});

		it('refuses anonymous users, viewers and another participant as owner', async () => {
			const s = await setup();
			expect(await create(s.network.anonymous, s.network, baseFields())).toMatchObject({
				kind: 'fail',
				status: 401
			});
			expect(await create(s.viewerA.ctx, s.network, baseFields())).toMatchObject({
				kind: 'fail',
				status: 403
			});
			expect(
				await create(s.editorA.ctx, s.network, baseFields({ ownerCode: s.b.code }))
			).toMatchObject({
				kind: 'fail',
				status: 422,
				data: { errors: { ownerCode: translate('docs_err_owner_admin_only') } }
			});
			const list = await listDocuments(s.editorB.ctx, s.network.slug, { limit: 10, offset: 0 });
			expect(list.total).toBe(0);
		});

		it('lets an administrator choose the owner, and says so when the result is hidden from them', async () => {
			const s = await setup();
			const result = await create(
				s.admin.ctx,
				s.network,
				baseFields({ ownerCode: s.b.code, level: 'owner' })
			);
			expect(result).toEqual({
				kind: 'redirect',
				status: 303,
				location: `/networks/${s.network.slug}/documents?notice=created_hidden`
			});
			const list = await listDocuments(s.editorB.ctx, s.network.slug, { limit: 10, offset: 0 });
			expect(list.items.map((d) => [d.ownerCode, d.releasability.level])).toEqual([
				[s.b.code, 'owner']
			]);
		});

		it('offers the form only to those who may write', async () => {
			const s = await setup();
			const url = new URL(`http://localhost/networks/${s.network.slug}/documents/new`);
			const load = (ctx: Ctx) => newPage.load(event(ctx, { network: s.network.slug }, { url }));
			expect(await outcome(() => load(s.network.anonymous))).toEqual({
				kind: 'redirect',
				status: 303,
				location: `/login?next=${encodeURIComponent(url.pathname)}`
			});
			expect(await outcome(() => load(s.viewerA.ctx))).toEqual({ kind: 'error', status: 403 });
			const form = await load(s.editorA.ctx);
			expect(form.chooseOwner).toBe(false);
			expect(form.defaults.level).toBe('owner');
			expect(form.namedChoices.map((p) => p.code)).not.toContain(s.a.code);
			expect(form.namedChoices.map((p) => p.code)).toContain(s.b.code);
			const adminForm = await load(s.admin.ctx);
			expect(adminForm.chooseOwner).toBe(true);
		});
	});

	describe('edit', () => {
		async function edit(ctx: Ctx, network: Network, id: string, fields: Fields) {
			return outcome(() =>
				editPage.actions.default(
					event(ctx, { network: network.slug, id }, { request: postRequest(fields) })
				)
			);
		}

		it('keeps, replaces and removes the file', async () => {
			const s = await setup();
			const id = idFrom(
				await create(s.editorA.ctx, s.network, baseFields({ file: pdfFile('v1.pdf', pdf('one')) }))
			);
			expect(
				await edit(
					s.editorA.ctx,
					s.network,
					id,
					baseFields({ title: 'Renamed', fileAction: 'keep' })
				)
			).toMatchObject({ kind: 'redirect', status: 303 });
			let doc = await getDocument(s.editorA.ctx, s.network.slug, id);
			expect(doc.title).toBe('Renamed');
			expect(doc.file?.filename).toBe('v1.pdf');

			expect(
				await edit(s.editorA.ctx, s.network, id, baseFields({ fileAction: 'replace' }))
			).toMatchObject({
				kind: 'fail',
				status: 422,
				data: { errors: { file: translate('docs_err_replace_needs_file') } }
			});

			await edit(
				s.editorA.ctx,
				s.network,
				id,
				baseFields({ fileAction: 'replace', file: pdfFile('v2.pdf', pdf('two')) })
			);
			doc = await getDocument(s.editorA.ctx, s.network.slug, id);
			expect(doc.file?.filename).toBe('v2.pdf');
			const file = await getDocumentFile(s.editorA.ctx, s.network.slug, id);
			expect(Buffer.from(file.data).equals(pdf('two'))).toBe(true);

			expect(
				await edit(s.editorA.ctx, s.network, id, baseFields({ body: '', fileAction: 'remove' }))
			).toMatchObject({
				kind: 'fail',
				status: 422,
				data: { errors: { body: translate('docs_err_body_or_file') } }
			});
			await edit(s.editorA.ctx, s.network, id, baseFields({ fileAction: 'remove' }));
			doc = await getDocument(s.editorA.ctx, s.network.slug, id);
			expect(doc.file).toBeNull();
		});

		it('loads the current values, and refuses to name the document as its own original', async () => {
			const s = await setup();
			const id = idFrom(
				await create(
					s.editorA.ctx,
					s.network,
					baseFields({ level: 'named', participants: [s.b.code] })
				)
			);
			const page = await editPage.load(event(s.editorA.ctx, { network: s.network.slug, id }));
			expect(page.values).toMatchObject({
				title: 'Informe anual',
				level: 'named',
				participants: [s.b.code],
				documentDate: '2024-05-02'
			});
			expect(page.candidates.map((c) => c.id)).not.toContain(id);
			expect(page.namedChoices.map((p) => p.code)).not.toContain(s.a.code);
			expect(
				await edit(s.editorA.ctx, s.network, id, baseFields({ translationOf: id }))
			).toMatchObject({
				kind: 'fail',
				status: 422,
				data: { errors: { translationOf: translate('docs_err_self_translation') } }
			});
		});

		it('answers another participant with 403 when it sees the document and 404 when it does not', async () => {
			const s = await setup();
			const shared = idFrom(
				await create(s.editorA.ctx, s.network, baseFields({ level: 'members' }))
			);
			const own = idFrom(await create(s.editorA.ctx, s.network, baseFields({ level: 'owner' })));
			const attempt = baseFields({ title: 'Taken over' });
			expect(await edit(s.editorB.ctx, s.network, shared, attempt)).toMatchObject({
				kind: 'fail',
				status: 403
			});
			expect(await edit(s.editorB.ctx, s.network, own, attempt)).toMatchObject({
				kind: 'fail',
				status: 404
			});
			expect(await edit(s.viewerA.ctx, s.network, own, attempt)).toMatchObject({
				kind: 'fail',
				status: 403
			});
			const load = (ctx: Ctx, id: string) =>
				outcome(() => editPage.load(event(ctx, { network: s.network.slug, id })));
			expect(await load(s.editorB.ctx, shared)).toEqual({ kind: 'error', status: 403 });
			expect(await load(s.editorB.ctx, own)).toEqual({ kind: 'error', status: 404 });
			expect(await load(s.network.anonymous, own)).toEqual({ kind: 'error', status: 404 });
			const after = await getDocument(s.editorA.ctx, s.network.slug, shared);
			expect(after.title).toBe('Informe anual');
		});
	});

	describe('show and delete', () => {
		const show = (ctx: Ctx, network: Network, id: string) =>
			showPage.load(event(ctx, { network: network.slug, id }));
		const remove = (ctx: Ctx, network: Network, id: string, fields: Fields) =>
			outcome(() =>
				showPage.actions.delete(
					event(ctx, { network: network.slug, id }, { request: postRequest(fields) })
				)
			);

		it('renders the body safely and offers editing to the owner only', async () => {
			const s = await setup();
			const id = idFrom(
				await create(
					s.editorA.ctx,
					s.network,
					baseFields({
						body: '# Title\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) https://un.org'
					})
				)
			);
			const page = await show(s.editorA.ctx, s.network, id);
			expect(page.html).toContain('<h3>Title</h3>');
			expect(page.html).toContain('&lt;script&gt;');
			expect(page.html).not.toContain('<script');
			expect(page.html).not.toContain('javascript:alert(1)"');
			expect(page.html).toContain('<a href="https://un.org" rel="noopener">');
			expect(page.canWrite).toBe(true);
			expect('body' in page.doc).toBe(false);
			expect((await show(s.editorB.ctx, s.network, id)).canWrite).toBe(false);
			expect((await show(s.viewerA.ctx, s.network, id)).canWrite).toBe(false);
			expect(await outcome(() => show(s.observer.ctx, s.network, id))).toEqual({
				kind: 'error',
				status: 404
			});
			expect(await outcome(() => show(s.editorA.ctx, s.network, 'not-a-uuid'))).toEqual({
				kind: 'error',
				status: 404
			});
		});

		it('links translations both ways', async () => {
			const s = await setup();
			const original = idFrom(await create(s.editorA.ctx, s.network, baseFields()));
			const en = idFrom(
				await create(
					s.editorA.ctx,
					s.network,
					baseFields({ title: 'Annual report', language: 'en', translationOf: original })
				)
			);
			const pt = idFrom(
				await create(
					s.editorA.ctx,
					s.network,
					baseFields({ title: 'Relatório anual', language: 'pt', translationOf: original })
				)
			);
			const ofOriginal = await show(s.editorB.ctx, s.network, original);
			expect(ofOriginal.original).toBeNull();
			expect(ofOriginal.otherTranslations.map((t) => t.id).sort()).toEqual([en, pt].sort());
			const ofEn = await show(s.editorB.ctx, s.network, en);
			expect(ofEn.original?.id).toBe(original);
			expect(ofEn.otherTranslations.map((t) => t.id)).toEqual([pt]);
		});

		it('deletes only with the confirmation, and only for the owner', async () => {
			const s = await setup();
			const id = idFrom(await create(s.editorA.ctx, s.network, baseFields({ level: 'members' })));
			const hidden = idFrom(await create(s.editorA.ctx, s.network, baseFields({ level: 'owner' })));
			expect(await remove(s.editorA.ctx, s.network, id, {})).toMatchObject({
				kind: 'fail',
				status: 400,
				data: { deleteError: translate('docs_delete_needs_confirm') }
			});
			expect(await remove(s.editorB.ctx, s.network, id, { confirm: 'yes' })).toMatchObject({
				kind: 'fail',
				status: 403
			});
			expect(await remove(s.editorB.ctx, s.network, hidden, { confirm: 'yes' })).toMatchObject({
				kind: 'fail',
				status: 404
			});
			expect(
				await remove(s.network.anonymous, s.network, hidden, { confirm: 'yes' })
			).toMatchObject({
				kind: 'fail',
				status: 404
			});
			await getDocument(s.editorA.ctx, s.network.slug, id);
			await getDocument(s.editorA.ctx, s.network.slug, hidden);
			expect(await remove(s.editorA.ctx, s.network, id, { confirm: 'yes' })).toEqual({
				kind: 'redirect',
				status: 303,
				location: `/networks/${s.network.slug}/documents?notice=deleted`
			});
			await expect(getDocument(s.editorA.ctx, s.network.slug, id)).rejects.toMatchObject({
				status: 404
			});
		});
	});

	describe('file download', () => {
		const download = (ctx: Ctx, network: Network, id: string) =>
			fileRoute.GET(event(ctx, { network: network.slug, id })) as Promise<Response>;

		it('serves a public PDF to anyone, cacheable, with an encoded file name', async () => {
			const s = await setup();
			const id = idFrom(
				await create(
					s.editorA.ctx,
					s.network,
					baseFields({ level: 'public', file: pdfFile('Declaración final v2.pdf', pdf('pub')) })
				)
			);
			const response = await download(s.network.anonymous, s.network, id);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('application/pdf');
			expect(response.headers.get('cache-control')).toBe('public, max-age=300');
			const disposition = response.headers.get('content-disposition')!;
			expect(disposition).toContain("filename*=UTF-8''Declaraci%C3%B3n%20final%20v2.pdf");
			expect(disposition.startsWith('inline; filename="Declaraci_n final v2.pdf";')).toBe(true);
			expect(Buffer.from(await response.arrayBuffer()).equals(pdf('pub'))).toBe(true);
		});

		it('keeps restricted files out of caches and hidden files behind a 404', async () => {
			const s = await setup();
			const id = idFrom(
				await create(s.editorA.ctx, s.network, baseFields({ level: 'members', file: pdfFile() }))
			);
			const noFile = idFrom(
				await create(s.editorA.ctx, s.network, baseFields({ level: 'members' }))
			);
			const response = await download(s.editorB.ctx, s.network, id);
			expect(response.status).toBe(200);
			expect(response.headers.get('cache-control')).toBe('private, no-store');
			expect(await outcome(() => download(s.observer.ctx, s.network, id))).toEqual({
				kind: 'error',
				status: 404
			});
			expect(await outcome(() => download(s.network.anonymous, s.network, id))).toEqual({
				kind: 'error',
				status: 404
			});
			expect(await outcome(() => download(s.editorB.ctx, s.network, noFile))).toEqual({
				kind: 'error',
				status: 404
			});
		});
	});

	describe('list', () => {
		const list = (ctx: Ctx, network: Network, search = '') =>
			listPage.load(
				event(
					ctx,
					{ network: network.slug },
					{
						url: new URL(`http://localhost/networks/${network.slug}/documents${search}`)
					}
				)
			);

		it('shows each user only what is released to them, with filters and pages', async () => {
			const s = await setup();
			for (const level of ['public', 'members', 'owner'] as const) {
				await create(
					s.editorA.ctx,
					s.network,
					baseFields({ title: `Doc ${level}`, level, file: level === 'public' ? pdfFile() : '' })
				);
			}
			await create(
				s.editorB.ctx,
				s.network,
				baseFields({ title: 'B news', kind: 'news', level: 'public' })
			);

			const anonymous = await list(s.network.anonymous, s.network);
			expect(anonymous.items.map((d) => d.title).sort()).toEqual(['B news', 'Doc public']);
			expect(anonymous.canCreate).toBe(false);
			expect(anonymous.items.find((d) => d.title === 'Doc public')?.hasFile).toBe(true);

			const memberB = await list(s.editorB.ctx, s.network);
			expect(memberB.items.map((d) => d.title).sort()).toEqual([
				'B news',
				'Doc members',
				'Doc public'
			]);
			expect(memberB.canCreate).toBe(true);
			expect((await list(s.viewerA.ctx, s.network)).canCreate).toBe(false);
			expect((await list(s.admin.ctx, s.network)).canCreate).toBe(true);

			const filtered = await list(s.editorA.ctx, s.network, `?owner=${s.a.code}&kind=report&q=doc`);
			expect(filtered.items.map((d) => d.title).sort()).toEqual([
				'Doc members',
				'Doc owner',
				'Doc public'
			]);
			expect(filtered.items[0]?.ownerName).toBe(s.a.code);

			const paged = await list(s.editorA.ctx, s.network, '?limit=2&kind=bogus');
			expect(paged.items).toHaveLength(2);
			expect(paged.query.kind).toBeUndefined();
			expect(paged.previousHref).toBeNull();
			expect(paged.nextHref).toBe(`/networks/${s.network.slug}/documents?limit=2&offset=2`);
			const second = await list(s.editorA.ctx, s.network, '?limit=2&offset=2');
			expect(second.items).toHaveLength(2);
			expect(second.nextHref).toBeNull();
			expect(second.previousHref).toBe(`/networks/${s.network.slug}/documents?limit=2`);
		});

		it('answers 404 for an unknown network', async () => {
			const s = await setup();
			expect(
				await outcome(() =>
					listPage.load(
						event(
							s.editorA.ctx,
							{ network: 'no-such-network' },
							{
								url: new URL('http://localhost/networks/no-such-network/documents')
							}
						)
					)
				)
			).toEqual({ kind: 'error', status: 404 });
		});
	});

	describe('domain helpers', () => {
		it('offers visible originals only as translation candidates', async () => {
			const s = await setup();
			const mine = await createDocument(s.editorA.ctx, s.network.slug, {
				title: 'Original A',
				kind: 'report',
				language: 'es',
				body: 'x',
				releasability: { level: 'owner' }
			});
			const translation = await createDocument(s.editorA.ctx, s.network.slug, {
				title: 'Translation A',
				kind: 'report',
				language: 'en',
				body: 'x',
				translationOf: mine.id,
				releasability: { level: 'members' }
			});
			const shared = await createDocument(s.editorB.ctx, s.network.slug, {
				title: 'Original B',
				kind: 'report',
				language: 'es',
				body: 'x',
				releasability: { level: 'members' }
			});
			const ids = async (ctx: Ctx, options = {}) =>
				(await listTranslationCandidates(ctx, s.network.slug, options)).map((c) => c.id).sort();
			expect(await ids(s.editorA.ctx)).toEqual([mine.id, shared.id].sort());
			expect(await ids(s.editorB.ctx)).toEqual([shared.id]);
			expect(await ids(s.observer.ctx)).toEqual([]);
			expect(await ids(s.editorA.ctx, { exclude: mine.id })).toEqual([shared.id]);
			expect(await ids(s.editorB.ctx, { keep: translation.id })).toEqual(
				[shared.id, translation.id].sort()
			);
		});

		it('reports what each actor may do with a document', async () => {
			const s = await setup();
			const { id } = await createDocument(s.editorA.ctx, s.network.slug, {
				title: 'Members only',
				kind: 'minutes',
				language: 'es',
				body: 'x',
				releasability: { level: 'members' }
			});
			const access = (ctx: Ctx) => getDocumentAccess(ctx, s.network.slug, id);
			const none = { read: false, write: false, requestTranslation: false };
			expect(await access(s.editorA.ctx)).toEqual({
				read: true,
				write: true,
				requestTranslation: false
			});
			expect(await access(s.viewerA.ctx)).toEqual({
				read: true,
				write: false,
				requestTranslation: false
			});
			// Another participant's reader may ask the owner for a translation.
			expect(await access(s.editorB.ctx)).toEqual({
				read: true,
				write: false,
				requestTranslation: true
			});
			expect(await access(s.observer.ctx)).toEqual(none);
			expect(await access(s.network.anonymous)).toEqual(none);

			const other = await newTestNetwork(handle.db);
			const stranger = await other.newUser(await other.newParticipant('member'), {
				role: 'focal_point'
			});
			expect((await getDocumentPolicies(stranger.ctx, s.network.slug)).create).toBe(false);
			expect((await getDocumentPolicies(s.editorA.ctx, s.network.slug)).create).toBe(true);
			expect((await getDocumentPolicies(s.viewerA.ctx, s.network.slug)).create).toBe(false);
			expect((await getDocumentPolicies(s.network.anonymous, s.network.slug)).create).toBe(false);
		});

		it('reads a PDF upload by its bytes', async () => {
			expect(await readPdfUpload(null)).toBeUndefined();
			expect(await readPdfUpload(new File([], 'empty.pdf'))).toBeUndefined();
			const upload = await readPdfUpload(new File([new Uint8Array(pdf())], 'a/b<c>.pdf'));
			expect(upload).toMatchObject({ filename: 'a_b_c_.pdf', contentType: 'application/pdf' });
			await expect(readPdfUpload(new File(['<html>'], 'x.pdf'))).rejects.toMatchObject({
				fieldErrors: [{ path: 'file', message: 'docs_err_not_pdf' }]
			});
		});
	});
});
