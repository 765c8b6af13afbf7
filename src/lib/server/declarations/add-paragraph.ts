import { randomUUID } from 'node:crypto';
import { requireDraftDeclaration, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireDeclaration, requireDraftable } from './declaration-access';
import { paragraphRef } from './declaration-text';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import { newParagraphContent } from './paragraph-languages';
import { recordVersion } from './record-version';
import { insertParagraphs, listParagraphRows, shiftParagraphsAfter } from './repository';
import type { AddParagraphInput } from './schemas';
import { unsafeSettleDueDecisions } from '../decisions/settle-decision';

/** Adds a paragraph at the end of its part (preamble or operative) and records a version. */
export async function addParagraph(
	ctx: Ctx,
	networkSlug: string,
	declarationId: string,
	input: AddParagraphInput,
	now = new Date()
): Promise<{ id: string; version: number }> {
	requireSignedIn(ctx.actor);
	await unsafeSettleDueDecisions(ctx.db, now);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const { network, row } = await requireDeclaration(tx, ctx.actor, networkSlug, declarationId, {
			lock: true
		});
		requireDraftDeclaration(ctx.actor, await loadGovernanceFacts(tx, network.id, now));
		await requireDraftable(tx, row);
		const rows = await listParagraphRows(tx, row.id);
		const lastInPart = rows.filter((r) => r.part === input.part).at(-1);
		// The preamble comes first: a first preamble paragraph goes before any operative one.
		const after =
			lastInPart?.ordinal ?? (input.part === 'preamble' ? -1 : (rows.at(-1)?.ordinal ?? -1));
		await shiftParagraphsAfter(tx, row.id, after);
		const id = randomUUID();
		await insertParagraphs(tx, [
			{
				id,
				declarationId: row.id,
				part: input.part,
				ordinal: after + 1,
				...newParagraphContent(input.text, input.machine)
			}
		]);
		const number = rows.filter((r) => r.part === input.part).length + 1;
		const ref = paragraphRef({ part: input.part, number });
		const version = await recordVersion(
			tx,
			row.id,
			`paragraph_added|${ref}`,
			ctx.actor.userId,
			now
		);
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'declaration',
			entityId: row.id,
			networkId: network.id,
			details: { added: ref, version }
		});
		return { id, version };
	});
}
