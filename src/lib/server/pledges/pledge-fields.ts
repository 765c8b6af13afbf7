import type { PledgeRow } from './repository';
import type { CreatePledgeInput, UpdatePledgeInput } from './schemas';

/** The fields of a pledge that its owner writes, as stored. */
export type PledgeFields = Pick<
	PledgeRow,
	| 'unitType'
	| 'title'
	| 'female'
	| 'male'
	| 'readinessLevel'
	| 'availableFrom'
	| 'availableUntil'
	| 'assessmentVisitOn'
	| 'assessmentReport'
	| 'verificationVisitOn'
	| 'equipment'
	| 'selfSustainment'
	| 'languages'
	| 'notes'
>;

const pledgeFieldNames = [
	'unitType',
	'title',
	'female',
	'male',
	'readinessLevel',
	'availableFrom',
	'availableUntil',
	'assessmentVisitOn',
	'assessmentReport',
	'verificationVisitOn',
	'equipment',
	'selfSustainment',
	'languages',
	'notes'
] as const satisfies readonly (keyof PledgeFields)[];

/** A new pledge's fields, absent optional ones empty. */
export function fieldsOfNewPledge(input: CreatePledgeInput): PledgeFields {
	return {
		unitType: input.unitType,
		title: input.title,
		female: input.personnel.female,
		male: input.personnel.male,
		readinessLevel: input.readinessLevel,
		availableFrom: input.availableFrom ?? null,
		availableUntil: input.availableUntil ?? null,
		assessmentVisitOn: input.assessmentVisitOn ?? null,
		assessmentReport: input.assessmentReport ?? '',
		verificationVisitOn: input.verificationVisitOn ?? null,
		equipment: input.equipment ?? [],
		selfSustainment: input.selfSustainment ?? [],
		languages: input.languages ?? [],
		notes: input.notes ?? ''
	};
}

/** The pledge after a change: what the input gives replaces the field, the rest stays. */
export function fieldsAfterUpdate(current: PledgeFields, input: UpdatePledgeInput): PledgeFields {
	const pick = <K extends keyof PledgeFields>(key: K, value: PledgeFields[K] | undefined) =>
		value === undefined ? current[key] : value;
	return {
		unitType: pick('unitType', input.unitType),
		title: pick('title', input.title),
		female: pick('female', input.personnel?.female),
		male: pick('male', input.personnel?.male),
		readinessLevel: pick('readinessLevel', input.readinessLevel),
		availableFrom: pick('availableFrom', input.availableFrom),
		availableUntil: pick('availableUntil', input.availableUntil),
		assessmentVisitOn: pick('assessmentVisitOn', input.assessmentVisitOn),
		assessmentReport: pick('assessmentReport', input.assessmentReport),
		verificationVisitOn: pick('verificationVisitOn', input.verificationVisitOn),
		equipment: pick('equipment', input.equipment),
		selfSustainment: pick('selfSustainment', input.selfSustainment),
		languages: pick('languages', input.languages),
		notes: pick('notes', input.notes)
	};
}

/** The names of the fields whose values differ, for the version's record of what changed. */
export function changedFields(before: PledgeFields, after: PledgeFields): string[] {
	return pledgeFieldNames.filter(
		(name) => JSON.stringify(before[name]) !== JSON.stringify(after[name])
	);
}
