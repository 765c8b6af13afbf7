import { m } from '$lib/paraglide/messages';
import { baseLocale } from '$lib/paraglide/runtime';
import { isLocale, type Locale } from '$lib/i18n/translate';
import { pickLocalized } from '$lib/i18n/localized';
import type { Actor } from '../access/actor';
import { findAccountName } from '../auth/accounts';
import { hashToken, newSecretToken } from '../auth/tokens';
import type { Ctx } from '../context';
import type { Queryable } from '../db/client';
import { enqueueMail, unsafeDeliverOutbox } from '../mail/send-mail';
import { publicOrigin } from '../runtime';
import { insertInvitationToken, type ParticipantOptionRow, type UserRole } from './repository';

export const invitationLifetimeDays = 7;

export interface Invitee {
	userId: string;
	email: string;
	name: string;
	locale: string | null;
	/** Null for an administrator of the installation. */
	participant: ParticipantOptionRow | null;
	role: UserRole | null;
}

/**
 * Makes a one-time link for the invitee and puts the message in the outbox, in the caller's
 * transaction. Only the token's hash is stored; the link exists nowhere but in the message.
 */
export async function enqueueInvitation(
	q: Queryable,
	actor: Actor,
	invitee: Invitee
): Promise<void> {
	const token = newSecretToken();
	await insertInvitationToken(q, {
		userId: invitee.userId,
		tokenHash: hashToken(token),
		expiresAt: new Date(Date.now() + invitationLifetimeDays * 24 * 3600 * 1000)
	});
	const inviter = actor.userId ? await findAccountName(q, actor.userId) : undefined;
	await enqueueMail(q, {
		to: invitee.email,
		...invitationText(invitee, inviter?.name || inviter?.email || actor.email || '', token)
	});
}

/** Mail goes out after commit; a failed delivery stays in the outbox and must not fail the request. */
export function deliverSoon(ctx: Ctx): void {
	void unsafeDeliverOutbox(ctx.db).catch((error: unknown) => console.error(error));
}

export function roleLabel(role: UserRole, locale: Locale): string {
	switch (role) {
		case 'focal_point':
			return m.people_role_focal_point({}, { locale });
		case 'editor':
			return m.people_role_editor({}, { locale });
		case 'viewer':
			return m.people_role_viewer({}, { locale });
	}
}

function invitationText(invitee: Invitee, inviter: string, token: string) {
	const locale: Locale = isLocale(invitee.locale) ? invitee.locale : baseLocale;
	const { participant, role } = invitee;
	const subject = participant
		? m.people_invitation_subject({ network: participant.networkAcronym }, { locale })
		: m.people_invitation_subject_admin({}, { locale });
	const invitedAs =
		participant && role
			? m.people_invitation_body(
					{
						inviter,
						network: participant.networkAcronym,
						role: roleLabel(role, locale),
						participant: pickLocalized(participant.name, locale) || participant.code
					},
					{ locale }
				)
			: m.people_invitation_body_admin({ inviter }, { locale });
	const text = [
		m.people_invitation_greeting({ name: invitee.name }, { locale }),
		'',
		invitedAs,
		'',
		m.people_invitation_link({ days: invitationLifetimeDays }, { locale }),
		`${publicOrigin()}/invite/${token}`,
		'',
		m.people_invitation_ignore({}, { locale })
	].join('\n');
	return { subject, text };
}
