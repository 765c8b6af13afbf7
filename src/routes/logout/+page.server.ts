import { redirect } from '@sveltejs/kit';
import { clearSessionCookie } from '$lib/server/auth/session-cookie';
import { signOut } from '$lib/server/auth/sign-out';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		await signOut(locals.ctx.db, locals.sessionHash);
		clearSessionCookie(cookies);
		redirect(303, '/');
	}
};
