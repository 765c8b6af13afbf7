import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { parseCycleId } from '$lib/server/reports/cycle-context';
import { submitReport } from '$lib/server/reports/submit-report';

export const POST: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const id = parseCycleId(params.id);
	const { report } = await submitReport(ctx, params.network, id, params.participantCode);
	return json(report);
});
