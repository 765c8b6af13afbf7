import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { parseInput } from '$lib/server/api/validation';
import { getAssessment } from '$lib/server/barriers/get-assessment';
import { recordId } from '$lib/server/barriers/ids';
import { recordArea } from '$lib/server/barriers/record-area';
import { areaInputSchema, areaSchema } from '$lib/server/barriers/schemas';

export const PUT: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	const id = recordId(params.id);
	// An issue area outside the methodology's ten is invalid input, not a missing record.
	const area = parseInput(areaSchema, params.area);
	const input = await readJson(request, areaInputSchema(area));
	await recordArea(ctx, params.network, id, area, input);
	const { canEdit: _canEdit, ...assessment } = await getAssessment(
		ctx,
		params.network,
		id,
		url.origin
	);
	return json(assessment);
});
