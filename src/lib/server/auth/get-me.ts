import type { Ctx } from '../context';
import type { MeView } from '../api/me-schema';
import { findUserById } from './repository';
import { findNetworkById } from '../registry/repository';

export async function getMe(ctx: Ctx): Promise<MeView> {
	const { actor } = ctx;
	if (!actor.userId) return { authenticated: false, user: null };
	// Reading one's own account needs no releasability check: the actor is that user.
	const user = await findUserById(ctx.db, actor.userId);
	if (!user) return { authenticated: false, user: null };
	const network = actor.participant
		? await findNetworkById(ctx.db, actor.participant.networkId)
		: undefined;
	return {
		authenticated: true,
		user: {
			id: user.id,
			email: user.email,
			name: user.name,
			isAdmin: user.isAdmin,
			role: actor.role,
			participant:
				actor.participant && network
					? {
							code: actor.participant.code,
							network: network.slug,
							status: actor.participant.status
						}
					: null,
			secondFactor: user.totpEnabledAt !== null
		}
	};
}
