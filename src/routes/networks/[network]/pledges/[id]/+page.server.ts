import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDateTime } from '$lib/server/auth/date-time';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { deletePledge } from '$lib/server/pledges/delete-pledge';
import { getPledgeWithAccess } from '$lib/server/pledges/get-pledge';
import { listPledgeVersions } from '$lib/server/pledges/list-pledge-versions';
import { listParticipants } from '$lib/server/registry/list-participants';
import { pageRecordId } from '../pledge-form.server';

export const csr = false;

export async function load({ locals, params }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const id = pageRecordId(params.id);
	const [found, participants] = await Promise.all([
		getPledgeWithAccess(ctx, params.network, id),
		listParticipants(ctx, params.network, locale)
	]).catch(loadFailure);
	const versions = found.canSeeHistory
		? await listPledgeVersions(ctx, params.network, id).catch(loadFailure)
		: [];
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const timeZone = locals.user?.timeZone ?? null;
	return {
		network: params.network,
		pledge: found.pledge,
		participantName: names.get(found.pledge.participant) ?? found.pledge.participant,
		releasedToNames: found.pledge.releasability.participants.map((code) => names.get(code) ?? code),
		canEdit: found.canEdit,
		canSeeHistory: found.canSeeHistory,
		history: versions.map((v) => ({
			version: v.version,
			changes: v.changes,
			changedBy: v.changedBy,
			changedAt: formatDateTime(new Date(v.changedAt), locale, timeZone)
		}))
	};
}

export const actions = {
	delete: async ({ locals, params }) => {
		try {
			await deletePledge(locals.ctx, params.network, pageRecordId(params.id));
		} catch (e) {
			return formFailure(e, {}, { form: 'delete' });
		}
		redirect(303, `/networks/${params.network}/pledges?notice=deleted`);
	}
};
