import { requireDraftDeclaration, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { withActor } from '../db/with-actor';
import { ConflictError, NotFoundError } from '../errors';
import { requireDeclaration, requireDraftable } from './declaration-access';
import { numberParagraphs, paragraphRef } from './declaration-text';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import { amendParagraphContent, newParagraphContent } from './paragraph-languages';
import { recordVersion } from './record-version';
import {
	decideAmendmentRow,
	deleteParagraph,
	findAmendment,
	insertParagraphs,
	listParagraphRows,
	shiftParagraphsAfter,
	updateParagraphContent,
	type AmendmentRow
} from './repository';
import type { DecideAmendmentInput } from './schemas';
import { unsafeSettleDueDecisions } from '../decisions/settle-decision';

/**
 * The Presidency accepts an amendment, which changes the text and records a version, or rejects
 * it. Each amendment is decided once.
 */
export async function decideAmendment(
	ctx: Ctx,
	networkSlug: string,
	declarationId: string,
	amendmentId: string,
	input: DecideAmendmentInput,
	now = new Date()
): Promise<{ status: 'accepted' | 'rejected'; version: number | null }> {
	requireSignedIn(ctx.actor);
	await unsafeSettleDueDecisions(ctx.db, now);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const { network, row } = await requireDeclaration(tx, ctx.actor, networkSlug, declarationId, {
			lock: true
		});
		const amendment = await findAmendment(tx, row.id, amendmentId);
		if (!amendment) throw new NotFoundError();
		requireDraftDeclaration(ctx.actor, await loadGovernanceFacts(tx, network.id, now));
		await requireDraftable(tx, row);
		if (amendment.status !== 'proposed') {
			throw new ConflictError('gov_decl_err_amendment_decided', 'The amendment is decided');
		}
		const status = input.decision === 'accept' ? 'accepted' : 'rejected';
		let version: number | null = null;
		if (status === 'accepted') {
			const ref = await applyAmendment(tx, amendment);
			version = await recordVersion(tx, row.id, `amendment_accepted|${ref}`, ctx.actor.userId, now);
		}
		await decideAmendmentRow(tx, amendment.id, {
			status,
			decidedBy: ctx.actor.userId,
			decidedAt: now,
			versionNumber: version
		});
		await appendAudit(tx, ctx.actor, {
			action: status === 'accepted' ? 'accept' : 'reject',
			entityType: 'declaration_amendment',
			entityId: amendment.id,
			networkId: network.id,
			details: { declaration: row.id, kind: amendment.kind, version }
		});
		return { status, version };
	});
}

/** Changes the paragraphs as the amendment says; returns the paragraph it touched, as numbered now. */
async function applyAmendment(tx: Transaction, amendment: AmendmentRow): Promise<string> {
	const rows = await listParagraphRows(tx, amendment.declarationId);
	const target = rows.find((r) => r.id === amendment.paragraphId);
	if (!target) {
		throw new ConflictError('gov_decl_err_paragraph_gone', 'The paragraph no longer exists');
	}
	const numbered = numberParagraphs(rows);
	const current = numbered.find((p) => p.id === target.id)!;
	switch (amendment.kind) {
		case 'replace':
			// Only the languages the amendment was written in change; the others are kept, marked.
			await updateParagraphContent(
				tx,
				target.id,
				amendParagraphContent({ text: target.text, languages: target.languages }, amendment.text)
			);
			return paragraphRef(current);
		case 'delete':
			await deleteParagraph(tx, target.id);
			return paragraphRef(current);
		case 'insert_after':
			await shiftParagraphsAfter(tx, amendment.declarationId, target.ordinal);
			await insertParagraphs(tx, [
				{
					declarationId: amendment.declarationId,
					part: target.part,
					ordinal: target.ordinal + 1,
					...newParagraphContent(amendment.text)
				}
			]);
			return paragraphRef({ part: current.part, number: current.number + 1 });
	}
}
