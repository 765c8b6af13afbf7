// Fills a database the way a busy installation looks before its server starts: the seeds, twenty
// users of several participants (one of them the Presidency in office) with a session each, an API
// token, documents and events at every releasability level, silence-procedure decisions, and
// reporting cycles with national reports drafted and submitted. Everything goes through the domain
// functions, acting as the user who would do it.
import { openDatabase, type DatabaseOptions } from '../../src/lib/server/db/client';
import type { Actor } from '../../src/lib/server/access/actor';
import { anonymousActor } from '../../src/lib/server/access/actor';
import { unsafeSeedNetwork } from '../../src/lib/server/registry/seed-network';
import { unsafeSeedStatistics } from '../../src/lib/server/statistics/seed-statistics';
import { unsafeSeedGovernance } from '../../src/lib/server/presidency/seed-governance';
import { unsafeSeedCalendar } from '../../src/lib/server/calendar/seed-calendar';
import { unsafeSeedReports } from '../../src/lib/server/reports/seed-reports';
import { getCurrentPresidency } from '../../src/lib/server/registry/get-current-presidency';
import { unsafeCreateUser } from '../../src/lib/server/people/unsafe-create-user';
import { unsafeActorForUser } from '../../src/lib/server/auth/unsafe-actor-for-user';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { unsafeStartSession } from '../../src/lib/server/auth/start-session';
import { createDocument } from '../../src/lib/server/documents/create-document';
import type { CreateDocumentInput } from '../../src/lib/server/documents/schemas';
import { createEvent } from '../../src/lib/server/calendar/create-event';
import { createEventSchema, eventKinds } from '../../src/lib/server/calendar/schemas';
import { openDecision } from '../../src/lib/server/decisions/open-decision';
import { createDecisionSchema } from '../../src/lib/server/decisions/schemas';
import { openCycle } from '../../src/lib/server/reports/open-cycle';
import { saveReport } from '../../src/lib/server/reports/save-report';
import { submitReport } from '../../src/lib/server/reports/submit-report';
import {
	activityKinds,
	openCycleSchema,
	saveReportSchema
} from '../../src/lib/server/reports/schemas';

export const network = 'relacopaz';
const levels = ['owner', 'named', 'members', 'members_and_observers', 'network', 'public'] as const;
type Level = (typeof levels)[number];
const documentKinds = ['report', 'minutes', 'news', 'guideline', 'declaration'] as const;
type Role = 'focal_point' | 'editor' | 'viewer';

/** Members beside the Presidency, each with a focal point, an editor and a viewer or two. */
const memberCodes = ['ARG', 'BRA', 'URY', 'CHL', 'PER', 'COL'];
/** Spain is an observer: it reads what is released to observers, and is asked for no report. */
const observerCode = 'ESP';
const missions = ['UNIFIL', 'MINUSCA', 'UNFICYP', null];

export interface Sizes {
	documents: number;
	events: number;
	decisions: number;
	cycles: number;
	/** Activities in each national report of the first cycle. */
	activities: number;
}

export interface BenchUser {
	email: string;
	participant: string;
	role: Role;
	/** The value of the `session` cookie of a signed-in session. */
	session: string;
}

export interface PreparedData {
	/** A bearer token of an editor of the first member. */
	token: string;
	users: BenchUser[];
	/** The code of the participant holding the Presidency today. */
	presidency: string;
	/** A session of the Presidency's focal point, who opened the cycles. */
	presidencySession: string;
	/** The cycle whose consolidated report is the largest (the first, every report submitted). */
	cycleId: string;
	cycleIds: string[];
	counts: Sizes;
}

/** The twenty users: three of the Presidency, three of each of five members, two of the observer. */
function plannedUsers(presidency: string): { participant: string; role: Role }[] {
	const members = memberCodes.filter((c) => c !== presidency).slice(0, 5);
	const plan: { participant: string; role: Role }[] = [];
	for (const code of [presidency, ...members]) {
		plan.push({ participant: code, role: 'focal_point' }, { participant: code, role: 'editor' });
	}
	for (const code of [presidency, ...members]) {
		plan.push({ participant: code, role: 'viewer' });
	}
	plan.push(
		{ participant: observerCode, role: 'editor' },
		{ participant: observerCode, role: 'viewer' }
	);
	return plan.slice(0, 20);
}

function releasability(level: Level, others: string[], i: number) {
	return level === 'named'
		? { level, participants: [others[i % others.length]!, others[(i + 1) % others.length]!] }
		: { level, participants: [] };
}

const pad = (n: number) => String(n).padStart(2, '0');

export async function prepareData(options: DatabaseOptions, sizes: Sizes): Promise<PreparedData> {
	const handle = await openDatabase(options);
	const db = handle.db;
	try {
		await handle.migrate();
		await unsafeSeedNetwork(db);
		await unsafeSeedStatistics(db);
		await unsafeSeedGovernance(db);
		await unsafeSeedCalendar(db);
		await unsafeSeedReports(db);

		const now = new Date();
		const current = await getCurrentPresidency({ db, actor: anonymousActor }, network, 'es');
		if (!current) throw new Error('No Presidency is in office today: the bench needs one');
		const presidency = current.participantCode;

		const suffix = Date.now().toString(36);
		const users: (BenchUser & { actor: Actor })[] = [];
		for (const [i, planned] of plannedUsers(presidency).entries()) {
			const email = `bench.${i + 1}.${planned.participant.toLowerCase()}.${suffix}@bench.test`;
			const { id } = await unsafeCreateUser(db, {
				admin: false,
				email,
				name: `Bench ${planned.participant} ${planned.role} ${i + 1}`,
				network,
				participant: planned.participant,
				role: planned.role
			});
			users.push({
				...planned,
				email,
				session: await unsafeStartSession(db, id, now),
				actor: await unsafeActorForUser(db, email)
			});
		}
		const find = (participant: string, role: Role) => {
			const user = users.find((u) => u.participant === participant && u.role === role);
			if (!user) throw new Error(`No bench ${role} of ${participant}`);
			return user;
		};
		const presidencyUser = find(presidency, 'focal_point');
		const writers = users.filter((u) => u.role !== 'viewer');
		const codes = [...new Set(users.map((u) => u.participant))];
		const othersOf = (code: string) => codes.filter((c) => c !== code);
		const tokenHolder = writers.find((u) => u.participant !== presidency && u.role === 'editor')!;
		const { token } = await createApiToken(db, tokenHolder.actor, 'bench');

		for (let i = 0; i < sizes.documents; i++) {
			const owner = writers[i % writers.length]!;
			const level = levels[Math.floor(i / writers.length) % levels.length]!;
			const input: CreateDocumentInput = {
				title: `Documento ${i + 1}: informe de cooperación ${owner.participant}`,
				kind: documentKinds[i % documentKinds.length]!,
				language: 'es',
				body:
					`Informe número ${i + 1}.\n\nEjercicio combinado, capacitación y despliegue ` +
					`de contingentes en misiones de paz.`,
				releasability: releasability(level, othersOf(owner.participant), i),
				documentDate: `${now.getUTCFullYear() - (i % 3)}-${pad((i % 12) + 1)}-15`
			};
			await createDocument({ db, actor: owner.actor }, network, input);
		}

		// A third of the events fall in this month, so the month view is full; the rest spread
		// over the year.
		const year = now.getUTCFullYear();
		const thisMonth = now.getUTCMonth() + 1;
		for (let i = 0; i < sizes.events; i++) {
			const organiser = writers[(i * 7) % writers.length]!;
			const level = levels[i % levels.length]!;
			const month = i % 3 === 0 ? thisMonth : (i % 12) + 1;
			const day = (i % 27) + 1;
			const input = createEventSchema.parse({
				title: { es: `Actividad ${i + 1} de ${organiser.participant}`, en: `Event ${i + 1}` },
				description: { es: 'Curso, ejercicio o reunión de la red.' },
				kind: eventKinds[i % eventKinds.length],
				countryCode: organiser.participant,
				city: 'Capital',
				timeZone: 'America/Asuncion',
				allDay: i % 2 === 0,
				start:
					i % 2 === 0
						? `${year}-${pad(month)}-${pad(day)}`
						: `${year}-${pad(month)}-${pad(day)}T09:00`,
				end:
					i % 2 === 0
						? `${year}-${pad(month)}-${pad(day)}`
						: `${year}-${pad(month)}-${pad(day)}T17:30`,
				workingLanguages: ['es', 'en'],
				releasability: releasability(level, othersOf(organiser.participant), i)
			});
			await createEvent({ db, actor: organiser.actor }, network, input);
		}

		for (let i = 0; i < sizes.decisions; i++) {
			const input = createDecisionSchema.parse({
				kind: 'general',
				title: { es: `Decisión ${i + 1} por procedimiento de silencio` },
				text: { es: `La red aprueba la propuesta número ${i + 1}.` },
				deadline: new Date(now.getTime() + (i + 1) * 86_400_000).toISOString()
			});
			await openDecision({ db, actor: presidencyUser.actor }, network, input, now);
		}

		// The first cycle is the past year's, every asked bench participant submitted with many
		// activities: its consolidated report is the largest. The second has drafts only.
		const cycleIds: string[] = [];
		const reporting = codes.filter((c) => c !== observerCode);
		for (let c = 0; c < sizes.cycles; c++) {
			const period = year - 1 + c;
			const cycle = openCycleSchema.parse({
				title: `Informe nacional ${period}`,
				periodFrom: `${period}-01-01`,
				periodTo: `${period}-12-31`,
				dueOn: c === 0 ? `${year}-11-15` : `${year + 1}-03-31`,
				instructions: { es: 'Informe las actividades del período.' }
			});
			const { id } = await openCycle({ db, actor: presidencyUser.actor }, network, cycle);
			cycleIds.push(id);
			const activityCount = c === 0 ? sizes.activities : Math.ceil(sizes.activities / 4);
			for (const [p, code] of reporting.entries()) {
				if (c > 0 && p % 2 === 1) continue;
				const report = saveReportSchema.parse({
					narrative: `Durante ${period}, ${code} contribuyó a las operaciones de paz.`,
					releasability: releasability(levels[(p + 2) % levels.length]!, othersOf(code), p),
					activities: Array.from({ length: activityCount }, (_, a) => ({
						kind: activityKinds[a % activityKinds.length],
						title: `Actividad ${a + 1} de ${code}`,
						startsOn: `${period}-${pad((a % 12) + 1)}-01`,
						endsOn: `${period}-${pad((a % 12) + 1)}-20`,
						mission: missions[a % missions.length],
						female: (a * 3) % 17,
						male: (a * 11) % 53,
						partners: othersOf(code).slice(0, a % 3),
						description: `Descripción de la actividad ${a + 1}.`
					}))
				});
				await saveReport({ db, actor: find(code, 'editor').actor }, network, id, code, report);
				if (c === 0) {
					await submitReport({ db, actor: find(code, 'focal_point').actor }, network, id, code);
				}
			}
		}
		if (cycleIds.length === 0) throw new Error('The bench needs at least one reporting cycle');

		return {
			token,
			users: users.map(({ email, participant, role, session }) => ({
				email,
				participant,
				role,
				session
			})),
			presidency,
			presidencySession: presidencyUser.session,
			cycleId: cycleIds[0]!,
			cycleIds,
			counts: sizes
		};
	} finally {
		await handle.close();
	}
}
