import { pickLocalized } from '$lib/i18n/localized';
import { canDraftDeclaration, canProposeAmendment, isPresidency } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireDeclaration } from './declaration-access';
import { languagesOf, numberParagraphs } from './declaration-text';
import { loadGovernanceFacts } from './load-governance-facts';
import {
	findConferenceById,
	findDecisionById,
	listAmendmentRows,
	listDeclarationSignatureRows,
	listParagraphRows,
	listVersionRows,
	participantCodes
} from './repository';
import type { DeclarationView } from './schemas';
import { unsafeSettleDueDecisions } from './settle-decision';

/**
 * A declaration with its numbered paragraphs, amendments, versions and signatures. A due adoption
 * decision is settled first, so a declaration adopted at its deadline reads as adopted at once.
 */
export async function getDeclaration(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	locale: string,
	now = new Date()
): Promise<DeclarationView> {
	await unsafeSettleDueDecisions(ctx.db, now);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const { network, row } = await requireDeclaration(tx, ctx.actor, networkSlug, id);
		// One after another: the queries share the transaction's connection.
		const conference = await findConferenceById(tx, row.conferenceId);
		const paragraphRows = await listParagraphRows(tx, row.id);
		const amendments = await listAmendmentRows(tx, row.id);
		const versions = await listVersionRows(tx, row.id);
		const signatures = await listDeclarationSignatureRows(tx, row.id);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		const decision = row.adoptionDecisionId
			? await findDecisionById(tx, row.adoptionDecisionId)
			: undefined;
		const paragraphs = numberParagraphs(paragraphRows);
		const proposers = await participantCodes(
			tx,
			amendments.map((a) => a.proposerId)
		);
		const drafting = row.status === 'drafting' && !row.frozen;
		const underDecision = decision?.status === 'open';
		return {
			id: row.id,
			network: network.slug,
			conference: {
				edition: conference?.edition ?? 0,
				name: pickLocalized(conference?.name ?? {}, locale),
				year: conference?.year ?? 0
			},
			title: pickLocalized(row.title, locale),
			titles: row.title,
			status: row.status,
			frozen: row.frozen,
			adoptedAt: row.adoptedAt?.toISOString() ?? null,
			languages: languagesOf([row.title, ...paragraphs.map((p) => p.text)]),
			preambleIntro: row.preambleIntro,
			operativeIntro: row.operativeIntro,
			paragraphs,
			amendments: amendments.map((a) => ({
				id: a.id,
				paragraphId: a.paragraphId,
				paragraph: a.paragraphLabel,
				kind: a.kind,
				text: a.text,
				justification: a.justification,
				proposer: proposers.get(a.proposerId)?.code ?? '',
				status: a.status,
				createdAt: a.createdAt.toISOString(),
				decidedAt: a.decidedAt?.toISOString() ?? null,
				version: a.versionNumber
			})),
			versions: versions.map((v) => ({
				number: v.number,
				reason: v.reason,
				createdAt: v.createdAt.toISOString()
			})),
			adoption: decision
				? {
						decisionId: decision.id,
						status: decision.status,
						deadline: decision.deadline.toISOString()
					}
				: null,
			signatures: signatures.map((s) => ({
				participant: s.code,
				participantName: pickLocalized(s.name, locale),
				signatoryName: s.signature.signatoryName,
				signatoryTitle: s.signature.signatoryTitle,
				signedOn: s.signature.signedOn
			})),
			viewer: {
				canDraft: drafting && !underDecision && canDraftDeclaration(ctx.actor, facts),
				canPropose: drafting && !underDecision && canProposeAmendment(ctx.actor, network.id),
				canSign: row.status === 'adopted' && isPresidency(ctx.actor, facts)
			}
		};
	});
}
