import { z } from 'zod';
import {
	createDocumentSchema,
	documentListSchema,
	documentSchema,
	listDocumentsQuerySchema,
	searchDocumentsQuerySchema,
	searchResultSchema,
	updateDocumentSchema
} from '../documents/schemas';
import {
	amendmentInputSchema,
	declarationListSchema,
	declarationSchema
} from '../declarations/schemas';
import {
	createDecisionSchema,
	decisionListSchema,
	decisionSchema,
	extendInputSchema,
	positionInputSchema
} from '../decisions/schemas';
import { networkSchema, participantSchema } from '../registry/schemas';
import { meSchema } from './me-schema';
import { deskSchema } from '../desk/schemas';
import { reportEndpoints } from '../reports/openapi-endpoints';
import { statisticsEndpoints } from '../statistics/openapi-endpoints';
import { calendarEndpoints } from '../calendar/openapi-endpoints';
import { exchangeEndpoints } from '../exchange/openapi-endpoints';
import { pledgeEndpoints } from '../pledges/openapi-endpoints';
import { situationEndpoints } from '../situation/openapi-endpoints';
import { webhookEndpoints } from '../webhooks/openapi-endpoints';
import { registryEndpoints } from '../registry/openapi-endpoints';
import { catalogEndpoints } from '../opendata/openapi-endpoints';
import { trainingEndpoints } from '../training/openapi-endpoints';
import { barrierEndpoints } from '../barriers/openapi-endpoints';
import { barrierAreas } from '../barriers/schemas';

interface Endpoint {
	method: 'get' | 'post' | 'put' | 'patch' | 'delete';
	path: string;
	summary: string;
	query?: z.ZodObject;
	body?: z.ZodType;
	response?: z.ZodType;
	status?: number;
	public?: boolean;
	/** A download that is not JSON: its media type. */
	file?: string;
	/** The body is `multipart/form-data` with one or more parts named `file`. */
	upload?: boolean;
}

const networkParam = { name: 'network', in: 'path', required: true, schema: { type: 'string' } };
const participantCodeParam = {
	name: 'participantCode',
	in: 'path',
	required: true,
	schema: { type: 'string' }
};
const yearParam = { name: 'year', in: 'path', required: true, schema: { type: 'integer' } };
const codeParam = { name: 'code', in: 'path', required: true, schema: { type: 'string' } };
const pledgeIdParam = {
	name: 'pledgeId',
	in: 'path',
	required: true,
	schema: { type: 'string', format: 'uuid' }
};
const areaParam = {
	name: 'area',
	in: 'path',
	required: true,
	schema: { type: 'string', enum: [...barrierAreas] }
};
const tokenParam = { name: 'token', in: 'path', required: true, schema: { type: 'string' } };
const recommendationIdParam = {
	name: 'recommendationId',
	in: 'path',
	required: true,
	schema: { type: 'string', format: 'uuid' }
};
const idParam = {
	name: 'id',
	in: 'path',
	required: true,
	schema: { type: 'string', format: 'uuid' }
};

/** Every API endpoint, described from the same Zod schemas that validate its input. */
export const endpoints: Endpoint[] = [
	{ method: 'get', path: '/me', summary: 'The caller', response: meSchema, public: true },
	{
		method: 'get',
		path: '/me/desk',
		summary:
			"What needs the caller's participant: decisions to answer, reports due, events and registration deadlines, cooperation commitments waiting on it; for the Presidency also its reporting board and open decisions",
		response: deskSchema
	},
	{
		method: 'get',
		path: '/networks',
		summary: 'Networks hosted here',
		response: z.object({ items: z.array(networkSchema) }),
		public: true
	},
	{
		method: 'get',
		path: '/networks/{network}/participants',
		summary: 'Members, observers and partners of a network',
		response: z.object({ items: z.array(participantSchema) }),
		public: true
	},
	{
		method: 'get',
		path: '/networks/{network}/participants/{code}/export',
		summary: 'Everything the participant owns, for its focal points (JSON)',
		response: z.object({ format: z.string(), version: z.number().int(), exportedAt: z.string() })
	},
	{
		method: 'get',
		path: '/networks/{network}/documents',
		summary: 'Documents released to the caller',
		query: listDocumentsQuerySchema,
		response: documentListSchema,
		public: true
	},
	{
		method: 'post',
		path: '/networks/{network}/documents',
		summary: 'Create a document owned by the caller’s participant',
		body: createDocumentSchema,
		response: documentSchema,
		status: 201
	},
	{
		method: 'get',
		path: '/networks/{network}/documents/{id}',
		summary: 'One document, if released to the caller',
		response: documentSchema,
		public: true
	},
	{
		method: 'patch',
		path: '/networks/{network}/documents/{id}',
		summary: 'Change a document the caller’s participant owns',
		body: updateDocumentSchema,
		response: documentSchema
	},
	{
		method: 'delete',
		path: '/networks/{network}/documents/{id}',
		summary: 'Delete a document the caller’s participant owns',
		status: 204
	},
	{
		method: 'get',
		path: '/networks/{network}/search',
		summary:
			'Search the documents released to the caller in the four languages at once, best first; each family of translations once, in the caller’s language (`lang`, else the request’s) when it has that version',
		query: searchDocumentsQuerySchema,
		response: searchResultSchema,
		public: true
	},
	{
		method: 'get',
		path: '/networks/{network}/decisions',
		summary: 'Decisions by silence procedure, for the network’s participants',
		response: decisionListSchema
	},
	{
		method: 'post',
		path: '/networks/{network}/decisions',
		summary: 'Open a decision (the Presidency or the Technical Secretariat)',
		body: createDecisionSchema,
		response: decisionSchema,
		status: 201
	},
	{
		method: 'get',
		path: '/networks/{network}/decisions/{id}',
		summary: 'One decision with its positions and history; the outcome once the deadline passed',
		response: decisionSchema
	},
	{
		method: 'post',
		path: '/networks/{network}/decisions/{id}/positions',
		summary: 'Take or change the caller’s participant’s position (member signatories)',
		body: positionInputSchema,
		response: decisionSchema,
		status: 201
	},
	{
		method: 'post',
		path: '/networks/{network}/decisions/{id}/withdraw',
		summary: 'Withdraw a decision before its deadline (the Presidency)',
		response: decisionSchema
	},
	{
		method: 'post',
		path: '/networks/{network}/decisions/{id}/extend',
		summary: 'Move the deadline later (the Presidency)',
		body: extendInputSchema,
		response: decisionSchema
	},
	{
		method: 'get',
		path: '/networks/{network}/declarations',
		summary: 'Conference Declarations: adopted ones for everyone, drafts for the network',
		public: true,
		response: declarationListSchema
	},
	{
		method: 'get',
		path: '/networks/{network}/declarations/{id}',
		summary: 'One Declaration with its numbered paragraphs, amendments, versions and signatures',
		public: true,
		response: declarationSchema
	},
	{
		method: 'post',
		path: '/networks/{network}/declarations/{id}/amendments',
		summary: 'Propose an amendment to a draft paragraph (member participants)',
		body: amendmentInputSchema,
		response: declarationSchema,
		status: 201
	},
	...reportEndpoints,
	...calendarEndpoints,
	...statisticsEndpoints,
	...exchangeEndpoints,
	...pledgeEndpoints,
	...situationEndpoints,
	...webhookEndpoints,
	...registryEndpoints,
	...catalogEndpoints,
	...trainingEndpoints,
	...barrierEndpoints
];

const problemSchema = {
	type: 'object',
	required: ['status', 'title'],
	properties: {
		type: { type: 'string' },
		status: { type: 'integer' },
		title: { type: 'string' },
		detail: { type: 'string' },
		errors: {
			type: 'array',
			items: {
				type: 'object',
				required: ['path', 'message'],
				properties: { path: { type: 'string' }, message: { type: 'string' } }
			}
		}
	}
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
	const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
	return rest;
}

export function buildOpenApiDocument(serverUrl: string) {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const e of endpoints) {
		const parameters: unknown[] = [];
		if (e.path.includes('{network}')) parameters.push(networkParam);
		if (e.path.includes('{id}')) parameters.push(idParam);
		if (e.path.includes('{code}')) parameters.push(codeParam);
		if (e.path.includes('{year}')) parameters.push(yearParam);
		if (e.path.includes('{participantCode}')) parameters.push(participantCodeParam);
		if (e.path.includes('{pledgeId}')) parameters.push(pledgeIdParam);
		// Any other id in the address is a UUID.
		for (const [, name] of e.path.matchAll(/\{(\w+Id)\}/g)) {
			if (name !== 'pledgeId') {
				parameters.push({
					name,
					in: 'path',
					required: true,
					schema: { type: 'string', format: 'uuid' }
				});
			}
		}
		if (e.path.includes('{area}')) parameters.push(areaParam);
		if (e.path.includes('{token}')) parameters.push(tokenParam);
		if (e.path.includes('{recommendationId}')) parameters.push(recommendationIdParam);
		if (e.query) {
			const shape = jsonSchema(e.query, 'input') as { properties?: Record<string, unknown> };
			for (const [name, schema] of Object.entries(shape.properties ?? {})) {
				parameters.push({ name, in: 'query', required: false, schema });
			}
		}
		const status = String(e.status ?? 200);
		const responses: Record<string, unknown> = {
			[status]: e.file
				? {
						description: 'OK',
						content: { [e.file]: { schema: { type: 'string', format: 'binary' } } }
					}
				: e.response
					? {
							description: 'OK',
							content: { 'application/json': { schema: jsonSchema(e.response, 'output') } }
						}
					: { description: 'Done' },
			default: {
				description: 'Problem',
				content: {
					'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } }
				}
			}
		};
		paths[e.path] ??= {};
		paths[e.path]![e.method] = {
			summary: e.summary,
			parameters,
			...(e.upload
				? {
						requestBody: {
							required: true,
							content: {
								'multipart/form-data': {
									schema: {
										type: 'object',
										required: ['file'],
										properties: {
											file: { type: 'array', items: { type: 'string', format: 'binary' } }
										}
									}
								}
							}
						}
					}
				: {}),
			...(e.body
				? {
						requestBody: {
							required: true,
							content: { 'application/json': { schema: jsonSchema(e.body, 'input') } }
						}
					}
				: {}),
			responses,
			security: e.public ? [{}, { bearer: [] }, { session: [] }] : [{ bearer: [] }, { session: [] }]
		};
	}
	return {
		openapi: '3.1.0',
		info: { title: 'Peacekeeping cooperation network platform', version: '1.0.0' },
		servers: [{ url: serverUrl }],
		paths,
		components: {
			schemas: { Problem: problemSchema },
			securitySchemes: {
				bearer: { type: 'http', scheme: 'bearer' },
				session: { type: 'apiKey', in: 'cookie', name: 'session' }
			}
		}
	};
}
