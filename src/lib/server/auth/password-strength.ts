import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as es from '@zxcvbn-ts/language-es-es';
import * as fr from '@zxcvbn-ts/language-fr';
import * as pt from '@zxcvbn-ts/language-pt-br';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { Locale } from '$lib/i18n/translate';
import { ValidationError } from '../errors';

/** Scores run from 0 to 4; 3 means "safely unguessable" to an online attacker, and more. */
export const minPasswordScore = 3;

// One estimator with every language's words; its feedback comes as keys, put into the user's
// language below. Built on first use: the dictionaries take a moment to index.
let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
	estimator ??= new ZxcvbnFactory({
		graphs: common.adjacencyGraphs,
		dictionary: {
			...common.dictionary,
			...en.dictionary,
			...es.dictionary,
			...pt.dictionary,
			...fr.dictionary
		}
	});
	return estimator;
}

type Texts = { warnings: Record<string, string>; suggestions: Record<string, string> };
const feedbackTexts: Record<Locale, Texts> = {
	es: es.translations,
	en: en.translations,
	pt: pt.translations,
	fr: fr.translations
};

/** Parts of an email address and a name that a guesser would try first. */
function personalWords(inputs: readonly string[]): string[] {
	const words = new Set<string>();
	for (const input of inputs) {
		const value = input.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
		if (!value) continue;
		words.add(value);
		const [local = ''] = value.split('@');
		words.add(local.replace(/[.\s_+-]+/g, ''));
		for (const part of value.split(/[@.\s_+-]+/)) if (part.length >= 3) words.add(part);
	}
	return [...words];
}

/**
 * Why a password is too easy to guess, in the reader's language, or null when it is strong
 * enough. Guessing is estimated with dictionaries of common passwords, names and words in the
 * platform's four languages, keyboard patterns, repeats, and the person's own email and name.
 */
export function passwordWeakness(
	password: string,
	userInputs: readonly string[],
	locale: Locale = getLocale()
): string | null {
	const words = personalWords(userInputs);
	const result = zxcvbn().check(password.slice(0, 200), words);
	const lower = password.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
	// A password that is mostly the person's own address or name, with a few characters added,
	// is one of the first guesses; words that merely appear inside a long phrase are fine.
	const containsPersonal = words.some(
		(word) => word.length >= 4 && lower.includes(word) && lower.length - word.length < 8
	);
	if (result.score >= minPasswordScore && !containsPersonal) return null;
	const texts = feedbackTexts[locale];
	const warning = result.feedback.warning ? texts.warnings[result.feedback.warning] : undefined;
	const advice = result.feedback.suggestions
		.map((key) => texts.suggestions[key])
		.filter((text): text is string => Boolean(text));
	return [
		m.sec_password_weak({}, { locale }),
		containsPersonal ? m.sec_password_contains_email({}, { locale }) : warning,
		...(advice.length > 0 ? advice : [m.sec_password_advice({}, { locale })])
	]
		.filter(Boolean)
		.join(' ');
}

/** Refuses a new password that is too easy to guess, on the field `path`. */
export function requireStrongPassword(
	password: string,
	userInputs: readonly string[],
	path = 'password'
): void {
	const weakness = passwordWeakness(password, userInputs);
	if (weakness) throw new ValidationError([{ path, message: weakness }]);
}
