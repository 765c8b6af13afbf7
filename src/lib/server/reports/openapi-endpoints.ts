import { z } from 'zod';
import {
	consolidatedSchema,
	cycleListSchema,
	cycleWithBoardSchema,
	openCycleSchema,
	reportSchema,
	saveReportSchema
} from './schemas';

interface ReportEndpoint {
	method: 'get' | 'post' | 'put';
	path: string;
	summary: string;
	body?: z.ZodType;
	response?: z.ZodType;
	status?: number;
	file?: string;
}

const cycles = '/networks/{network}/reporting-cycles';
const report = `${cycles}/{id}/reports/{participantCode}`;

/** The national reports API, listed in the OpenAPI document. */
export const reportEndpoints: ReportEndpoint[] = [
	{
		method: 'get',
		path: cycles,
		summary: 'Reporting cycles of the network',
		response: cycleListSchema
	},
	{
		method: 'post',
		path: cycles,
		summary: 'Open a reporting cycle (the Presidency in office)',
		body: openCycleSchema,
		response: cycleWithBoardSchema,
		status: 201
	},
	{
		method: 'get',
		path: `${cycles}/{id}`,
		summary: 'A reporting cycle with its status board (dates for the Presidency only)',
		response: cycleWithBoardSchema
	},
	{
		method: 'get',
		path: report,
		summary: 'A participant’s report, with the activities released to the caller',
		response: reportSchema
	},
	{
		method: 'put',
		path: report,
		summary: 'Save the caller’s participant’s draft report',
		body: saveReportSchema,
		response: reportSchema
	},
	{
		method: 'post',
		path: `${report}/submit`,
		summary: 'Submit the report, which locks it (focal points)',
		response: reportSchema
	},
	{
		method: 'post',
		path: `${report}/reopen`,
		summary: 'Reopen a submitted report until the due date (focal points)',
		response: reportSchema
	},
	{
		method: 'get',
		path: `${cycles}/{id}/consolidated.json`,
		summary: 'The consolidated report, as released to the caller',
		response: consolidatedSchema
	},
	{
		method: 'get',
		path: `${cycles}/{id}/consolidated.pdf`,
		summary: 'The consolidated report as PDF, in the caller’s language',
		file: 'application/pdf'
	},
	{
		method: 'get',
		path: `${cycles}/{id}/consolidated.xlsx`,
		summary: 'The consolidated report as a workbook, in the caller’s language',
		file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	}
];
