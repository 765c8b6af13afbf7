import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { readerZone, formatWithZone } from '$lib/server/time/form-zone';
import { deleteWebhook } from '$lib/server/webhooks/delete-webhook';
import { getWebhook } from '$lib/server/webhooks/get-webhook';
import { webhookIdParam } from '$lib/server/webhooks/webhook-id';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const found = await getWebhook(ctx, params.network, webhookIdParam(params.id), {
		limit: 100,
		offset: 0
	}).catch(loadFailure);
	const zone = readerZone(locals);
	const when = (at: string | null) => (at ? formatWithZone(new Date(at), zone, getLocale()) : null);
	return {
		network: params.network,
		webhook: { ...found.webhook, created: when(found.webhook.createdAt)! },
		deliveries: found.deliveries.map((d) => ({
			...d,
			created: when(d.createdAt)!,
			lastAttempt: when(d.lastAttemptAt),
			nextAttempt: when(d.nextAttemptAt)
		})),
		total: found.total,
		canManage: found.policies.manage
	};
}

export const actions = {
	delete: async ({ locals, params }) => {
		try {
			await deleteWebhook(locals.ctx, params.network, webhookIdParam(params.id));
		} catch (e) {
			return formFailure(e, {});
		}
		redirect(303, `/networks/${params.network}/webhooks`);
	}
};
