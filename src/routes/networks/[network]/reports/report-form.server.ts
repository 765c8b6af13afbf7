import { parseInput } from '$lib/server/api/validation';
import { formFailure } from '$lib/server/forms/form-failure';
import { saveReportSchema, type SaveReportInput } from '$lib/server/reports/schemas';
import type { ActivityFormValues, ReportFormValues } from '$lib/components/reports/report-form';
import { formMultiline } from '$lib/server/forms/form-input';

function all(form: FormData, name: string): string[] {
	return form.getAll(name).filter((v): v is string => typeof v === 'string' && v !== '');
}

/** An activity row left empty (the blank row every form offers) is not an activity. */
function isBlank(a: ActivityFormValues): boolean {
	return (
		!a.kind &&
		!a.title.trim() &&
		!a.description.trim() &&
		!a.startsOn &&
		!a.endsOn &&
		!a.mission &&
		!a.female &&
		!a.male
	);
}

/** Reads the form; rows marked for removal and blank rows are dropped. */
export function readReportForm(form: FormData): {
	values: ReportFormValues;
	input: unknown;
} {
	const count = Math.min(Number.parseInt(formMultiline(form, 'activityCount'), 10) || 0, 300);
	const activities: ActivityFormValues[] = [];
	for (let i = 0; i < count; i++) {
		const p = `a.${i}.`;
		if (form.get(`${p}remove`) === 'on') continue;
		const activity: ActivityFormValues = {
			id: formMultiline(form, `${p}id`),
			kind: formMultiline(form, `${p}kind`),
			title: formMultiline(form, `${p}title`),
			startsOn: formMultiline(form, `${p}startsOn`),
			endsOn: formMultiline(form, `${p}endsOn`),
			mission: formMultiline(form, `${p}mission`),
			female: formMultiline(form, `${p}female`).trim(),
			male: formMultiline(form, `${p}male`).trim(),
			partners: all(form, `${p}partners`),
			description: formMultiline(form, `${p}description`),
			level: formMultiline(form, `${p}level`),
			named: all(form, `${p}named`)
		};
		if (!isBlank(activity)) activities.push(activity);
	}
	const values: ReportFormValues = {
		narrative: formMultiline(form, 'narrative'),
		level: formMultiline(form, 'level') || 'members',
		named: all(form, 'named'),
		activities
	};
	const count0 = (value: string) => (value === '' ? 0 : Number(value));
	const input = {
		narrative: values.narrative,
		releasability: {
			level: values.level,
			participants: values.level === 'named' ? values.named : undefined
		},
		activities: activities.map((a) => ({
			id: a.id || undefined,
			kind: a.kind || undefined,
			title: a.title,
			startsOn: a.startsOn || null,
			endsOn: a.endsOn || null,
			mission: a.mission || null,
			female: count0(a.female),
			male: count0(a.male),
			partners: a.partners,
			description: a.description,
			releasability: a.level
				? { level: a.level, participants: a.level === 'named' ? a.named : undefined }
				: null
		}))
	};
	return { values, input };
}

export function parseReportForm(input: unknown): SaveReportInput {
	return parseInput(saveReportSchema, input);
}

/** `activities.3.title` becomes `a.3.title`; report-level paths keep their field names. */
function fieldOf(path: string): string {
	const match = /^activities\.(\d+)\.([A-Za-z]+)(?:\.([A-Za-z]+))?/.exec(path);
	if (match) {
		const field =
			match[2] === 'releasability' ? (match[3] === 'participants' ? 'named' : 'level') : match[2];
		return `a.${match[1]}.${field}`;
	}
	if (path.startsWith('releasability.participants')) return 'named';
	if (path.startsWith('releasability')) return 'level';
	return path.split('.')[0] || 'form';
}

/** A refused form goes back with what was typed and why. */
export function reportFormFailure(e: unknown, values: ReportFormValues) {
	return formFailure(e, values, { field: fieldOf });
}
