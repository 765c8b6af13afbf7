import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { translate } from '$lib/i18n/translate';
import { listParticipants } from '$lib/server/registry/list-participants';
import { NotFoundError } from '$lib/server/errors';

export async function load({ locals, params }) {
	const participants = await listParticipants(locals.ctx, params.network, getLocale()).catch(
		(e: unknown) => {
			if (e instanceof NotFoundError) error(404, translate('error_not_found'));
			throw e;
		}
	);
	const participant = participants.find((p) => p.code === params.code);
	if (!participant) error(404, translate('error_not_found'));
	return { network: params.network, participant };
}
