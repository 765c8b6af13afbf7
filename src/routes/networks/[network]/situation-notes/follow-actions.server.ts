import { redirect } from '@sveltejs/kit';
import { parseInput } from '$lib/server/api/validation';
import type { Ctx } from '$lib/server/context';
import { formFailure } from '$lib/server/forms/form-failure';
import { followSituation } from '$lib/server/situation/follow-situation';
import { followSubjectSchema } from '$lib/server/situation/schemas';

/** The follow and unfollow buttons post a mission or a country; both pages share them. */
export async function followAction(
	ctx: Ctx,
	network: string,
	request: Request,
	url: URL,
	follow: boolean
) {
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const form = await request.formData();
	const value = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' && v !== '' ? v : undefined;
	};
	try {
		const subject = parseInput(followSubjectSchema, {
			...(value('mission') ? { mission: value('mission') } : {}),
			...(value('country') ? { country: value('country') } : {})
		});
		await followSituation(ctx, network, subject, follow);
	} catch (e) {
		return formFailure(e, {}, { form: 'follow' });
	}
	return { followed: follow };
}
