import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { translate } from '$lib/i18n/translate';
import { anonymousActor } from '../access/actor';
import { appendAudit } from '../audit/append-audit';
import type { Database, Transaction } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { ValidationError } from '../errors';
import { findParticipantByCode, findParticipantsByCodes } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { eventUid, resolveEventFields, type EventFields } from './event-row';
import { findEventByExternalId, insertEvent, updateEventRow, type EventRow } from './repository';
import { checkEventTimes, createEventSchema, eventFieldsSchema } from './schemas';
import { isIsoDate, isLocalDateTime } from './time';

/** The columns of an events CSV (README: "Importing events"). */
export const importColumns = [
	'external_id',
	'kind',
	'title_es',
	'title_en',
	'title_pt',
	'title_fr',
	'description_es',
	'description_en',
	'description_pt',
	'description_fr',
	'organiser',
	'country',
	'city',
	'time_zone',
	'start',
	'end',
	'working_languages',
	'level',
	'released_to',
	'capacity',
	'registration_deadline',
	'conference_edition'
] as const;
const requiredColumns = [
	'external_id',
	'organiser',
	'country',
	'city',
	'time_zone',
	'start',
	'end',
	'working_languages'
] as const;

export interface ImportProblem {
	/** 1-based line of the CSV file the row starts on (the header is line 1). */
	line: number;
	field: string;
	message: string;
}

/** A file that cannot be imported: every problem found, and nothing written. */
export class ImportError extends ValidationError {
	constructor(readonly problems: ImportProblem[]) {
		super(
			problems.map((p) => ({ path: `line ${p.line}: ${p.field}`, message: p.message })),
			`${problems.length} problem(s) in the file; nothing was imported`
		);
	}
}

export interface ImportResult {
	created: number;
	updated: number;
	unchanged: number;
}

const list = (value: string) =>
	value
		.split(/[;,\s]+/)
		.map((v) => v.trim())
		.filter((v) => v !== '');
const optionalInt = (value: string) => (value === '' ? null : Number(value));

type Issue = { path: readonly PropertyKey[]; message: string };

/** A CSV row as the input of createEvent, or every problem it has. */
function toInput(record: Record<string, string>) {
	const get = (name: string) => (record[name] ?? '').trim();
	const start = get('start');
	const end = get('end');
	const timed = isLocalDateTime(start) || isLocalDateTime(end);
	const released = list(get('released_to'));
	const candidate = {
		title: { es: get('title_es'), en: get('title_en'), pt: get('title_pt'), fr: get('title_fr') },
		description: {
			es: get('description_es'),
			en: get('description_en'),
			pt: get('description_pt'),
			fr: get('description_fr')
		},
		kind: get('kind') || 'training_course',
		organiserCode: get('organiser'),
		countryCode: get('country'),
		city: get('city'),
		timeZone: get('time_zone'),
		allDay: !timed,
		start,
		end,
		workingLanguages: list(get('working_languages')),
		conferenceEdition: optionalInt(get('conference_edition')),
		releasability: {
			level: get('level') || 'public',
			participants: released.length > 0 ? released : undefined
		},
		capacity: optionalInt(get('capacity')),
		registrationDeadline: get('registration_deadline') || null,
		externalId: get('external_id')
	};
	const issues: Issue[] = [];
	const fields = eventFieldsSchema.safeParse(candidate);
	if (!fields.success) issues.push(...fields.error.issues);
	if (timed && (isIsoDate(start) || isIsoDate(end))) {
		issues.push({ path: ['end'], message: 'cal_err_mixed_times' });
	} else {
		checkEventTimes(candidate, {
			addIssue: (issue: Issue) => issues.push(issue)
		} as unknown as z.RefinementCtx);
	}
	if (issues.length > 0) return { issues };
	return { input: createEventSchema.parse(candidate) };
}

/** Input field names back to the CSV columns they came from, for messages. */
const columnOf: Record<string, string> = {
	title: 'title_*',
	description: 'description_*',
	organiserCode: 'organiser',
	countryCode: 'country',
	timeZone: 'time_zone',
	workingLanguages: 'working_languages',
	conferenceEdition: 'conference_edition',
	releasability: 'level',
	'releasability.participants': 'released_to',
	registrationDeadline: 'registration_deadline',
	externalId: 'external_id'
};

function column(path: readonly PropertyKey[]): string {
	const full = path.map(String).join('.');
	return columnOf[full] ?? columnOf[String(path[0])] ?? String(path[0] ?? 'row');
}

/** Stable text of a value for comparing: key order and Date objects do not matter. */
function canonical(value: unknown): string {
	if (value instanceof Date) return JSON.stringify(value.toISOString());
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => a.localeCompare(b));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}

function unchanged(existing: EventRow, fields: EventFields): boolean {
	return Object.entries(fields).every(
		([key, value]) => canonical(existing[key as keyof EventRow]) === canonical(value)
	);
}

/**
 * Imports events from a CSV (ALCOPAZ's yearly plan of courses) into a network. Every row is
 * checked, against the file and the database, before any is written: one bad row and nothing is
 * imported. Rows are matched by external_id, so importing the same file again changes nothing,
 * and a changed row updates its event (raising its SEQUENCE).
 * Unsafe: runs with the owner's rights for the operator's console, which acts for no participant.
 */
export async function unsafeImportEvents(
	db: Database,
	networkSlug: string,
	csv: string
): Promise<ImportResult> {
	let records: { record: Record<string, string>; info: { lines: number } }[];
	try {
		records = parse(csv, { columns: true, skip_empty_lines: true, bom: true, info: true });
	} catch (error) {
		throw new ImportError([{ line: 1, field: 'file', message: (error as Error).message }]);
	}
	const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	const columns = (parse(header, { to_line: 1 })[0] as string[] | undefined) ?? [];
	const problems: ImportProblem[] = [];
	for (const name of requiredColumns) {
		if (!columns.includes(name)) problems.push({ line: 1, field: name, message: 'missing column' });
	}
	for (const name of columns) {
		if (!(importColumns as readonly string[]).includes(name)) {
			problems.push({ line: 1, field: name, message: 'unknown column' });
		}
	}
	if (problems.length > 0) throw new ImportError(problems);

	return unsafeWithSystem(db, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const seen = new Map<string, number>();
		const rows: { line: number; fields: EventFields; externalId: string }[] = [];
		for (const { record, info } of records) {
			const line = info.lines;
			const parsed = toInput(record);
			if ('issues' in parsed) {
				for (const issue of parsed.issues ?? []) {
					problems.push({ line, field: column(issue.path), message: translate(issue.message) });
				}
				continue;
			}
			const input = parsed.input;
			const externalId = input.externalId!;
			const earlier = seen.get(externalId);
			if (earlier !== undefined) {
				problems.push({
					line,
					field: 'external_id',
					message: translate('cal_err_duplicate_external_id', { line: earlier })
				});
				continue;
			}
			seen.set(externalId, line);
			const fields = await resolveRow(tx, network.id, input, line, problems);
			if (fields) rows.push({ line, fields, externalId });
		}
		if (problems.length > 0) throw new ImportError(problems);

		const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
		const changedIds: string[] = [];
		for (const row of rows) {
			const existing = await findEventByExternalId(tx, network.id, row.externalId);
			if (existing && unchanged(existing, row.fields)) {
				result.unchanged++;
			} else if (existing) {
				await updateEventRow(tx, existing.id, row.fields);
				changedIds.push(existing.id);
				result.updated++;
			} else {
				const id = randomUUID();
				await insertEvent(tx, {
					id,
					networkId: network.id,
					uid: eventUid(id, network.slug),
					externalId: row.externalId,
					...row.fields
				});
				changedIds.push(id);
				result.created++;
			}
		}
		await appendAudit(tx, anonymousActor, {
			action: 'import',
			entityType: 'event',
			networkId: network.id,
			details: { ...result, ids: changedIds }
		});
		return result;
	});
}

/** The database checks of one row: its participants and conference exist. */
async function resolveRow(
	tx: Transaction,
	networkId: string,
	input: z.infer<typeof createEventSchema>,
	line: number,
	problems: ImportProblem[]
): Promise<EventFields | null> {
	const organiserCode = input.organiserCode!;
	let ok = true;
	if (!(await findParticipantByCode(tx, networkId, organiserCode))) {
		problems.push({ line, field: 'organiser', message: translate('cal_err_unknown_organiser') });
		ok = false;
	}
	const named = input.releasability.participants ?? [];
	const found = await findParticipantsByCodes(tx, networkId, named);
	const unknown = named.filter((code) => !found.some((p) => p.code === code));
	if (unknown.length > 0) {
		problems.push({
			line,
			field: 'released_to',
			message: `${translate('docs_err_unknown_participants')}: ${unknown.join(', ')}`
		});
		ok = false;
	}
	if (!ok) return null;
	try {
		return await resolveEventFields(tx, networkId, { ...input, organiserCode });
	} catch (error) {
		if (!(error instanceof ValidationError)) throw error;
		for (const e of error.fieldErrors) {
			problems.push({ line, field: column([e.path]), message: translate(e.message) });
		}
		return null;
	}
}
