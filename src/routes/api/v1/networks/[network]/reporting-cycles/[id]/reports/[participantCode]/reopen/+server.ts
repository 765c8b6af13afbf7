import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { parseCycleId } from '$lib/server/reports/cycle-context';
import { reopenReport } from '$lib/server/reports/reopen-report';

export const POST: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const id = parseCycleId(params.id);
	const { report } = await reopenReport(ctx, params.network, id, params.participantCode);
	return json(report);
});
