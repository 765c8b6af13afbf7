import { canAdminister } from '../access/access';
import type { Ctx } from '../context';
import { NotFoundError } from '../errors';
import { countOutbox } from './repository';
import { isSmtpConfigured } from './send-mail';

/** How much mail there is and how much is unsent, for the administration home. */
export async function summarizeOutbox(
	ctx: Ctx
): Promise<{ total: number; unsent: number; smtpConfigured: boolean }> {
	if (!canAdminister(ctx.actor)) throw new NotFoundError();
	return { ...(await countOutbox(ctx.db)), smtpConfigured: isSmtpConfigured() };
}
