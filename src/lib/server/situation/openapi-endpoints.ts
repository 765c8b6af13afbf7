import type { z } from 'zod';
import {
	createSituationNoteSchema,
	listSituationNotesQuerySchema,
	situationNoteAttachmentsAddedSchema,
	situationNoteDetailSchema,
	situationNoteListSchema,
	updateSituationNoteSchema
} from './schemas';

interface SituationEndpoint {
	method: 'get' | 'post' | 'patch' | 'delete';
	path: string;
	summary: string;
	query?: z.ZodObject;
	body?: z.ZodType;
	response?: z.ZodType;
	status?: number;
	public?: boolean;
	file?: string;
	upload?: boolean;
}

const notes = '/networks/{network}/situation-notes';

/** The situation notes API, listed in the OpenAPI document. */
export const situationEndpoints: SituationEndpoint[] = [
	{
		method: 'get',
		path: notes,
		summary:
			'Situation notes released to the caller, the latest observed first (filters: mission, ' +
			'country, severity, since, status)',
		query: listSituationNotesQuerySchema,
		response: situationNoteListSchema,
		public: true
	},
	{
		method: 'post',
		path: notes,
		summary: "Write a situation note for the caller's participant (its editors and focal points)",
		body: createSituationNoteSchema,
		response: situationNoteDetailSchema,
		status: 201
	},
	{
		method: 'get',
		path: `${notes}/{id}`,
		summary: 'One situation note with its versions, if released to the caller',
		response: situationNoteDetailSchema,
		public: true
	},
	{
		method: 'patch',
		path: `${notes}/{id}`,
		summary: 'Change a situation note, or close it with `closed: true`; each change is a version',
		body: updateSituationNoteSchema,
		response: situationNoteDetailSchema
	},
	{
		method: 'post',
		path: `${notes}/{id}/attachments`,
		summary:
			'Attach photographs (JPEG, PNG) or PDFs to an open note: `multipart/form-data`, one part ' +
			'named `file` per file, at most 10 files of 10 MB on a note',
		upload: true,
		response: situationNoteAttachmentsAddedSchema,
		status: 201
	},
	{
		method: 'get',
		path: `${notes}/{id}/attachments/{attachmentId}`,
		summary: "One of a note's files, if the note is released to the caller",
		file: 'application/octet-stream',
		public: true
	},
	{
		method: 'delete',
		path: `${notes}/{id}/attachments/{attachmentId}`,
		summary: 'Take a file off an open note',
		status: 204
	}
];
