import { databaseOptionsFromEnv, openDatabase, type DatabaseHandle } from './db/client';
import { unsafeSeedNetwork } from './registry/seed-network';
import { unsafeSeedCalendar } from './calendar/seed-calendar';
import { unsafeEnsureFirstAdmin } from './auth/ensure-first-admin';
import { startAuthHousekeeping } from './auth/prune-auth-records';
import { startOutboxRetry } from './mail/outbox-retry';
import { startDecisionJobs } from './decisions/decision-jobs';
import { unsafeSeedGovernance } from './presidency/seed-governance';
import { unsafeSeedReports } from './reports/seed-reports';
import { unsafeSeedStatistics } from './statistics/seed-statistics';
import { startReportReminders } from './reports/reminder-scheduler';
import { startExchangeDigests } from './exchange/exchange-jobs';
import { startSituationJobs } from './situation/situation-jobs';
import { startWebhookDeliveries } from './webhooks/webhook-jobs';
import { startPlannerStatistics } from './db/planner-statistics';
import { ReadAuditWriter } from './audit/read-audit';
import { startupLog } from './startup-log';
import { defaultNetworkSlug } from './registry/default-network';

/** Writes the audit entries of every request's restricted reads, in group commits. */
export const readAuditWriter = new ReadAuditWriter(() => runtimeDb());

let handle: DatabaseHandle | undefined;
let opening: Promise<DatabaseHandle> | undefined;
let stopTimers: (() => Promise<void>)[] = [];

/**
 * Opens the database once per process, migrates it, seeds the network and, on the very first
 * start, prints a one-time link for the first administrator.
 */
export function startRuntime(): Promise<DatabaseHandle> {
	opening ??= (async () => {
		const opened = await openDatabase(databaseOptionsFromEnv());
		try {
			await opened.migrate();
			await unsafeSeedNetwork(opened.db);
			await unsafeSeedStatistics(opened.db);
			await unsafeSeedGovernance(opened.db);
			await unsafeSeedCalendar(opened.db);
			await unsafeSeedReports(opened.db);
			const link = await unsafeEnsureFirstAdmin(opened.db, publicOrigin());
			console.log(
				startupLog({
					database: opened.kind === 'pglite' ? 'pglite' : 'postgres',
					dataDir: process.env.DATA_DIR ?? './data',
					network: defaultNetworkSlug(),
					origin: publicOrigin(),
					adminLink: link
				})
			);
		} catch (error) {
			await opened.close();
			throw error;
		}
		handle = opened;
		stopTimers = [
			startOutboxRetry(opened.db),
			startAuthHousekeeping(opened.db),
			startDecisionJobs(opened.db, publicOrigin()),
			startReportReminders(opened.db, publicOrigin()),
			startExchangeDigests(opened.db, publicOrigin()),
			startSituationJobs(opened.db, publicOrigin()),
			startWebhookDeliveries(opened.db),
			...(opened.kind === 'pglite' ? [startPlannerStatistics(opened.db)] : [])
		];
		return opened;
	})();
	return opening;
}

export function runtimeDb(): DatabaseHandle['db'] {
	if (!handle) throw new Error('The database is not open yet');
	return handle.db;
}

export async function stopRuntime(): Promise<void> {
	const closing = handle;
	const stopping = stopTimers;
	handle = undefined;
	opening = undefined;
	stopTimers = [];
	await Promise.all(stopping.map((stop) => stop()));
	await closing?.close();
}

export function publicOrigin(): string {
	return process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? '3000'}`;
}
