import { error, fail, redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { translate } from '$lib/i18n/translate';
import { parseInput } from '$lib/server/api/validation';
import { DomainError, UnauthenticatedError, ValidationError } from '$lib/server/errors';
import { changeRole } from '$lib/server/people/change-role';
import { deactivatePerson } from '$lib/server/people/deactivate-person';
import { invitePerson } from '$lib/server/people/invite-person';
import { listPeople } from '$lib/server/people/list-people';
import { reactivatePerson } from '$lib/server/people/reactivate-person';
import { resendInvitation } from '$lib/server/people/resend-invitation';
import {
	changeRoleSchema,
	invitePersonSchema,
	listPeopleQuerySchema,
	personIdSchema
} from '$lib/server/people/schemas';
import type { Actions, PageServerLoad } from './$types';

const signInUrl = `/login?next=${encodeURIComponent('/people')}`;

export const load: PageServerLoad = async ({ locals, url }) => {
	try {
		const query = listPeopleQuerySchema.safeParse(Object.fromEntries(url.searchParams));
		return { people: await listPeople(locals.ctx, query.success ? query.data : {}) };
	} catch (e) {
		if (e instanceof UnauthenticatedError) redirect(303, signInUrl);
		// The page does not exist for those who manage nobody.
		if (e instanceof DomainError) error(404, translate('error_not_found'));
		throw e;
	}
};

type InviteValues = Record<'email' | 'name' | 'role' | 'participantId' | 'locale', string>;

function fieldErrors(e: ValidationError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const { path, message } of e.fieldErrors) errors[path || 'form'] ??= message;
	return errors;
}

/** A refused action re-renders the page with the reason; signing in again is the only redirect. */
function refused(action: string, e: unknown, personId?: string) {
	if (e instanceof UnauthenticatedError) redirect(303, signInUrl);
	if (!(e instanceof DomainError)) throw e;
	const message =
		e instanceof ValidationError
			? Object.values(fieldErrors(e)).join(' ')
			: translate(e.messageKey);
	return fail(e.status, { action, personId: personId ?? null, message });
}

function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

export const actions: Actions = {
	invite: async ({ locals, request }) => {
		const form = await request.formData();
		const values: InviteValues = {
			email: text(form, 'email'),
			name: text(form, 'name'),
			role: text(form, 'role'),
			participantId: text(form, 'participantId'),
			locale: text(form, 'locale') || getLocale()
		};
		try {
			const input = parseInput(invitePersonSchema, values);
			await invitePerson(locals.ctx, input);
			return { action: 'invite', done: translate('people_invited', { email: input.email }) };
		} catch (e) {
			if (e instanceof ValidationError) {
				return fail(422, { action: 'invite', values, errors: fieldErrors(e) });
			}
			if (e instanceof DomainError && e.messageKey === 'people_email_taken') {
				return fail(409, { action: 'invite', values, errors: { email: translate(e.messageKey) } });
			}
			return refused('invite', e);
		}
	},
	role: async ({ locals, request }) => {
		const form = await request.formData();
		const personId = text(form, 'personId');
		try {
			await changeRole(
				locals.ctx,
				parseInput(changeRoleSchema, { personId, role: text(form, 'role') })
			);
			return { action: 'role', personId, done: translate('people_role_changed') };
		} catch (e) {
			return refused('role', e, personId);
		}
	},
	deactivate: async ({ locals, request }) => {
		const form = await request.formData();
		const personId = text(form, 'personId');
		try {
			await deactivatePerson(locals.ctx, parseInput(personIdSchema, { personId }).personId);
			return { action: 'deactivate', personId, done: translate('people_deactivated') };
		} catch (e) {
			return refused('deactivate', e, personId);
		}
	},
	reactivate: async ({ locals, request }) => {
		const form = await request.formData();
		const personId = text(form, 'personId');
		try {
			await reactivatePerson(locals.ctx, parseInput(personIdSchema, { personId }).personId);
			return { action: 'reactivate', personId, done: translate('people_reactivated') };
		} catch (e) {
			return refused('reactivate', e, personId);
		}
	},
	resend: async ({ locals, request }) => {
		const form = await request.formData();
		const personId = text(form, 'personId');
		try {
			await resendInvitation(locals.ctx, parseInput(personIdSchema, { personId }).personId);
			return { action: 'resend', personId, done: translate('people_invitation_resent') };
		} catch (e) {
			return refused('resend', e, personId);
		}
	}
};
