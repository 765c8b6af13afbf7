import type { z } from 'zod';
import {
	addConferenceSchema,
	addParticipantSchema,
	addPresidencyTermSchema,
	archiveStatuteSchema,
	createNetworkSchema,
	networkRegistrySchema
} from './schemas';

interface RegistryEndpoint {
	method: 'get' | 'post';
	path: string;
	summary: string;
	body?: z.ZodType;
	response?: z.ZodType;
	status?: number;
}

const network = '/admin/networks/{network}';

/** The networks' administration, listed in the OpenAPI document: administrators only. */
export const registryEndpoints: RegistryEndpoint[] = [
	{
		method: 'post',
		path: '/admin/networks',
		summary: 'Create a network (administrators); answers its empty registry',
		body: createNetworkSchema,
		response: networkRegistrySchema,
		status: 201
	},
	{
		method: 'get',
		path: network,
		summary: 'A network with its participants, conferences and Presidency terms (administrators)',
		response: networkRegistrySchema
	},
	{
		method: 'post',
		path: `${network}/participants`,
		summary:
			'Add a member, observer or partner: a country (ISO 3166-1 alpha-3) or an organisation (administrators)',
		body: addParticipantSchema,
		response: networkRegistrySchema,
		status: 201
	},
	{
		method: 'post',
		path: `${network}/conferences`,
		summary: 'Record a conference edition (administrators)',
		body: addConferenceSchema,
		response: networkRegistrySchema,
		status: 201
	},
	{
		method: 'post',
		path: `${network}/presidency-terms`,
		summary: 'Record a Presidency term, open until the next one starts (administrators)',
		body: addPresidencyTermSchema,
		response: networkRegistrySchema,
		status: 201
	},
	{
		method: 'post',
		path: `${network}/statute`,
		summary:
			'Archive the network’s statute: a public document of the kind statute, with the conference that approved it (administrators)',
		body: archiveStatuteSchema,
		response: networkRegistrySchema
	}
];
