// Fills a database the way a busy installation looks before its server starts: the seeds, users
// of several participants, an API token and a session, and documents at every releasability level.
import { openDatabase, type DatabaseOptions } from '../../src/lib/server/db/client';
import { unsafeSeedNetwork } from '../../src/lib/server/registry/seed-network';
import { unsafeSeedStatistics } from '../../src/lib/server/statistics/seed-statistics';
import { unsafeSeedGovernance } from '../../src/lib/server/governance/seed-governance';
import { unsafeSeedCalendar } from '../../src/lib/server/calendar/seed-calendar';
import { unsafeSeedReports } from '../../src/lib/server/reports/seed-reports';
import { unsafeCreateUser } from '../../src/lib/server/people/unsafe-create-user';
import { unsafeActorForUser } from '../../src/lib/server/auth/unsafe-actor-for-user';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { unsafeStartSession } from '../../src/lib/server/auth/start-session';
import { createDocument } from '../../src/lib/server/documents/create-document';
import type { CreateDocumentInput } from '../../src/lib/server/documents/schemas';

export const network = 'relacopaz';
/** The first one holds the token and the session the scenarios use; Spain is an observer. */
const participants = ['ARG', 'BRA', 'URY', 'CHL', 'ESP'];
const levels = ['owner', 'named', 'members', 'members_and_observers', 'network', 'public'] as const;
const kinds = ['report', 'minutes', 'news', 'guideline', 'declaration'] as const;

export interface PreparedData {
	token: string;
	sessionCookie: string;
	documents: number;
}

export async function prepareData(
	options: DatabaseOptions,
	documentCount: number
): Promise<PreparedData> {
	const handle = await openDatabase(options);
	try {
		await handle.migrate();
		await unsafeSeedNetwork(handle.db);
		await unsafeSeedStatistics(handle.db);
		await unsafeSeedGovernance(handle.db);
		await unsafeSeedCalendar(handle.db);
		await unsafeSeedReports(handle.db);
		const suffix = Date.now().toString(36);
		const actors = [];
		for (const code of participants) {
			const email = `bench.${code.toLowerCase()}.${suffix}@bench.test`;
			const { id } = await unsafeCreateUser(handle.db, {
				admin: false,
				email,
				name: `Bench ${code}`,
				network,
				participant: code,
				role: 'editor'
			});
			actors.push({ id, actor: await unsafeActorForUser(handle.db, email) });
		}
		const [first] = actors;
		if (!first) throw new Error('No bench user was created');
		const { token } = await createApiToken(handle.db, first.actor, 'bench');
		const sessionCookie = await unsafeStartSession(handle.db, first.id, new Date());
		for (let i = 0; i < documentCount; i++) {
			const owner = actors[i % actors.length]!;
			const level = levels[Math.floor(i / actors.length) % levels.length]!;
			const other = participants[(i + 1) % participants.length]!;
			const input: CreateDocumentInput = {
				title: `Bench document ${i + 1}: informe de cooperación ${owner.actor.participant?.code}`,
				kind: kinds[i % kinds.length]!,
				language: 'es',
				body: `Informe número ${i + 1}.\n\nEjercicio combinado, capacitación y despliegue.`,
				releasability:
					level === 'named' ? { level, participants: [other] } : { level, participants: [] },
				documentDate: `2024-${String((i % 12) + 1).padStart(2, '0')}-15`
			};
			await createDocument({ db: handle.db, actor: owner.actor }, network, input);
		}
		return { token, sessionCookie, documents: documentCount };
	} finally {
		await handle.close();
	}
}
