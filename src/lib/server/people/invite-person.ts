import { canInviteAdministrators, requireManagePeople, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import { isEmailTaken } from '../auth/accounts';
import type { Ctx } from '../context';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { deliverSoon, enqueueInvitation } from './invitation-mail';
import { findParticipantOption, insertUser } from './repository';
import type { InvitePersonInput } from './schemas';

/**
 * Creates the person without a password and mails a one-time link to choose one. Administrators
 * invite into any participant, or other administrators; a focal point only into its own participant.
 */
export async function invitePerson(ctx: Ctx, input: InvitePersonInput): Promise<{ id: string }> {
	const { actor, db } = ctx;
	requireSignedIn(actor);
	const role = input.role === 'admin' ? null : input.role;
	if (role === null) {
		if (!canInviteAdministrators(actor)) throw new ForbiddenError();
	} else {
		if (!input.participantId) throw new NotFoundError();
		requireManagePeople(actor, input.participantId);
	}
	const created = await db
		.transaction(async (tx) => {
			const participant = role
				? ((await findParticipantOption(tx, input.participantId!)) ?? null)
				: null;
			if (role && !participant) throw new NotFoundError();
			if (await isEmailTaken(tx, input.email)) throw emailTaken(input.email);
			const id = await insertUser(tx, {
				email: input.email,
				name: input.name,
				passwordHash: null,
				isAdmin: role === null,
				participantId: participant?.id ?? null,
				role,
				locale: input.locale
			});
			await enqueueInvitation(tx, actor, {
				userId: id,
				email: input.email,
				name: input.name,
				locale: input.locale,
				participant,
				role
			});
			await appendAudit(tx, actor, {
				action: 'invite',
				entityType: 'user',
				entityId: id,
				networkId: participant?.networkId ?? null,
				details: { email: input.email, role: input.role, participantId: participant?.id ?? null }
			});
			return { id };
		})
		.catch((error: unknown) => {
			// Two invitations of one address at once: the unique index decides, and is reported alike.
			if (isUniqueViolation(error)) throw emailTaken(input.email);
			throw error;
		});
	deliverSoon(ctx);
	return created;
}

function emailTaken(email: string): ConflictError {
	return new ConflictError('people_email_taken', `A user with the email ${email} exists`);
}

function isUniqueViolation(error: unknown): boolean {
	for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
		if ((e as { code?: unknown }).code === '23505') return true;
	}
	return false;
}
