import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import {
	annualCalendars,
	apiTokens,
	auditLog,
	calendarFeedTokens,
	eventDelegations,
	events,
	governanceBodies,
	governanceBodyMembers,
	conferences,
	decisionEvents,
	decisionNotifications,
	decisions,
	declarationAmendments,
	declarationParagraphs,
	declarationSignatures,
	declarationVersions,
	declarations,
	documentFiles,
	documents,
	loginAttempts,
	nationalReportActivities,
	nationalReports,
	nationalReportVersions,
	networks,
	observerCandidates,
	oneTimeTokens,
	outbox,
	participants,
	presidencyHandovers,
	presidencyTerms,
	reportingCycles,
	reportingMissions,
	reportReminders,
	sessions,
	signatures,
	unContributions,
	unContributionsByCountry,
	unContributionsByType,
	unCountries,
	unImports,
	unMissions,
	unPrintedTotals,
	unQualityFindings,
	users,
	cooperationRequests,
	cooperationOffers,
	cooperationCommitments,
	cooperationCommitmentEvents,
	cooperationNotifications,
	pledges,
	pledgeVersions,
	combinedContingents,
	contingentContributions,
	capabilityGaps,
	missionBriefs,
	situationFollows,
	situationNotes,
	situationNoteVersions,
	translationRequests
} from '../db/schema';

/**
 * Every table a backup holds, each after the tables it references, so that a restore inserting in
 * this order never breaks a foreign key. A table added to the schema must be listed here or in
 * `tablesLeftOut` (tables.test.ts fails otherwise).
 */
export const backupTables: readonly PgTable[] = [
	networks,
	participants,
	conferences,
	presidencyTerms,
	users,
	documents,
	documentFiles,
	signatures,
	apiTokens,
	oneTimeTokens,
	outbox,
	reportingMissions,
	reportingCycles,
	nationalReports,
	nationalReportActivities,
	nationalReportVersions,
	reportReminders,
	events,
	eventDelegations,
	annualCalendars,
	calendarFeedTokens,
	governanceBodies,
	governanceBodyMembers,
	presidencyHandovers,
	observerCandidates,
	decisions,
	decisionEvents,
	decisionNotifications,
	declarations,
	declarationParagraphs,
	declarationAmendments,
	declarationVersions,
	declarationSignatures,
	pledges,
	pledgeVersions,
	combinedContingents,
	contingentContributions,
	capabilityGaps,
	unCountries,
	unMissions,
	unContributions,
	unContributionsByCountry,
	unContributionsByType,
	unPrintedTotals,
	unQualityFindings,
	unImports,
	cooperationRequests,
	cooperationOffers,
	cooperationCommitments,
	cooperationCommitmentEvents,
	cooperationNotifications,
	situationNotes,
	situationNoteVersions,
	situationFollows,
	missionBriefs,
	translationRequests,
	auditLog
];

/**
 * Short-lived state that a restored installation is better off without: sign-in sessions (everyone
 * signs in again) and sign-in throttling counters.
 */
export const tablesLeftOut: readonly PgTable[] = [sessions, loginAttempts];

export function tableName(table: PgTable): string {
	return getTableConfig(table).name;
}

export const backupTableNames: readonly string[] = backupTables.map(tableName);

/** The primary key's columns, to dump rows in a stable order. */
export function primaryKeyColumns(table: PgTable): string[] {
	const config = getTableConfig(table);
	const single = config.columns.filter((column) => column.primary).map((column) => column.name);
	if (single.length > 0) return single;
	return config.primaryKeys[0]?.columns.map((column) => column.name) ?? [];
}
