import { m } from '$lib/paraglide/messages';
import type { EventKind } from '$lib/server/calendar/schemas';

const kindLabels: Record<EventKind, () => string> = {
	conference: m.cal_kind_conference,
	preparatory_meeting: m.cal_kind_preparatory_meeting,
	working_group: m.cal_kind_working_group,
	training_course: m.cal_kind_training_course,
	exercise: m.cal_kind_exercise,
	seminar: m.cal_kind_seminar,
	other: m.cal_kind_other
};

export const eventKindList = Object.keys(kindLabels) as EventKind[];

export function eventKindLabel(kind: string): string {
	return kindLabels[kind as EventKind]?.() ?? kind;
}
