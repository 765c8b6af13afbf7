import type { z } from 'zod';
import { parseInput } from '$lib/server/api/validation';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { recordId } from '$lib/server/pledges/ids';
import { ReadinessRefusedError } from '$lib/server/pledges/readiness';
import type { PledgeFormValues } from '$lib/components/pledges/form-values';

function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
}

function all(form: FormData, name: string): string[] {
	return form.getAll(name).filter((v): v is string => typeof v === 'string');
}

/** The pledge form as the user filled it in; equipment lines left empty are not lines. */
export function readPledgeForm(form: FormData): PledgeFormValues {
	const items = all(form, 'equipment.item');
	const quantities = all(form, 'equipment.quantity');
	const equipment = items
		.slice(0, 200)
		.map((item, i) => ({ item, quantity: (quantities[i] ?? '').trim() }))
		.filter((line) => line.item.trim() !== '' || line.quantity !== '');
	return {
		unitType: text(form, 'unitType'),
		title: {
			es: text(form, 'title.es'),
			en: text(form, 'title.en'),
			pt: text(form, 'title.pt'),
			fr: text(form, 'title.fr')
		},
		female: text(form, 'female').trim(),
		male: text(form, 'male').trim(),
		readinessLevel: text(form, 'readinessLevel'),
		availableFrom: text(form, 'availableFrom'),
		availableUntil: text(form, 'availableUntil'),
		assessmentVisitOn: text(form, 'assessmentVisitOn'),
		assessmentReport: text(form, 'assessmentReport'),
		verificationVisitOn: text(form, 'verificationVisitOn'),
		equipment,
		selfSustainment: all(form, 'selfSustainment'),
		languages: all(form, 'languages'),
		notes: text(form, 'notes'),
		level: text(form, 'level'),
		participants: all(form, 'participants')
	};
}

/** A count typed in a number field: empty is none, anything else is checked as a number. */
const count = (value: string) => (value === '' ? 0 : Number(value));

/** Parses the form with the API's schema, so that the page and the API accept the same pledges. */
export function parsePledgeForm<S extends z.ZodType>(schema: S, values: PledgeFormValues) {
	return parseInput(schema, {
		unitType: values.unitType || undefined,
		title: values.title,
		personnel: { female: count(values.female), male: count(values.male) },
		readinessLevel: values.readinessLevel || undefined,
		availableFrom: values.availableFrom || null,
		availableUntil: values.availableUntil || null,
		assessmentVisitOn: values.assessmentVisitOn || null,
		assessmentReport: values.assessmentReport,
		verificationVisitOn: values.verificationVisitOn || null,
		equipment: values.equipment.map((line) => ({
			item: line.item,
			quantity: line.quantity === '' ? undefined : Number(line.quantity)
		})),
		selfSustainment: values.selfSustainment,
		languages: values.languages,
		notes: values.notes,
		releasability: {
			level: values.level || undefined,
			participants: values.level === 'named' ? values.participants : undefined
		}
	});
}

/** The form field a problem belongs to: annex lines belong to their annex. */
function fieldOf(path: string): string | undefined {
	if (path === 'personnel.female') return 'female';
	if (path === 'personnel.male') return 'male';
	if (path === 'releasability' || path === 'releasability.level') return 'level';
	if (path === 'releasability.participants') return 'participants';
	const head = path.split('.')[0] ?? '';
	return head || undefined;
}

/** A refused form goes back with what was typed; a refused level says what evidence is missing. */
export function pledgeFormFailure(e: unknown, values: PledgeFormValues) {
	return formFailure(e, values, {
		field: fieldOf,
		summaryKey: e instanceof ReadinessRefusedError ? 'pledge_err_readiness_refused' : undefined
	});
}

/** An address segment that is not a UUID names no record: the page is not found. */
export function pageRecordId(raw: string): string {
	try {
		return recordId(raw);
	} catch (e) {
		return loadFailure(e);
	}
}
