import { requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { updateUser } from './repository';
import type { PreferencesInput } from './schemas';

/** The acting user's language (for pages and mail) and time zone (for dates and times). */
export async function updatePreferences(ctx: Ctx, input: PreferencesInput): Promise<void> {
	requireSignedIn(ctx.actor);
	const userId = ctx.actor.userId;
	await ctx.db.transaction(async (tx) => {
		await updateUser(tx, userId, { locale: input.locale, timeZone: input.timeZone });
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'user_preferences',
			entityId: userId,
			details: { locale: input.locale, timeZone: input.timeZone }
		});
	});
}
