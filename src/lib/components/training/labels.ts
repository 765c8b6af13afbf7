import { m } from '$lib/paraglide/messages';

const statusLabels: Record<string, () => string> = {
	nominated: m.train_status_nominated,
	accepted: m.train_status_accepted,
	waitlisted: m.train_status_waitlisted,
	declined: m.train_status_declined
};
const genderLabels: Record<string, () => string> = {
	female: m.train_gender_female,
	male: m.train_gender_male,
	other: m.train_gender_other
};

export const genders = ['female', 'male', 'other'] as const;

export function nominationStatusLabel(status: string): string {
	return statusLabels[status]?.() ?? status;
}

export function genderLabel(gender: string): string {
	return genderLabels[gender]?.() ?? gender;
}
