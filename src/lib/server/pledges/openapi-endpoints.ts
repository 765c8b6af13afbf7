import { z } from 'zod';
import {
	capabilityGapListSchema,
	capabilityGapSchema,
	contingentListSchema,
	contingentSchema,
	contributionInputSchema,
	createContingentSchema,
	createPledgeSchema,
	listPledgesQuerySchema,
	pledgeListSchema,
	pledgeSchema,
	pledgesExportQuerySchema,
	pledgeVersionListSchema,
	publishGapSchema,
	updatePledgeSchema
} from './schemas';

interface PledgeEndpoint {
	method: 'get' | 'post' | 'patch' | 'delete';
	path: string;
	summary: string;
	query?: z.ZodObject;
	body?: z.ZodType;
	response?: z.ZodType;
	status?: number;
	public?: boolean;
	file?: string;
}

const pledges = '/networks/{network}/pledges';
const contingents = '/networks/{network}/combined-contingents';

/** The pledges and combined contingents API, listed in the OpenAPI document. */
export const pledgeEndpoints: PledgeEndpoint[] = [
	{
		method: 'get',
		path: pledges,
		summary: 'Pledges released to the caller, by unit type, readiness level and participant',
		query: listPledgesQuerySchema,
		response: pledgeListSchema,
		public: true
	},
	{
		method: 'post',
		path: pledges,
		summary:
			'Pledge a unit for the caller’s participant; a readiness level its evidence does not support is refused with 422 naming what is missing',
		body: createPledgeSchema,
		response: pledgeSchema,
		status: 201
	},
	{
		method: 'get',
		path: `${pledges}/{id}`,
		summary: 'One pledge, if released to the caller',
		response: pledgeSchema,
		public: true
	},
	{
		method: 'patch',
		path: `${pledges}/{id}`,
		summary: 'Change a pledge the caller’s participant owns; each change is a new version',
		body: updatePledgeSchema,
		response: pledgeSchema
	},
	{
		method: 'delete',
		path: `${pledges}/{id}`,
		summary: 'Withdraw a pledge the caller’s participant owns',
		status: 204
	},
	{
		method: 'get',
		path: `${pledges}/{id}/versions`,
		summary: 'Every version of a pledge: who changed what and when (its participant only)',
		response: pledgeVersionListSchema
	},
	{
		method: 'get',
		path: `${pledges}/annexes.xlsx`,
		summary:
			'A participant’s pledges released to the caller, as a workbook in the layout of the PCRS annexes (the caller’s own by default)',
		query: pledgesExportQuerySchema,
		file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		public: true
	},
	{
		method: 'get',
		path: `${pledges}/capability-gaps`,
		summary: 'Capabilities the Presidency or partners say are needed, with the matching pledges',
		response: capabilityGapListSchema,
		public: true
	},
	{
		method: 'post',
		path: `${pledges}/capability-gaps`,
		summary: 'Publish a needed capability (the Presidency in office or a partner)',
		body: publishGapSchema,
		response: capabilityGapSchema,
		status: 201
	},
	{
		method: 'get',
		path: contingents,
		summary: 'Combined contingents released to the caller',
		response: contingentListSchema,
		public: true
	},
	{
		method: 'post',
		path: contingents,
		summary: 'Form a combined contingent led by the caller’s participant',
		body: createContingentSchema,
		response: contingentSchema,
		status: 201
	},
	{
		method: 'get',
		path: `${contingents}/{id}`,
		summary:
			'A combined contingent: sums and lowest readiness of the contributions released to the caller, and how many are withheld',
		response: contingentSchema,
		public: true
	},
	{
		method: 'get',
		path: `${contingents}/{id}/contingent.pdf`,
		summary: 'A combined contingent as PDF, as the caller may see it',
		file: 'application/pdf',
		public: true
	},
	{
		method: 'post',
		path: `${contingents}/{id}/contributions`,
		summary: 'Attach one of the caller’s participant’s pledges to the contingent',
		body: contributionInputSchema,
		response: contingentSchema,
		status: 201
	},
	{
		method: 'delete',
		path: `${contingents}/{id}/contributions/{pledgeId}`,
		summary: 'Withdraw the caller’s participant’s pledge from the contingent',
		status: 204
	}
];
