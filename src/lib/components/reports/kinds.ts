/** Kinds of activity a national report lists; shared by the server and the report form. */
export const activityKinds = [
	'deployment',
	'training_given',
	'training_received',
	'exercise',
	'seminar_conference',
	'cooperation_agreement',
	'equipment_logistics',
	'gender',
	'other'
] as const;
export type ActivityKind = (typeof activityKinds)[number];
