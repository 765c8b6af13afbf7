import { z } from 'zod';

export const exportParticipantSchema = z.object({
	network: z.string().trim().min(1).max(100),
	participant: z.string().trim().min(1).max(40)
});
export type ExportParticipantInput = z.infer<typeof exportParticipantSchema>;

export const participantExportFormat = 'participant-export';
export const participantExportVersion = 1;

/** Keys of the export's header; no section may take one of them. */
export const participantExportHeaderKeys = [
	'format',
	'version',
	'exportedAt',
	'network',
	'participant'
] as const;
