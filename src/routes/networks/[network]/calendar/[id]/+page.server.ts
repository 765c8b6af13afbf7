import { fail, redirect } from '@sveltejs/kit';
import countries from 'i18n-iso-countries';
import { translate } from '$lib/i18n/translate';
import { pickLocalized, pickLocalizedWithLanguage } from '$lib/i18n/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { describeWhen } from '$lib/components/calendar/format';
import { parseInput } from '$lib/server/api/validation';
import { DomainError, ValidationError } from '$lib/server/errors';
import { deleteEvent } from '$lib/server/calendar/delete-event';
import { getEvent } from '$lib/server/calendar/get-event';
import { listDelegations } from '$lib/server/calendar/list-delegations';
import { registerDelegation } from '$lib/server/calendar/register-delegation';
import { registerDelegationSchema } from '$lib/server/calendar/schemas';
import { todayIn } from '$lib/server/calendar/time';
import { withdrawDelegation } from '$lib/server/calendar/withdraw-delegation';
import { listConferences } from '$lib/server/registry/list-conferences';
import { listParticipants } from '$lib/server/registry/list-participants';
import { eventIdParam } from '../event-form.server';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formMultiline, formText } from '$lib/server/forms/form-input';
import { courseActions, loadCourseSection } from './training.server';

export const csr = false;

const notices = ['registered', 'withdrawn'] as const;
const trainingNotices = [
	'course-details',
	'seat-offer',
	'nominated',
	'waitlisted',
	'decided'
] as const;

interface DelegationFormValues {
	members: string;
	women: string;
	men: string;
	otherGender: string;
	level: string;
	participants: string[];
}

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const id = eventIdParam(params.id);
	const found = await getEvent(ctx, params.network, id).catch(loadFailure);
	const [participants, conferences, delegations] = await Promise.all([
		listParticipants(ctx, params.network, locale),
		listConferences(ctx, params.network, locale),
		ctx.actor.participant ? listDelegations(ctx, params.network, id) : Promise.resolve([])
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const e = found.event;
	const viewerZone = locals.user?.timeZone ?? null;
	const when = describeWhen(e, locale, viewerZone);
	const ownCode = ctx.actor.participant?.code ?? null;
	const own = delegations.find((d) => d.participantCode === ownCode) ?? null;
	const today = todayIn(e.timeZone);
	const open =
		!e.cancelled &&
		e.endsOn >= today &&
		(e.registrationDeadline === null || e.registrationDeadline >= today);
	// By default a delegation is released to the two who need it: the organiser and the Presidency.
	const defaultNamed = [e.organiserCode, found.presidencyCode].filter(
		(c): c is string => c !== null && c !== ownCode
	);
	const delegationDefaults: DelegationFormValues = own
		? {
				members: own.members.map((p) => `${p.name}; ${p.role}`).join('\n'),
				women: String(own.women),
				men: String(own.men),
				otherGender: String(own.otherGender),
				level: own.releasability.level,
				participants: own.releasability.participants
			}
		: {
				members: '',
				women: '0',
				men: '0',
				otherGender: '0',
				level: defaultNamed.length > 0 ? 'named' : 'owner',
				participants: defaultNamed
			};
	const notice = notices.find((n) => n === url.searchParams.get('notice')) ?? null;
	const training =
		e.kind === 'training_course'
			? await loadCourseSection(ctx, params.network, id, locale, names).catch(loadFailure)
			: null;
	return {
		network: params.network,
		event: {
			id: e.id,
			title: pickLocalized(e.title, locale),
			titleLanguage: pickLocalizedWithLanguage(e.title, locale).language,
			description: pickLocalized(e.description, locale),
			descriptionLanguage: pickLocalizedWithLanguage(e.description, locale).language,
			kind: e.kind,
			organiser: names.get(e.organiserCode) ?? e.organiserCode,
			place: `${e.city}, ${countries.getName(countries.alpha3ToAlpha2(e.countryCode) ?? '', locale) ?? e.countryCode}`,
			when: when.text,
			local: when.local,
			timeZone: e.timeZone,
			allDay: e.allDay,
			startsOn: e.startsOn,
			languages: e.workingLanguages,
			conference: conferences.find((c) => c.edition === e.conferenceEdition)?.name ?? null,
			cancelled: e.cancelled,
			capacity: e.capacity,
			deadline: e.registrationDeadline,
			level: e.releasability.level
		},
		canEdit: found.canEdit,
		// The domain decides again; this only spares users a form they could not send.
		canRegister: found.canRegisterDelegation,
		registrationOpen: open,
		hasOwnDelegation: own !== null,
		delegationDefaults,
		delegations: delegations.map((d) => ({
			...d,
			participant: names.get(d.participantCode) ?? d.participantCode
		})),
		participantChoices: participants
			.filter((p) => p.code !== ownCode)
			.map((p) => ({ code: p.code, name: p.name }))
			.sort((a, b) => a.name.localeCompare(b.name, locale)),
		notice,
		training,
		trainingNotice: trainingNotices.find((n) => n === url.searchParams.get('notice')) ?? null
	};
}

function readDelegationForm(form: FormData): DelegationFormValues {
	return {
		members: formMultiline(form, 'members'),
		women: formText(form, 'women'),
		men: formText(form, 'men'),
		otherGender: formText(form, 'otherGender'),
		level: formText(form, 'level'),
		participants: form.getAll('participants').filter((v): v is string => typeof v === 'string')
	};
}

export const actions = {
	...courseActions,
	register: async ({ locals, params, request }) => {
		const id = eventIdParam(params.id);
		const values = readDelegationForm(await request.formData());
		const lines = values.members
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
		const members = lines.map((line) => {
			const [name = '', ...role] = line.split(';');
			return { name: name.trim(), role: role.join(';').trim() };
		});
		try {
			if (members.some((p) => !p.name || !p.role)) {
				throw new ValidationError([{ path: 'members', message: 'cal_err_member_line' }]);
			}
			const input = parseInput(registerDelegationSchema, {
				members,
				women: values.women || '0',
				men: values.men || '0',
				otherGender: values.otherGender || '0',
				releasability: {
					level: values.level || undefined,
					participants: values.level === 'named' ? values.participants : undefined
				}
			});
			await registerDelegation(locals.ctx, params.network, id, input);
		} catch (e) {
			return formFailure(e, values, {
				field: (path) =>
					path.startsWith('releasability')
						? 'level'
						: ['women', 'men', 'otherGender'].includes(path)
							? path
							: 'members'
			});
		}
		redirect(303, `/networks/${params.network}/calendar/${id}?notice=registered`);
	},
	withdraw: async ({ locals, params }) => {
		const id = eventIdParam(params.id);
		try {
			await withdrawDelegation(locals.ctx, params.network, id);
		} catch (e) {
			if (e instanceof DomainError) return fail(e.status, { message: translate(e.messageKey) });
			throw e;
		}
		redirect(303, `/networks/${params.network}/calendar/${id}?notice=withdrawn`);
	},
	delete: async ({ locals, params }) => {
		const id = eventIdParam(params.id);
		try {
			await deleteEvent(locals.ctx, params.network, id);
		} catch (e) {
			if (e instanceof DomainError) return fail(e.status, { message: translate(e.messageKey) });
			throw e;
		}
		redirect(303, `/networks/${params.network}/calendar?notice=deleted`);
	}
};
