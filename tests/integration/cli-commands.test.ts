import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, sql } from 'drizzle-orm';
import { auditLog, networks } from '../../src/lib/server/db/schema';
import { unsafeResolveSession } from '../../src/lib/server/auth/resolve-actor';
import { unsafeActorForUser } from '../../src/lib/server/auth/unsafe-actor-for-user';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { testDbKind } from './support/test-db';
import { newCliTarget, runCliProcess, samplePdf, withTarget, type CliTarget } from './cli-harness';

const focalEmail = 'ana.focal@example.test';
const adminEmail = 'root.admin@example.test';

describe(`CLI on ${testDbKind}`, () => {
	let target: CliTarget;
	let token = '';
	let argDocumentId = '';
	let braDocumentId = '';
	const pdf = samplePdf('ARG annual report');
	const cli = (...args: string[]) => runCliProcess(args, target.env);

	beforeAll(async () => {
		target = await newCliTarget(testDbKind);
	});

	afterAll(async () => {
		await target?.dispose();
	});

	it('migrates and seeds the network', async () => {
		const migrated = await cli('migrate');
		expect(migrated.stderr).toBe('');
		expect(migrated.code).toBe(0);
		const seeded = await cli('seed');
		expect(seeded.code).toBe(0);
		expect(seeded.stdout).toMatch(/^ok:/);
		// Two processes, each starting an embedded database from nothing and the first running
		// every migration: on a machine shared with other test files this takes about a minute.
	}, 180_000);

	it('creates a network with a member, audited, and explains a wrong region', async () => {
		const names = ['--name-es', 'Red Sur', '--name-en', 'South Network', '--name-pt', 'Rede Sul'];
		const network = await cli(
			'network',
			'create',
			'--slug',
			'southnet',
			'--acronym',
			'SN',
			'--region',
			'005',
			'--language',
			'pt',
			'--time-zone',
			'America/Sao_Paulo',
			...names,
			'--name-fr',
			'Réseau Sud'
		);
		expect(network.stderr).toBe('');
		expect(network.code).toBe(0);
		const member = await cli(
			'participant',
			'add',
			'--network',
			'southnet',
			'--country',
			'BRA',
			'--status',
			'member',
			'--ministry-pt',
			'Ministério da Defesa'
		);
		expect(member.stderr).toBe('');
		expect(member.stdout).toContain('ok: added BRA to southnet as member');
		const wrong = await cli(
			'network',
			'create',
			'--slug',
			'other',
			'--acronym',
			'O',
			'--region',
			'999',
			'--language',
			'es',
			'--time-zone',
			'UTC',
			...names,
			'--name-fr',
			'Autre'
		);
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toContain('region: Choose the region from the list.');
		await withTarget(target, async (db) => {
			const [created] = await db.select().from(networks).where(eq(networks.slug, 'southnet'));
			expect(created?.region).toBe('005');
			const entries = await db
				.select({ entityType: auditLog.entityType, actor: auditLog.actorUserId })
				.from(auditLog)
				.where(eq(auditLog.networkId, created!.id));
			expect(entries.map((e) => e.entityType).sort()).toEqual(['network', 'participant']);
			expect(entries.every((e) => e.actor === null)).toBe(true);
		});
	}, 180_000);

	it('creates users, refuses a duplicate email and rejects a bad role with the usage', async () => {
		const created = await cli(
			'user',
			'create',
			'--network',
			'relacopaz',
			'--participant',
			'ARG',
			'--email',
			focalEmail,
			'--role',
			'focal_point',
			'--password',
			'a long enough password',
			'--name',
			'Ana Focal'
		);
		expect(created.stderr).toBe('');
		expect(created.code).toBe(0);

		const duplicate = await cli(
			'user',
			'create',
			'--network',
			'relacopaz',
			'--participant',
			'ARG',
			'--email',
			focalEmail.toUpperCase(),
			'--role',
			'viewer'
		);
		expect(duplicate.code).not.toBe(0);
		expect(duplicate.stderr).toMatch(/email already exists/i);
		expect(duplicate.stderr).not.toMatch(/\n\s+at /);

		const badRole = await cli(
			'user',
			'create',
			'--network',
			'relacopaz',
			'--participant',
			'ARG',
			'--email',
			'someone@example.test',
			'--role',
			'boss'
		);
		expect(badRole.code).toBe(2);
		expect(badRole.stderr).toContain('--role:');
		expect(badRole.stderr).toContain('Usage: npm run cli -- user create');
		expect(badRole.stderr).not.toMatch(/\n\s+at /);

		const admin = await cli('user', 'create', '--admin', '--email', adminEmail);
		expect(admin.code).toBe(0);
	});

	it('creates an API token that authenticates as the user', async () => {
		const result = await cli('token', 'create', '--email', focalEmail, '--name', 'reporting');
		expect(result.code).toBe(0);
		token = result.stdout.trimEnd().split('\n').at(-1) ?? '';
		expect(token).toMatch(/^rlc_\S+$/);

		await withTarget(target, async (db) => {
			const session = await unsafeResolveSession(db, { bearerToken: token });
			expect(session.actor.email).toBe(focalEmail);
			expect(session.actor.participant?.code).toBe('ARG');
			expect(session.actor.role).toBe('focal_point');

			// Records for the export: one of ARG's, released to BRA with a file, and one of BRA's.
			argDocumentId = (
				await createDocument(
					{ db, actor: session.actor },
					'relacopaz',
					{
						title: 'ARG annual report',
						kind: 'report',
						language: 'es',
						body: 'Informe anual',
						releasability: { level: 'named', participants: ['BRA'] }
					},
					{ filename: 'report.pdf', contentType: 'application/pdf', size: pdf.length, data: pdf }
				)
			).id;
			const admin = await unsafeActorForUser(db, adminEmail);
			braDocumentId = (
				await createDocument({ db, actor: admin }, 'relacopaz', {
					title: 'BRA internal note',
					kind: 'other',
					language: 'pt',
					body: 'Nota interna',
					ownerCode: 'BRA',
					releasability: { level: 'owner' }
				})
			).id;
		});
	});

	it("exports only the participant's own records, without secrets, and audits it", async () => {
		const out = join(target.dataDir ?? process.env.TMPDIR ?? '/tmp', `export-${Date.now()}.json`);
		const result = await cli(
			'export',
			'--network',
			'relacopaz',
			'--participant',
			'ARG',
			'--out',
			out
		);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const text = readFileSync(out, 'utf8');
		const data = JSON.parse(text) as {
			participant: { id: string; code: string };
			users: { email: string }[];
			documents: {
				id: string;
				title: string;
				releasability: { level: string; participants: string[] };
				file: { base64: string } | null;
			}[];
			signatures: unknown[];
		};
		expect(data.participant.code).toBe('ARG');
		expect(data.users.map((u) => u.email)).toEqual([focalEmail]);
		expect(text).not.toMatch(/passwordHash|password_hash|totpSecret|\$argon2/);

		const ids = data.documents.map((d) => d.id);
		expect(ids).toContain(argDocumentId);
		expect(ids).not.toContain(braDocumentId);
		expect(text).not.toContain('BRA internal note');
		const report = data.documents.find((d) => d.id === argDocumentId)!;
		expect(report.releasability).toEqual({ level: 'named', participants: ['BRA'] });
		expect(Buffer.from(report.file!.base64, 'base64').equals(pdf)).toBe(true);
		expect(data.signatures.length).toBeGreaterThan(0);

		await withTarget(target, async (db) => {
			const [entry] = await db
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.action, 'export'), eq(auditLog.entityId, data.participant.id)));
			expect(entry).toBeDefined();
		});
	});

	it('verifies the audit chain, and reports the first tampered entry', async () => {
		const ok = await cli('audit', 'verify');
		expect(ok.code).toBe(0);
		expect(ok.stdout).toMatch(/^ok: \d+ entries$/m);

		const tamperedSeq = await withTarget(target, async (db) => {
			const [last] = await db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
			const seq = last!.seq - 1;
			await db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`);
			await db.execute(sql`UPDATE audit_log SET details = '{"forged":true}' WHERE seq = ${seq}`);
			await db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`);
			return seq;
		});
		const broken = await cli('audit', 'verify');
		expect(broken.code).toBe(1);
		expect(broken.stdout).toContain(`seq ${tamperedSeq}`);
	});

	it.skipIf(testDbKind !== 'pglite')(
		'refuses, with a clear message, a data directory another process holds',
		async () => {
			const handle = await target.open();
			try {
				const result = await cli('audit', 'verify');
				expect(result.code).toBe(2);
				expect(result.stderr).toContain('is in use by another process');
				expect(result.stderr).not.toMatch(/\n\s+at /);
			} finally {
				await handle.close();
			}
		}
	);
});
