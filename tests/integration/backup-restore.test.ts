import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';
import {
	documentFiles,
	documents,
	loginAttempts,
	outbox,
	sessions
} from '../../src/lib/server/db/schema';
import { unsafeVerifyAuditChain } from '../../src/lib/server/audit/verify-audit';
import { unsafeActorForUser } from '../../src/lib/server/auth/unsafe-actor-for-user';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { unsafeEnsureFirstAdmin } from '../../src/lib/server/auth/ensure-first-admin';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { requestTranslation } from '../../src/lib/server/documents/request-translation';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { unsafeCreateUser } from '../../src/lib/server/people/unsafe-create-user';
import { unsafeSeedNetwork } from '../../src/lib/server/registry/seed-network';
import { unsafeRestoreBackup } from '../../src/lib/server/backup/restore-backup';
import { tableHasRows } from '../../src/lib/server/backup/repository';
import { BackupError } from '../../src/lib/server/backup/schemas';
import { backupTables, primaryKeyColumns, tableName } from '../../src/lib/server/backup/tables';
import { openTestDatabase, testDbKind } from './support/test-db';
import { fillCalendarTables } from './calendar-fixtures';
import { fillReportTables } from './reports-fixtures';
import { fillGovernanceTables } from './governance-fixtures';
import { fillStatisticsTables } from './statistics-fixtures';
import { fillExchangeTables } from './exchange-fixtures';
import { fillPledgeTables } from './pledges-fixtures';
import { fillSituationTables } from './situation-fixtures';
import {
	newCliTarget,
	runCliProcess,
	samplePdf,
	tableContents,
	withTarget,
	type CliTarget
} from './cli-harness';

/** Every backed-up table, row by row as PostgreSQL renders it. */
async function snapshot(db: Database): Promise<Record<string, string[]>> {
	const result: Record<string, string[]> = {};
	for (const table of backupTables) {
		result[tableName(table)] = await tableContents(db, tableName(table), primaryKeyColumns(table));
	}
	return result;
}

const pdf = samplePdf('Buenos Aires minutes');

/** A database with a row in every backed-up table, and sessions and sign-in attempts to leave out. */
async function fillSource(db: Database): Promise<string> {
	await unsafeSeedNetwork(db);
	await unsafeEnsureFirstAdmin(db, 'http://localhost');
	await unsafeCreateUser(db, {
		admin: false,
		network: 'relacopaz',
		participant: 'ARG',
		email: 'editor@example.test',
		name: 'Editor',
		role: 'editor',
		password: 'a long enough password'
	});
	const actor = await unsafeActorForUser(db, 'editor@example.test');
	await createApiToken(db, actor, 'sync');
	await fillCalendarTables(db, actor);
	await fillReportTables(db, 'editor@example.test');
	await fillGovernanceTables(db);
	await fillStatisticsTables(db);
	await fillExchangeTables(db);
	await fillPledgeTables(db, 'editor@example.test');
	await fillSituationTables(db, actor);
	const { id } = await createDocument(
		{ db, actor },
		'relacopaz',
		{
			title: 'Actas — reunión preparatoria',
			kind: 'minutes',
			language: 'es',
			body: 'Texto con "comillas", \\barras\\ y\nsaltos de línea',
			releasability: { level: 'named', participants: ['BRA', 'CHL'] },
			documentDate: '2023-09-11'
		},
		{ filename: 'actas.pdf', contentType: 'application/pdf', size: pdf.length, data: pdf }
	);
	await unsafeCreateUser(db, {
		admin: false,
		network: 'relacopaz',
		participant: 'BRA',
		email: 'reader@example.test',
		name: 'Reader',
		role: 'viewer'
	});
	const reader = await unsafeActorForUser(db, 'reader@example.test');
	await requestTranslation({ db, actor: reader }, 'relacopaz', id, { language: 'pt', note: '' });
	await db
		.insert(outbox)
		.values({ recipient: 'x@example.test', subject: 'Hola', textBody: 'Texto' });
	await db.insert(sessions).values({
		id: hashToken('session'),
		userId: actor.userId!,
		expiresAt: new Date(Date.now() + 3600_000)
	});
	await db.insert(loginAttempts).values({ key: 'editor@example.test', succeeded: true });
	return id;
}

async function expectSameAsSource(
	db: Database,
	source: Record<string, string[]>,
	documentId: string
): Promise<void> {
	expect(await snapshot(db)).toEqual(source);
	for (const table of backupTables) {
		expect(source[tableName(table)]!.length, tableName(table)).toBeGreaterThan(0);
	}
	expect(await db.select().from(sessions)).toEqual([]);
	expect(await db.select().from(loginAttempts)).toEqual([]);
	const [file] = await db
		.select()
		.from(documentFiles)
		.where(eq(documentFiles.documentId, documentId));
	expect(file!.data.equals(pdf)).toBe(true);
	const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
	expect(doc!.body).toBe('Texto con "comillas", \\barras\\ y\nsaltos de línea');
	const audit = await unsafeVerifyAuditChain(db);
	expect(audit).toEqual({ ok: true, entries: source.audit_log!.length });
}

// Filling every area's tables and restoring them through the command line takes minutes on a
// loaded machine; the limit only stops a hung run.
describe(`backup and restore on ${testDbKind}`, { timeout: 300_000 }, () => {
	let dir: string;
	let source: CliTarget;
	let sourceRows: Record<string, string[]>;
	let documentId: string;
	const targets: CliTarget[] = [];
	const fresh = async (kind: 'pglite' | 'postgres') => {
		const target = await newCliTarget(kind);
		targets.push(target);
		return target;
	};

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'platform-backup-'));
		source = await fresh('pglite');
		const handle = await source.open();
		try {
			await handle.migrate();
			documentId = await fillSource(handle.db);
		} finally {
			await handle.close();
		}
	});

	afterAll(async () => {
		for (const target of targets) await target.dispose();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('backs up the embedded database and restores it into a new one, then refuses a second time', async () => {
		const file = join(dir, 'pglite.jsonl.gz');
		const backup = await runCliProcess(['backup', file], source.env);
		expect(backup.stderr).toBe('');
		expect(backup.code).toBe(0);
		expect(gunzipSync(readFileSync(file)).toString('utf8')).toMatch(
			/^\{"format":"platform-backup"/
		);
		sourceRows = await withTarget(source, snapshot);

		const target = await fresh('pglite');
		const restored = await runCliProcess(['restore', file], target.env);
		expect(restored.stderr).toBe('');
		expect(restored.code).toBe(0);
		expect(restored.stdout).toContain('audit log: ok');
		await withTarget(target, (db) => expectSameAsSource(db, sourceRows, documentId));

		const again = await runCliProcess(['restore', file], target.env);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('The database is not empty');
	});

	it('restores nothing from a backup that was cut off', async () => {
		const lines = gunzipSync(readFileSync(join(dir, 'pglite.jsonl.gz')))
			.toString('utf8')
			.trimEnd()
			.split('\n');
		const handle = await openTestDatabase();
		try {
			async function* cutOff() {
				yield* lines.slice(0, -1);
			}
			await expect(unsafeRestoreBackup(handle.db, cutOff())).rejects.toThrow(BackupError);
			await expect(unsafeRestoreBackup(handle.db, cutOff())).rejects.toThrow(/ends early/);
			expect(await tableHasRows(handle.db, 'networks')).toBe(false);
		} finally {
			await handle.close();
		}
	});

	it.skipIf(testDbKind !== 'postgres')(
		'moves a backup from the embedded database to PostgreSQL and back',
		async () => {
			const postgres = await fresh('postgres');
			const intoPostgres = await runCliProcess(
				['restore', join(dir, 'pglite.jsonl.gz')],
				postgres.env
			);
			expect(intoPostgres.stderr).toBe('');
			expect(intoPostgres.code).toBe(0);
			await withTarget(postgres, (db) => expectSameAsSource(db, sourceRows, documentId));

			const plain = join(dir, 'postgres.jsonl');
			const backup = await runCliProcess(['backup', plain], postgres.env);
			expect(backup.code).toBe(0);
			// The backup itself is audited, so the copy has one entry more than the source.
			const postgresRows = await withTarget(postgres, snapshot);
			expect(postgresRows.audit_log!.length).toBe(sourceRows.audit_log!.length + 1);

			const pglite = await fresh('pglite');
			const intoPglite = await runCliProcess(['restore', plain], pglite.env);
			expect(intoPglite.code).toBe(0);
			await withTarget(pglite, (db) => expectSameAsSource(db, postgresRows, documentId));
		}
	);
});
