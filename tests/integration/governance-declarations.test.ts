import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { conferences, declarationParagraphs, declarations } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { addParagraph } from '../../src/lib/server/declarations/add-paragraph';
import { compareVersions } from '../../src/lib/server/declarations/compare-versions';
import { createDeclaration } from '../../src/lib/server/declarations/create-declaration';
import { decideAmendment } from '../../src/lib/server/declarations/decide-amendment';
import { editParagraph } from '../../src/lib/server/declarations/edit-paragraph';
import { exportDeclarationPdf } from '../../src/lib/server/declarations/export-declaration-pdf';
import { exportDeclarationText } from '../../src/lib/server/declarations/export-declaration-text';
import { getDeclaration } from '../../src/lib/server/declarations/get-declaration';
import { listDeclarations } from '../../src/lib/server/declarations/list-declarations';
import { proposeAmendment } from '../../src/lib/server/declarations/propose-amendment';
import { putToAdoption } from '../../src/lib/server/declarations/put-to-adoption';
import { recordPosition } from '../../src/lib/server/decisions/record-position';
import { recordSignature } from '../../src/lib/server/declarations/record-signature';
import { unsafeSettleDueDecisions } from '../../src/lib/server/decisions/settle-decision';
import { seedDeclarationId } from '../../src/lib/server/declarations/seed-declarations';
import { unsafeSeedGovernance } from '../../src/lib/server/presidency/seed-governance';
import { amendmentInputSchema } from '../../src/lib/server/declarations/schemas';
import { parseInput } from '../../src/lib/server/api/validation';
import { unsafeSeedNetwork } from '../../src/lib/server/registry/seed-network';
import { seedNetwork } from '../../src/lib/server/registry/seed-data';
import { openTestDatabase, testDbKind } from './support/test-db';
import { statusOf } from './support/people';
import { governanceNetwork, hour } from './support/governance';

describe(`declaration drafting on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let g: Awaited<ReturnType<typeof governanceNetwork>>;
	const t0 = new Date();

	beforeAll(async () => {
		handle = await openTestDatabase();
		g = await governanceNetwork(handle.db);
		await handle.db.insert(conferences).values({
			networkId: g.network.id,
			edition: 3,
			name: { es: 'III ALCONU', en: 'III ALCONU' },
			countryCode: 'PRY',
			year: 2025
		});
	});

	afterAll(async () => {
		await handle?.close();
	});

	const slug = () => g.network.slug;
	const draft = async () => {
		const { id } = await createDeclaration(
			g.presUser.ctx,
			slug(),
			{
				conferenceEdition: 3,
				title: { es: 'Declaración de Asunción', en: 'Asunción Declaration' }
			},
			t0
		);
		const p1 = await addParagraph(g.presUser.ctx, slug(), id, {
			part: 'operative',
			text: { en: 'The network meets once a year.', es: 'La red se reúne una vez al año.' }
		});
		const p0 = await addParagraph(g.presUser.ctx, slug(), id, {
			part: 'preamble',
			text: { en: 'Recalling the Lima Declaration,', es: 'Recordando la Declaración de Lima,' }
		});
		return { id, operative1: p1.id, preamble1: p0.id };
	};
	const amend = (body: Record<string, unknown>) => parseInput(amendmentInputSchema, body);

	it('lets the Presidency draft numbered paragraphs, each change a version', async () => {
		const { id } = await draft();
		const view = await getDeclaration(g.aUser.ctx, slug(), id, 'en');
		expect(view.status).toBe('drafting');
		expect(view.paragraphs.map((p) => [p.part, p.number, p.text.en])).toEqual([
			['preamble', 1, 'Recalling the Lima Declaration,'],
			['operative', 1, 'The network meets once a year.']
		]);
		expect(view.versions.map((v) => v.reason)).toEqual([
			'created',
			'paragraph_added|operative:1',
			'paragraph_added|preamble:1'
		]);
		expect(view.viewer).toMatchObject({ canDraft: false, canPropose: true });
		expect((await getDeclaration(g.presUser.ctx, slug(), id, 'en')).viewer.canDraft).toBe(true);
		// Drafts are network-internal: observers and partners read them, other networks do not.
		expect((await getDeclaration(g.observerUser.ctx, slug(), id, 'en')).viewer.canPropose).toBe(
			false
		);
		await getDeclaration(g.partnerUser.ctx, slug(), id, 'en');
		expect(await statusOf(getDeclaration(g.network.anonymous, slug(), id, 'en'))).toBe(404);
		for (const user of [g.aUser, g.secUser]) {
			expect(
				await statusOf(
					createDeclaration(user.ctx, slug(), { conferenceEdition: 3, title: { en: 'X' } })
				)
			).toBe(403);
			expect(
				await statusOf(addParagraph(user.ctx, slug(), id, { part: 'operative', text: { en: 'X' } }))
			).toBe(403);
		}
	});

	it('runs the amendment lifecycle: propose, accept into a new version, reject', async () => {
		const { id, operative1, preamble1 } = await draft();
		const replace = await proposeAmendment(
			g.aUser.ctx,
			slug(),
			id,
			amend({
				paragraphId: operative1,
				kind: 'replace',
				text: { en: 'The network meets twice a year.' },
				justification: 'More often'
			})
		);
		const insert = await proposeAmendment(
			g.bUser.ctx,
			slug(),
			id,
			amend({
				paragraphId: operative1,
				kind: 'insert_after',
				text: { en: 'The Presidency convenes the meetings.' },
				justification: 'Who convenes'
			})
		);
		const remove = await proposeAmendment(
			g.bUser.ctx,
			slug(),
			id,
			amend({ paragraphId: preamble1, kind: 'delete', justification: 'Not needed' })
		);
		// Only the Presidency decides.
		expect(
			await statusOf(decideAmendment(g.aUser.ctx, slug(), id, replace.id, { decision: 'accept' }))
		).toBe(403);
		const accepted = await decideAmendment(g.presUser.ctx, slug(), id, replace.id, {
			decision: 'accept'
		});
		expect(accepted).toEqual({ status: 'accepted', version: 4 });
		expect(
			await statusOf(
				decideAmendment(g.presUser.ctx, slug(), id, replace.id, { decision: 'reject' })
			)
		).toBe(409);
		expect(
			await decideAmendment(g.presUser.ctx, slug(), id, insert.id, { decision: 'accept' })
		).toEqual({ status: 'accepted', version: 5 });
		expect(
			await decideAmendment(g.presUser.ctx, slug(), id, remove.id, { decision: 'reject' })
		).toEqual({ status: 'rejected', version: null });

		const view = await getDeclaration(g.bUser.ctx, slug(), id, 'en');
		expect(view.paragraphs.map((p) => `${p.part}:${p.number} ${p.text.en}`)).toEqual([
			'preamble:1 Recalling the Lima Declaration,',
			'operative:1 The network meets twice a year.',
			'operative:2 The Presidency convenes the meetings.'
		]);
		expect(view.amendments.map((a) => [a.kind, a.status, a.version, a.proposer])).toEqual([
			['replace', 'accepted', 4, g.participants.a.code],
			['insert_after', 'accepted', 5, g.participants.b.code],
			['delete', 'rejected', null, g.participants.b.code]
		]);
		expect(view.versions.at(-1)).toMatchObject({
			number: 5,
			reason: 'amendment_accepted|operative:2'
		});

		// An accepted deletion removes the paragraph and renumbers what follows.
		const del = await proposeAmendment(
			g.aUser.ctx,
			slug(),
			id,
			amend({ paragraphId: operative1, kind: 'delete', justification: 'Merged' })
		);
		await decideAmendment(g.presUser.ctx, slug(), id, del.id, { decision: 'accept' });
		const after = await getDeclaration(g.aUser.ctx, slug(), id, 'en');
		expect(after.paragraphs.map((p) => `${p.part}:${p.number}`)).toEqual([
			'preamble:1',
			'operative:1'
		]);
		expect(after.versions).toHaveLength(6);
	});

	it('refuses amendments from observers, partners and viewers, and to other networks', async () => {
		const { id, operative1 } = await draft();
		const body = amend({ paragraphId: operative1, kind: 'delete', justification: 'No' });
		expect(await statusOf(proposeAmendment(g.observerUser.ctx, slug(), id, body))).toBe(403);
		expect(await statusOf(proposeAmendment(g.partnerUser.ctx, slug(), id, body))).toBe(403);
		expect(await statusOf(proposeAmendment(g.aViewer.ctx, slug(), id, body))).toBe(403);
		// The database refuses it too, whatever the code does.
		await expect(
			withActor(handle.db, g.observerUser.actor, (tx) =>
				tx.execute(
					sql`INSERT INTO declaration_amendments (declaration_id, paragraph_id, paragraph_label, kind, justification, proposer_id, proposed_by)
						VALUES (${id}, ${operative1}, 'operative:1', 'delete', 'x', ${g.participants.observer.id}, ${g.observerUser.id})`
				)
			)
		).rejects.toThrow();

		// Wrong participant: a member of another network sees no such declaration.
		const other = await governanceNetwork(handle.db);
		expect(await statusOf(proposeAmendment(other.aUser.ctx, slug(), id, body))).toBe(404);
		expect(await statusOf(proposeAmendment(other.aUser.ctx, other.network.slug, id, body))).toBe(
			404
		);
		expect(
			await statusOf(
				editParagraph(other.presUser.ctx, other.network.slug, id, operative1, {
					text: { en: 'Hijacked' }
				})
			)
		).toBe(404);
		expect(
			await statusOf(
				decideAmendment(other.presUser.ctx, other.network.slug, id, operative1, {
					decision: 'accept'
				})
			)
		).toBe(404);
		// A paragraph of another declaration is not a paragraph of this one.
		const second = await draft();
		expect(
			await statusOf(
				proposeAmendment(
					g.aUser.ctx,
					slug(),
					id,
					amend({ paragraphId: second.operative1, kind: 'delete', justification: 'No' })
				)
			)
		).toBe(422);
	});

	it('compares any two versions word by word, side by side and inline', async () => {
		const { id, operative1 } = await draft();
		await editParagraph(g.presUser.ctx, slug(), id, operative1, {
			text: { en: 'The network meets twice every year.' }
		});
		const comparison = await compareVersions(g.observerUser.ctx, slug(), id, {
			from: 3,
			to: 4,
			lang: 'en'
		});
		expect(comparison.lang).toBe('en');
		const changed = comparison.paragraphs.filter((p) => p.changed);
		expect(changed).toHaveLength(1);
		expect(changed[0]!.from).toEqual({ part: 'operative', number: 1 });
		const removed = changed[0]!.parts.filter((p) => p.kind === 'removed').map((p) => p.text);
		const added = changed[0]!.parts.filter((p) => p.kind === 'added').map((p) => p.text);
		expect(removed.join(' ')).toMatch(/once/);
		expect(added.join(' ')).toMatch(/twice/);
		expect(added.join(' ')).toMatch(/every/);
		expect(changed[0]!.parts.some((p) => p.kind === 'same' && p.text.includes('network'))).toBe(
			true
		);
		// From the empty first version every paragraph is an addition.
		const fromStart = await compareVersions(g.aUser.ctx, slug(), id, { from: 1, to: 4 });
		expect(fromStart.paragraphs.every((p) => p.from === null && p.to !== null)).toBe(true);
		expect(await statusOf(compareVersions(g.aUser.ctx, slug(), id, { from: 1, to: 99 }))).toBe(404);
	});

	it('freezes the text once the adoption decision is adopted; later edits get 409', async () => {
		const { id, operative1 } = await draft();
		const pending = await proposeAmendment(
			g.aUser.ctx,
			slug(),
			id,
			amend({ paragraphId: operative1, kind: 'delete', justification: 'Late' })
		);
		expect(
			await statusOf(
				putToAdoption(g.aUser.ctx, slug(), id, {
					deadline: new Date(t0.getTime() + hour).toISOString(),
					positionsVisibility: 'all'
				})
			)
		).toBe(403);
		const deadline = new Date(Date.now() + 24 * hour);
		const { decisionId } = await putToAdoption(g.presUser.ctx, slug(), id, {
			deadline: deadline.toISOString(),
			positionsVisibility: 'all'
		});
		// While the decision is open the text cannot change.
		expect(
			await statusOf(
				editParagraph(g.presUser.ctx, slug(), id, operative1, { text: { en: 'Changed' } })
			)
		).toBe(409);
		await recordPosition(g.aUser.ctx, slug(), decisionId, { position: 'concur', comment: '' });
		const after = new Date(deadline.getTime() + hour);
		const view = await getDeclaration(g.aUser.ctx, slug(), id, 'en', after);
		expect(view).toMatchObject({ status: 'adopted', frozen: true });
		expect(view.adoption).toMatchObject({ decisionId, status: 'adopted' });
		expect(view.amendments.find((a) => a.id === pending.id)?.status).toBe('rejected');
		// Reads derived all that; the job records it, and makes the text public.
		await unsafeSettleDueDecisions(handle.db, after);
		// Adopted declarations are public.
		await getDeclaration(g.network.anonymous, slug(), id, 'en', after);
		expect(
			(await listDeclarations(g.network.anonymous, slug(), 'en', after)).items.map((d) => d.id)
		).toContain(id);

		expect(
			await statusOf(
				editParagraph(g.presUser.ctx, slug(), id, operative1, { text: { en: 'Changed' } }, after)
			)
		).toBe(409);
		expect(
			await statusOf(
				addParagraph(g.presUser.ctx, slug(), id, { part: 'operative', text: { en: 'X' } }, after)
			)
		).toBe(409);
		expect(
			await statusOf(
				proposeAmendment(
					g.bUser.ctx,
					slug(),
					id,
					amend({ paragraphId: operative1, kind: 'delete', justification: 'Too late' }),
					after
				)
			)
		).toBe(409);
		// Not even the database owner changes a frozen text.
		await expect(
			handle.db
				.update(declarationParagraphs)
				.set({ text: { en: 'Tampered' } })
				.where(eq(declarationParagraphs.id, operative1))
		).rejects.toThrow();

		// Signatures go on the adopted text, recorded by the Presidency.
		const signature = {
			participantCode: g.participants.a.code,
			signatoryName: 'Ana Pérez',
			signatoryTitle: 'Minister of Defence',
			signedOn: '2025-09-10'
		};
		expect(await statusOf(recordSignature(g.aUser.ctx, slug(), id, signature, after))).toBe(403);
		await recordSignature(g.presUser.ctx, slug(), id, signature, after);
		expect(await statusOf(recordSignature(g.presUser.ctx, slug(), id, signature, after))).toBe(409);
		const signed = await getDeclaration(g.aUser.ctx, slug(), id, 'en', after);
		expect(signed.signatures).toEqual([
			expect.objectContaining({
				participant: g.participants.a.code,
				signatoryName: 'Ana Pérez',
				signedOn: '2025-09-10'
			})
		]);

		const text = await exportDeclarationText(g.network.anonymous, slug(), id, 'en');
		expect(text.body).toContain('Asunción Declaration');
		expect(text.body).toContain('1. Recalling the Lima Declaration,');
		expect(text.body).toContain('1. The network meets once a year.');
		expect(text.body).toContain('Ana Pérez');
		const pdf = await exportDeclarationPdf(g.network.anonymous, slug(), id, 'en');
		expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	});

	it('keeps a draft whose adoption was rejected open for drafting', async () => {
		const { id, operative1 } = await draft();
		const deadline = new Date(Date.now() + 24 * hour);
		const { decisionId } = await putToAdoption(g.presUser.ctx, slug(), id, {
			deadline: deadline.toISOString(),
			positionsVisibility: 'all'
		});
		await recordPosition(g.bUser.ctx, slug(), decisionId, { position: 'object', comment: 'No' });
		const after = new Date(deadline.getTime() + hour);
		const view = await getDeclaration(g.aUser.ctx, slug(), id, 'en', after);
		expect(view).toMatchObject({ status: 'drafting', frozen: false });
		expect(view.adoption?.status).toBe('rejected');
		await editParagraph(g.presUser.ctx, slug(), id, operative1, { text: { en: 'Revised' } }, after);
		expect(await statusOf(exportDeclarationText(g.aUser.ctx, slug(), id, 'en'))).toBe(409);
	});

	it('seeds Lima and Buenos Aires as adopted declarations, once', async () => {
		await unsafeSeedNetwork(handle.db);
		await unsafeSeedGovernance(handle.db);
		await unsafeSeedGovernance(handle.db);
		const lima = seedDeclarationId(seedNetwork.slug, 'lima-2022');
		const ba = seedDeclarationId(seedNetwork.slug, 'buenos-aires-2023');
		const rows = await handle.db
			.select({ id: declarations.id })
			.from(declarations)
			.where(eq(declarations.networkId, (await networkId(seedNetwork.slug))!));
		expect(rows.map((r) => r.id).sort()).toEqual([lima, ba].sort());

		const limaView = await getDeclaration(g.network.anonymous, seedNetwork.slug, lima, 'en');
		expect(limaView).toMatchObject({ status: 'adopted', frozen: true });
		expect(limaView.paragraphs.filter((p) => p.part === 'preamble')).toHaveLength(10);
		expect(limaView.paragraphs.filter((p) => p.part === 'operative')).toHaveLength(6);
		expect(limaView.signatures).toHaveLength(16);
		expect(limaView.versions).toHaveLength(1);

		const baView = await getDeclaration(g.network.anonymous, seedNetwork.slug, ba, 'es');
		const operative10 = baView.paragraphs.find((p) => p.part === 'operative' && p.number === 10);
		expect(operative10?.text.es).toMatch(/consenso entre los firmantes/);
		expect(operative10?.text.en).toMatch(/consensus among the signatories/);
		expect(baView.signatures).toHaveLength(16);
		expect(baView.signatures.find((s) => s.participant === 'PRY')).toMatchObject({
			signatoryName: 'Oscar Luis Gonzalez Cañete',
			signedOn: '2023-09-12'
		});
		const text = await exportDeclarationText(g.network.anonymous, seedNetwork.slug, ba, 'es');
		expect(text.body).toContain('10. Que la participación de observadores');
	});

	async function networkId(slugValue: string) {
		const result = await handle.db.execute(sql`SELECT id FROM networks WHERE slug = ${slugValue}`);
		return (result as unknown as { rows: { id: string }[] }).rows[0]?.id;
	}
});
