import { z } from 'zod';

const day = z.iso.date({ message: 'gov_err_date' });

export const handoverInputSchema = z.object({
	toCode: z.string().trim().min(1, { message: 'gov_err_unknown_participant' }),
	on: day,
	conferenceEdition: z.coerce.number().int().positive().optional(),
	note: z.string().trim().max(1000).default('')
});
export type HandoverInput = z.output<typeof handoverInputSchema>;

export const bodyMemberInputSchema = z.object({
	participantCode: z.string().trim().min(1, { message: 'gov_err_unknown_participant' }),
	representativeName: z.string().trim().max(200).default(''),
	representativeTitle: z.string().trim().max(200).default('')
});
export type BodyMemberInput = z.output<typeof bodyMemberInputSchema>;
