import type { Transaction } from '../db/client';
import { releaseCodeMap, releasabilityView } from '../access/releasability';
import { collectReports } from '../reports/export-reports';
import { collectDelegations, collectEvents } from '../calendar/export-calendar';
import { collectDecisions, collectPositions } from '../decisions/export-decisions';
import {
	collectAmendments,
	collectDeclarationSignatures,
	collectDeclarations
} from '../declarations/export-declarations';
import {
	collectCooperationCommitments,
	collectCooperationOffers,
	collectCooperationRequests,
	collectCooperationSteps
} from '../exchange/export-exchange';
import {
	collectCapabilityGaps,
	collectContingents,
	collectContributions,
	collectPledges
} from '../pledges/export-pledges';
import { collectSituationNotes } from '../situation/export-situation';
import { collectWebhooks } from '../webhooks/export-webhooks';
import {
	collectTrainingCentres,
	collectTrainingCourses,
	collectTrainingNominations
} from '../training/export-training';
import { collectBarrierAssessments } from '../barriers/export-barriers';
import { collectTranslationRequests } from '../documents/export-translation-requests';
import {
	listDocumentFiles,
	listDocumentsOwnedBy,
	listSignaturesOf,
	listUsersOfParticipant
} from './repository';

/** The participant whose records are exported. */
export interface ExportOwner {
	id: string;
	code: string;
	networkId: string;
}

/** One kind of record a participant owns; it becomes a top-level list in the export. */
export interface ExportSection {
	key: string;
	/** The tables whose rows the section exports: a table that refers to a participant is owned. */
	tables: readonly string[];
	collect(tx: Transaction, owner: ExportOwner): Promise<unknown[]>;
}

/** Files are read a few documents at a time, as each may be several megabytes. */
const documentsPerFileQuery = 10;

async function collectDocuments(tx: Transaction, owner: ExportOwner): Promise<unknown[]> {
	const rows = await listDocumentsOwnedBy(tx, owner.id);
	const codes = await releaseCodeMap(
		tx,
		rows.map((r) => r.releasedTo)
	);
	const exported: unknown[] = [];
	for (let start = 0; start < rows.length; start += documentsPerFileQuery) {
		const page = rows.slice(start, start + documentsPerFileQuery);
		const files = await listDocumentFiles(
			tx,
			page.map((doc) => doc.id)
		);
		const fileOf = new Map(files.map((file) => [file.documentId, file]));
		for (const doc of page) {
			const file = fileOf.get(doc.id);
			exported.push({
				id: doc.id,
				title: doc.title,
				kind: doc.kind,
				category: doc.category,
				language: doc.language,
				documentDate: doc.documentDate,
				body: doc.body,
				translationOf: doc.translationOf,
				version: doc.version,
				releasability: releasabilityView(doc, codes),
				createdBy: doc.createdBy,
				createdAt: doc.createdAt,
				updatedAt: doc.updatedAt,
				file: file
					? {
							filename: file.filename,
							contentType: file.contentType,
							size: file.size,
							createdAt: file.createdAt,
							base64: file.data.toString('base64')
						}
					: null
			});
		}
	}
	return exported;
}

/**
 * Everything a participant owns, one section per kind of record. An area that adds records owned
 * by a participant adds its section here, and its query to repository.ts.
 */
export const participantExportSections: readonly ExportSection[] = [
	{ key: 'users', tables: ['users'], collect: (tx, owner) => listUsersOfParticipant(tx, owner.id) },
	{ key: 'documents', tables: ['documents', 'document_files'], collect: collectDocuments },
	{
		key: 'signatures',
		tables: ['signatures'],
		collect: (tx, owner) => listSignaturesOf(tx, owner.id)
	},
	{
		key: 'nationalReports',
		tables: ['national_reports', 'national_report_activities', 'national_report_versions'],
		collect: collectReports
	},
	{ key: 'events', tables: ['events'], collect: collectEvents },
	{ key: 'eventDelegations', tables: ['event_delegations'], collect: collectDelegations },
	{ key: 'decisions', tables: ['decisions'], collect: collectDecisions },
	{ key: 'decisionPositions', tables: ['decision_events'], collect: collectPositions },
	{
		key: 'declarations',
		tables: ['declarations', 'declaration_paragraphs', 'declaration_versions'],
		collect: collectDeclarations
	},
	{ key: 'declarationAmendments', tables: ['declaration_amendments'], collect: collectAmendments },
	{
		key: 'declarationSignatures',
		tables: ['declaration_signatures'],
		collect: collectDeclarationSignatures
	},
	{
		key: 'cooperationRequests',
		tables: ['cooperation_requests'],
		collect: collectCooperationRequests
	},
	{ key: 'cooperationOffers', tables: ['cooperation_offers'], collect: collectCooperationOffers },
	{
		key: 'cooperationCommitments',
		tables: ['cooperation_commitments'],
		collect: collectCooperationCommitments
	},
	{
		key: 'cooperationSteps',
		tables: ['cooperation_commitment_events'],
		collect: collectCooperationSteps
	},
	{ key: 'pledges', tables: ['pledges', 'pledge_versions'], collect: collectPledges },
	{ key: 'combinedContingents', tables: ['combined_contingents'], collect: collectContingents },
	{
		key: 'contingentContributions',
		tables: ['contingent_contributions'],
		collect: collectContributions
	},
	{ key: 'capabilityGaps', tables: ['capability_gaps'], collect: collectCapabilityGaps },
	{
		key: 'situationNotes',
		tables: ['situation_notes', 'situation_note_versions', 'situation_note_attachments'],
		collect: collectSituationNotes
	},
	{ key: 'webhooks', tables: ['webhooks'], collect: collectWebhooks },
	{ key: 'trainingCentres', tables: ['training_centres'], collect: collectTrainingCentres },
	{
		key: 'trainingCourses',
		tables: ['training_courses', 'training_seat_offers'],
		collect: collectTrainingCourses
	},
	{
		key: 'trainingNominations',
		tables: ['training_nominations'],
		collect: collectTrainingNominations
	},
	{
		key: 'barrierAssessments',
		// Survey answers leave only as the aggregates the assessment's readers see.
		tables: [
			'barrier_assessments',
			'barrier_assessment_areas',
			'barrier_recommendations',
			'barrier_recommendation_updates',
			'barrier_surveys',
			'barrier_survey_responses'
		],
		collect: collectBarrierAssessments
	},
	{
		key: 'translationRequests',
		tables: ['translation_requests'],
		collect: collectTranslationRequests
	}
];

/**
 * Tables that refer to a participant without the participant owning their rows: network records
 * it takes part in, kept by whoever runs the network. Every other such table needs a section.
 */
export const notOwnedByParticipant: Readonly<Record<string, string>> = {
	participants: 'the registry entry itself, in the export header',
	conferences: 'the network’s conferences; the host does not own them',
	presidency_terms: 'the network’s record of its Presidency',
	presidency_handovers: 'the network’s record of its Presidency',
	governance_body_members: 'membership of the network’s bodies, kept by the Presidency',
	observer_candidates: 'the network’s record of an admission',
	annual_calendars: 'the network’s calendar, approved by the Presidency or a decision',
	reporting_cycles: 'opened by the Presidency for the network',
	report_reminders: 'mail the platform sent',
	mission_briefs: 'the network’s brief of a UN mission, kept by the Presidency and partners'
};
