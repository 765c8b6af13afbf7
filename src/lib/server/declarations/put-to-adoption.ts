import { requireDraftDeclaration, requireSignedIn } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError } from '../errors';
import { requireDeclaration, requireDraftable } from './declaration-access';
import { languagesOf, numberParagraphs, renderPlainText } from './declaration-text';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import { languageGaps } from './paragraph-languages';
import { openDecision } from '../decisions/open-decision';
import { listParagraphRows, listVersionRows, updateDeclaration } from './repository';
import type { PutToAdoptionInput } from './schemas';
import { unsafeSettleDueDecisions } from '../decisions/settle-decision';

/**
 * The Presidency puts the current text to an `adopt_declaration` decision by silence procedure.
 * While it is open the text cannot change; if it is adopted the declaration is frozen.
 */
export async function putToAdoption(
	ctx: Ctx,
	networkSlug: string,
	declarationId: string,
	input: PutToAdoptionInput,
	now = new Date()
): Promise<{ decisionId: string }> {
	requireSignedIn(ctx.actor);
	await unsafeSettleDueDecisions(ctx.db, now);
	const prepared = await withActor(ctx.db, ctx.actor, async (tx) => {
		const { network, row } = await requireDeclaration(tx, ctx.actor, networkSlug, declarationId, {
			lock: true
		});
		requireDraftDeclaration(ctx.actor, await loadGovernanceFacts(tx, network.id, now));
		await requireDraftable(tx, row);
		const paragraphs = numberParagraphs(await listParagraphRows(tx, row.id));
		if (paragraphs.length === 0) {
			throw new ConflictError('gov_decl_err_empty', 'The declaration has no paragraphs');
		}
		// Refused rather than warned: the adopted text is frozen and public, so a language adopted
		// stale or missing could never be put right, and signatories would adopt in one language
		// what another does not say.
		const gaps = languageGaps(
			paragraphs,
			languagesOf([row.title, ...paragraphs.map((p) => p.text)])
		);
		if (gaps.length > 0) {
			throw new ConflictError(
				'gov_decl_err_languages_pending',
				'A language needs an update or is missing'
			);
		}
		const version = (await listVersionRows(tx, row.id)).at(-1)?.number ?? 0;
		const text = Object.fromEntries(
			languagesOf(paragraphs.map((p) => p.text)).map((lang) => [
				lang,
				renderPlainText(row, paragraphs, lang)
			])
		);
		return { row, version, text };
	});
	const { id } = await openDecision(
		ctx,
		networkSlug,
		{
			kind: 'adopt_declaration',
			title: prepared.row.title,
			text: text20k(prepared.text),
			deadline: input.deadline,
			positionsVisibility: input.positionsVisibility,
			subject: { declarationId: prepared.row.id, note: `v${prepared.version}` }
		},
		now
	);
	await withActor(ctx.db, ctx.actor, (tx) =>
		updateDeclaration(tx, prepared.row.id, { adoptionDecisionId: id })
	);
	return { decisionId: id };
}

/** A decision's text holds up to 20,000 characters; the declaration itself stays whole. */
function text20k(text: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(text).map(([k, v]) => [k, v.slice(0, 20_000)]));
}
