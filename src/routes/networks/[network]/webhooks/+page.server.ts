import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { formText } from '$lib/server/forms/form-input';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { parseInput } from '$lib/server/api/validation';
import { readerZone, formatWithZone } from '$lib/server/time/form-zone';
import { listWebhooks } from '$lib/server/webhooks/list-webhooks';
import { registerWebhook } from '$lib/server/webhooks/register-webhook';
import { registerWebhookSchema, webhookEventTypes } from '$lib/server/webhooks/schemas';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	// Signing in brings the visitor back here.
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const { items, policies } = await listWebhooks(ctx, params.network).catch(loadFailure);
	const zone = readerZone(locals);
	return {
		network: params.network,
		webhooks: items.map((hook) => ({
			...hook,
			created: formatWithZone(new Date(hook.createdAt), zone, getLocale())
		})),
		canManage: policies.manage,
		eventTypes: webhookEventTypes
	};
}

export const actions = {
	register: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = {
			url: formText(form, 'url'),
			description: formText(form, 'description'),
			events: form.getAll('events').filter((v): v is string => typeof v === 'string')
		};
		try {
			const registered = await registerWebhook(
				locals.ctx,
				params.network,
				parseInput(registerWebhookSchema, values)
			);
			// The secret is answered to this one request and never again.
			return { registered: { ...registered, url: values.url } };
		} catch (e) {
			return formFailure(e, values);
		}
	}
};
