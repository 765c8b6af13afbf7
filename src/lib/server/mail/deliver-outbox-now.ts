import { canAdminister } from '../access/access';
import type { Ctx } from '../context';
import { NotFoundError } from '../errors';
import { unsafeDeliverOutbox, type DeliveryResult } from './send-mail';

/** An administrator asks for unsent mail to be tried again at once. */
export async function deliverOutboxNow(ctx: Ctx): Promise<DeliveryResult> {
	if (!canAdminister(ctx.actor)) throw new NotFoundError();
	return unsafeDeliverOutbox(ctx.db);
}
