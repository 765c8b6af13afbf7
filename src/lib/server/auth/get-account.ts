import { pickLocalized } from '$lib/i18n/localized';
import { requireSignedIn } from '../access/access';
import type { Ctx } from '../context';
import { UnauthenticatedError } from '../errors';
import { findAccountRow } from './repository';

export interface AccountView {
	email: string;
	name: string;
	isAdmin: boolean;
	role: 'focal_point' | 'editor' | 'viewer' | null;
	participant: { code: string; name: string; status: 'member' | 'observer' | 'partner' } | null;
	network: { slug: string; name: string } | null;
	totpEnabled: boolean;
	locale: string | null;
	timeZone: string | null;
}

/** Who the acting user is, as the account page shows it. */
export async function getAccount(ctx: Ctx, locale: string): Promise<AccountView> {
	requireSignedIn(ctx.actor);
	// The actor reads its own account and the names of its own participant and network.
	const row = await findAccountRow(ctx.db, ctx.actor.userId);
	if (!row) throw new UnauthenticatedError();
	const { user, participant, network } = row;
	return {
		email: user.email,
		name: user.name,
		isAdmin: user.isAdmin,
		role: participant ? user.role : null,
		participant: participant
			? {
					code: participant.code,
					name: pickLocalized(participant.name, locale),
					status: participant.status
				}
			: null,
		network: network ? { slug: network.slug, name: pickLocalized(network.name, locale) } : null,
		totpEnabled: user.totpEnabledAt !== null,
		locale: user.locale,
		timeZone: user.timeZone
	};
}
