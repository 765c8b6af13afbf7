import { pickLocalized, pickLocalizedWithLanguage } from '$lib/i18n/localized';
import { canDraftDeclaration, canProposeAmendment, isPresidency } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireDeclaration } from './declaration-access';
import { languagesOf, numberParagraphs } from './declaration-text';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import { adoptionStates } from './adoption-state';
import { languageGaps, languageStatuses } from './paragraph-languages';
import { findConferenceById } from '../registry/repository';
import {
	listAmendmentRows,
	listDeclarationSignatureRows,
	listParagraphRows,
	listVersionRows
} from './repository';
import { participantMapByIds } from '../registry/repository';
import type { DeclarationView } from './schemas';

/**
 * A declaration with its numbered paragraphs, amendments, versions and signatures. A declaration
 * whose adoption decision has passed its deadline reads as adopted at once (see `adoptionStates`).
 */
export async function getDeclaration(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	locale: string,
	now = new Date()
): Promise<DeclarationView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const { network, row } = await requireDeclaration(tx, ctx.actor, networkSlug, id);
		// One after another: the queries share the transaction's connection.
		const conference = await findConferenceById(tx, row.conferenceId);
		const paragraphRows = await listParagraphRows(tx, row.id);
		const amendments = await listAmendmentRows(tx, row.id);
		const versions = await listVersionRows(tx, row.id);
		const signatures = await listDeclarationSignatureRows(tx, row.id);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		const state = (await adoptionStates(tx, [row], now)).get(row.id)!;
		const decision = state.decision;
		const paragraphs = numberParagraphs(paragraphRows);
		const languages = languagesOf([row.title, ...paragraphs.map((p) => p.text)]);
		const proposers = await participantMapByIds(
			tx,
			amendments.map((a) => a.proposerId)
		);
		const drafting = state.status === 'drafting' && !state.frozen;
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
			titleLanguage: pickLocalizedWithLanguage(row.title, locale).language,
			titles: row.title,
			status: state.status,
			frozen: state.frozen,
			adoptedAt: state.adoptedAt?.toISOString() ?? null,
			languages,
			languageGaps: languageGaps(paragraphs, languages).map((gap) => ({
				paragraph: `${gap.part}:${gap.number}`,
				lang: gap.lang,
				state: gap.state
			})),
			preambleIntro: row.preambleIntro,
			operativeIntro: row.operativeIntro,
			paragraphs: paragraphs.map((p) => ({
				id: p.id,
				part: p.part,
				number: p.number,
				text: p.text,
				languages: languageStatuses(p, languages)
			})),
			amendments: amendments.map((a) => ({
				id: a.id,
				paragraphId: a.paragraphId,
				paragraph: a.paragraphLabel,
				kind: a.kind,
				text: a.text,
				justification: a.justification,
				proposer: proposers.get(a.proposerId)?.code ?? '',
				// Amendments still proposed lapse with the adoption, settled or not yet.
				status: a.status === 'proposed' && state.frozen ? 'rejected' : a.status,
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
						decisionId: decision.row.id,
						status: decision.status,
						deadline: decision.row.deadline.toISOString()
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
				canSign: state.status === 'adopted' && isPresidency(ctx.actor, facts)
			}
		};
	});
}
