import { requireDraftDeclaration, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireDeclaration, requireDraftable } from './declaration-access';
import { numberParagraphs, paragraphRef } from './declaration-text';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import { recordVersion } from './record-version';
import { editParagraphContent } from './paragraph-languages';
import { listParagraphRows, updateParagraphContent } from './repository';
import type { EditParagraphInput } from './schemas';
import { unsafeSettleDueDecisions } from '../decisions/settle-decision';

/**
 * The Presidency rewrites a paragraph of the draft, or updates its translations; a version records
 * it. No language is lost: one left empty keeps its text (see `editParagraphContent`).
 */
export async function editParagraph(
	ctx: Ctx,
	networkSlug: string,
	declarationId: string,
	paragraphId: string,
	input: EditParagraphInput,
	now = new Date()
): Promise<{ version: number }> {
	requireSignedIn(ctx.actor);
	await unsafeSettleDueDecisions(ctx.db, now);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const { network, row } = await requireDeclaration(tx, ctx.actor, networkSlug, declarationId, {
			lock: true
		});
		requireDraftDeclaration(ctx.actor, await loadGovernanceFacts(tx, network.id, now));
		await requireDraftable(tx, row);
		const paragraph = numberParagraphs(await listParagraphRows(tx, row.id)).find(
			(p) => p.id === paragraphId
		);
		if (!paragraph) throw new NotFoundError();
		await updateParagraphContent(
			tx,
			paragraphId,
			editParagraphContent(
				{ text: paragraph.text, languages: paragraph.languages ?? {} },
				input.text,
				input
			)
		);
		const ref = paragraphRef(paragraph);
		const version = await recordVersion(
			tx,
			row.id,
			`paragraph_edited|${ref}`,
			ctx.actor.userId,
			now
		);
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'declaration',
			entityId: row.id,
			networkId: network.id,
			details: { edited: ref, version }
		});
		return { version };
	});
}
