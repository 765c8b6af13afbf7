import { summarizeOutbox } from '$lib/server/mail/summarize-outbox';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	await parent();
	return { outbox: await summarizeOutbox(locals.ctx) };
};
