import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';
import {
	nationalReportActivities,
	nationalReports,
	nationalReportVersions,
	networks,
	outbox,
	participants,
	reportingCycles,
	reportReminders,
	users
} from '../../src/lib/server/db/schema';
import { unsafeSeedReports } from '../../src/lib/server/reports/seed-reports';

/** A row in every table of the reports area, for backup tests; the network must be seeded. */
export async function fillReportTables(db: Database, userEmail: string): Promise<void> {
	await unsafeSeedReports(db);
	const [network] = await db.select().from(networks).where(eq(networks.slug, 'relacopaz'));
	const code = async (c: string) =>
		(
			await db
				.select({ id: participants.id })
				.from(participants)
				.where(and(eq(participants.networkId, network!.id), eq(participants.code, c)))
		)[0]!.id;
	const [pry, arg, bra] = [await code('PRY'), await code('ARG'), await code('BRA')];
	const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, userEmail));
	const cycleId = randomUUID();
	const reportId = randomUUID();
	await db.insert(reportingCycles).values({
		id: cycleId,
		networkId: network!.id,
		presidencyId: pry,
		title: 'Informe — «2024»',
		instructions: { es: 'Texto con "comillas"\ny saltos' },
		periodFrom: '2024-01-01',
		periodTo: '2024-12-31',
		dueOn: '2025-03-31',
		asked: [arg, bra],
		reminderOffsets: [14, 3]
	});
	await db.insert(nationalReports).values({
		id: reportId,
		cycleId,
		networkId: network!.id,
		ownerId: arg,
		level: 'named',
		releasedTo: [bra],
		narrative: 'Relato',
		status: 'submitted',
		version: 1,
		submittedAt: new Date('2025-03-01T10:00:00Z')
	});
	await db.insert(nationalReportActivities).values({
		reportId,
		id: randomUUID(),
		position: 0,
		kind: 'deployment',
		title: 'UNIFIL',
		missionAcronym: 'UNIFIL',
		female: 3,
		male: 7,
		partnerIds: [bra],
		level: 'owner'
	});
	await db.insert(nationalReportVersions).values({
		reportId,
		version: 1,
		networkId: network!.id,
		ownerId: arg,
		content: { narrative: 'Relato', activities: [] },
		submittedAt: new Date('2025-03-01T10:00:00Z')
	});
	const [mail] = await db
		.insert(outbox)
		.values({ recipient: userEmail, subject: 'Recordatorio', textBody: 'Texto' })
		.returning({ id: outbox.id });
	await db.insert(reportReminders).values({
		cycleId,
		participantId: bra,
		userId: user!.id,
		kind: 'before_14',
		outboxId: mail!.id
	});
}
