import type { Ctx } from '../context';
import { hashToken } from '../auth/tokens';
import { NotFoundError } from '../errors';
import type { LocalizedText } from '../db/schema';
import { findOpenInvitation, type UserRole } from './repository';

export interface InvitationView {
	email: string;
	name: string;
	role: UserRole | null;
	isAdmin: boolean;
	participant: { code: string; name: LocalizedText; networkAcronym: string } | null;
}

/**
 * What an invitation link offers. Whoever holds the link is the invitee, so the token is the
 * only check; a used, expired or unknown link, or a deactivated person, is simply not found.
 */
export async function getInvitation(ctx: Ctx, token: string): Promise<InvitationView> {
	const row = await findOpenInvitation(ctx.db, hashToken(token), new Date());
	if (!row || !row.person.active || row.person.hasPassword) throw new NotFoundError();
	return {
		email: row.person.email,
		name: row.person.name,
		role: row.person.role,
		isAdmin: row.person.isAdmin,
		participant: row.participant
			? {
					code: row.participant.code,
					name: row.participant.name,
					networkAcronym: row.participant.networkAcronym
				}
			: null
	};
}
