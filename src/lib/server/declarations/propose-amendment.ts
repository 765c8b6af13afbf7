import { randomUUID } from 'node:crypto';
import { canProposeAmendment, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { DomainError, ValidationError } from '../errors';
import { requireDeclaration, requireDraftable } from './declaration-access';
import { numberParagraphs, paragraphRef } from './declaration-text';
import { insertAmendment, listParagraphRows } from './repository';
import type { AmendmentInput } from './schemas';
import { unsafeSettleDueDecisions } from '../decisions/settle-decision';

/**
 * A member participant (its editors and focal points) proposes to replace a paragraph, insert
 * one after it, or delete it, with a justification. Observers and partners read the draft only.
 */
export async function proposeAmendment(
	ctx: Ctx,
	networkSlug: string,
	declarationId: string,
	input: AmendmentInput,
	now = new Date()
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	await unsafeSettleDueDecisions(ctx.db, now);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const { network, row } = await requireDeclaration(tx, ctx.actor, networkSlug, declarationId);
		if (!canProposeAmendment(ctx.actor, network.id)) {
			throw new DomainError(
				403,
				'gov_decl_err_members_only',
				'Only member participants propose amendments'
			);
		}
		await requireDraftable(tx, row);
		const paragraph = numberParagraphs(await listParagraphRows(tx, row.id)).find(
			(p) => p.id === input.paragraphId
		);
		if (!paragraph) {
			throw new ValidationError([{ path: 'paragraphId', message: 'gov_decl_err_paragraph' }]);
		}
		const id = randomUUID();
		await insertAmendment(tx, {
			id,
			declarationId: row.id,
			paragraphId: paragraph.id,
			paragraphLabel: paragraphRef(paragraph),
			kind: input.kind,
			text: input.kind === 'delete' ? {} : input.text,
			justification: input.justification,
			proposerId: ctx.actor.participant!.id,
			proposedBy: ctx.actor.userId,
			createdAt: now
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'declaration_amendment',
			entityId: id,
			networkId: network.id,
			details: { declaration: row.id, kind: input.kind, paragraph: paragraphRef(paragraph) }
		});
		return { id };
	});
}
