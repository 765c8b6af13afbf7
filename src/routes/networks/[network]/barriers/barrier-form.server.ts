import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { factQuestions, type BarrierArea } from '$lib/components/barriers/vocabulary';
import type { Ctx } from '$lib/server/context';
import { formMultiline, formText } from '$lib/server/forms/form-input';
import { listParticipants } from '$lib/server/registry/list-participants';

/** Participants by name in the reader's language, for a `named` release and for owners' names. */
export async function participantChoices(ctx: Ctx, network: string) {
	const locale = getLocale();
	const participants = await listParticipants(ctx, network, locale);
	return participants
		.map((p) => ({ code: p.code, name: p.name }))
		.sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The releasability as a form sends it: a level, and participants only for `named`. */
export function releasabilityInput(form: FormData) {
	const level = formText(form, 'level');
	return {
		level: level || undefined,
		participants:
			level === 'named'
				? form.getAll('participants').filter((v): v is string => typeof v === 'string')
				: undefined
	};
}

/** Where a schema problem of the releasability goes on a form. */
export function releasabilityField(path: string): string | undefined {
	if (path === 'releasability.participants') return 'participants';
	if (path.startsWith('releasability')) return 'level';
	return path.split('.')[0];
}

/**
 * An area's form as the use case's input: an empty field is a question not answered, a count
 * that is not a whole number stays text so that the schema refuses it with a message.
 */
export function readAreaForm(form: FormData, area: BarrierArea) {
	const facts: Record<string, number | boolean | string> = {};
	for (const question of factQuestions[area]) {
		const raw = formText(form, `fact_${question.id}`).trim();
		if (raw === '') continue;
		if (question.kind === 'count') facts[question.id] = /^\d+$/.test(raw) ? Number(raw) : raw;
		else if (question.kind === 'yes_no') facts[question.id] = raw === 'yes';
		else facts[question.id] = formMultiline(form, `fact_${question.id}`).trim();
	}
	const finding = formText(form, 'finding');
	return {
		finding: finding === '' ? null : finding,
		evidence: formMultiline(form, 'evidence'),
		sources: formMultiline(form, 'sources'),
		facts
	};
}

/** The typed values of an area's form, to show again after a refusal. */
export function areaFormValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string') values[key] = value;
	}
	return values;
}

export function idParam(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) error(404, translate('error_not_found'));
	return parsed.data;
}
