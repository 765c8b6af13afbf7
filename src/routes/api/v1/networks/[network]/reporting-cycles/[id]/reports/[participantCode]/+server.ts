import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { parseCycleId } from '$lib/server/reports/cycle-context';
import { getReport } from '$lib/server/reports/get-report';
import { saveReport } from '$lib/server/reports/save-report';
import { saveReportSchema } from '$lib/server/reports/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const { report } = await getReport(
		ctx,
		params.network,
		parseCycleId(params.id),
		params.participantCode
	);
	return json(report);
});

export const PUT: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const id = parseCycleId(params.id);
	const input = await readJson(request, saveReportSchema);
	const { report } = await saveReport(ctx, params.network, id, params.participantCode, input);
	return json(report);
});
