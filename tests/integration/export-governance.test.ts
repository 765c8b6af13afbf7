import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { conferences } from '../../src/lib/server/db/schema';
import { parseInput } from '../../src/lib/server/api/validation';
import { unsafeExportParticipant } from '../../src/lib/server/export/export-participant';
import { addParagraph } from '../../src/lib/server/declarations/add-paragraph';
import { createDeclaration } from '../../src/lib/server/declarations/create-declaration';
import { openDecision } from '../../src/lib/server/decisions/open-decision';
import { proposeAmendment } from '../../src/lib/server/declarations/propose-amendment';
import { recordPosition } from '../../src/lib/server/decisions/record-position';
import { amendmentInputSchema } from '../../src/lib/server/declarations/schemas';
import { decisionInput, governanceNetwork, hour } from './support/governance';
import { openTestDatabase, testDbKind } from './support/test-db';

describe(`a participant's export of its governance records on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let g: Awaited<ReturnType<typeof governanceNetwork>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		g = await governanceNetwork(handle.db);
		await handle.db.insert(conferences).values({
			networkId: g.network.id,
			edition: 4,
			name: { en: 'IV ALCONU' },
			countryCode: 'PRY',
			year: 2027
		});
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('holds the decisions it opened, its positions, its declarations and its amendments', async () => {
		const deadline = new Date(Date.now() + 24 * hour);
		const { id: decisionId } = await openDecision(
			g.presUser.ctx,
			g.network.slug,
			decisionInput(deadline)
		);
		await recordPosition(g.aUser.ctx, g.network.slug, decisionId, {
			position: 'object',
			comment: 'A objects'
		});
		const { id: declarationId } = await createDeclaration(g.presUser.ctx, g.network.slug, {
			conferenceEdition: 4,
			title: { en: 'Declaration' }
		});
		const paragraph = await addParagraph(g.presUser.ctx, g.network.slug, declarationId, {
			part: 'operative',
			text: { en: 'First.' }
		});
		await proposeAmendment(
			g.aUser.ctx,
			g.network.slug,
			declarationId,
			parseInput(amendmentInputSchema, {
				paragraphId: paragraph.id,
				kind: 'replace',
				text: { en: 'First, amended.' },
				justification: 'Clearer'
			})
		);

		const pres = await unsafeExportParticipant(handle.db, {
			network: g.network.slug,
			participant: g.participants.pres.code
		});
		expect((pres.decisions as { id: string }[]).map((d) => d.id)).toContain(decisionId);
		const declarations = pres.declarations as { id: string; paragraphs: { text: unknown }[] }[];
		expect(declarations.map((d) => d.id)).toEqual([declarationId]);
		expect(declarations[0]!.paragraphs.map((p) => p.text)).toEqual([{ en: 'First.' }]);

		const a = await unsafeExportParticipant(handle.db, {
			network: g.network.slug,
			participant: g.participants.a.code
		});
		expect(a.decisionPositions).toEqual([
			expect.objectContaining({ decisionId, position: 'object', comment: 'A objects' })
		]);
		expect(a.declarationAmendments).toEqual([
			expect.objectContaining({ declarationId, justification: 'Clearer' })
		]);
		expect(a.decisions).toEqual([]);
		expect(a.declarations).toEqual([]);
	});
});
