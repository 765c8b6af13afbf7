import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDateTime } from '$lib/server/auth/date-time';
import { formFailure } from '$lib/server/forms/form-failure';
import { deliverOutboxNow } from '$lib/server/mail/deliver-outbox-now';
import { listOutbox } from '$lib/server/mail/list-outbox';
import { outboxPageQuerySchema } from '$lib/server/mail/schemas';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
	await parent();
	const parsed = outboxPageQuerySchema.safeParse(Object.fromEntries(url.searchParams));
	// A mangled page number shows the first page rather than an error.
	const query = parsed.success ? parsed.data : outboxPageQuerySchema.parse({});
	const outbox = await listOutbox(locals.ctx, query);
	const locale = getLocale();
	const timeZone = locals.user?.timeZone ?? null;
	return {
		...outbox,
		items: outbox.items.map((item) => ({
			...item,
			createdAt: formatDateTime(item.createdAt, locale, timeZone),
			sentAt: item.sentAt ? formatDateTime(item.sentAt, locale, timeZone) : null
		}))
	};
};

export const actions: Actions = {
	deliver: async ({ locals }) => {
		try {
			const result = await deliverOutboxNow(locals.ctx);
			return { delivered: m.auth_outbox_delivered({ sent: result.sent, failed: result.failed }) };
		} catch (error) {
			return formFailure<Record<string, string>>(error, {}, { form: 'deliver' });
		}
	}
};
