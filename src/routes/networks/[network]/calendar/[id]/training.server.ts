import { redirect } from '@sveltejs/kit';
import { pickLocalized } from '$lib/i18n/localized';
import { formatPercent } from '$lib/i18n/format';
import { parseInput } from '$lib/server/api/validation';
import type { Ctx } from '$lib/server/context';
import { formFailure } from '$lib/server/forms/form-failure';
import { formMultiline, formText } from '$lib/server/forms/form-input';
import { createNomination } from '$lib/server/training/create-nomination';
import { decideNomination } from '$lib/server/training/decide-nomination';
import { getCourse } from '$lib/server/training/get-course';
import { idParam } from '$lib/server/training/ids';
import { listNominations } from '$lib/server/training/list-nominations';
import { listTrainingCentres } from '$lib/server/training/list-training-centres';
import { offerSeats } from '$lib/server/training/offer-seats';
import {
	courseDetailsSchema,
	nominateSchema,
	nominationDecisionSchema,
	seatOfferSchema
} from '$lib/server/training/schemas';
import { setCourseDetails } from '$lib/server/training/set-course-details';

/** The training section of a course's event page: what it shows and the forms it offers. */
export async function loadCourseSection(
	ctx: Ctx,
	network: string,
	eventId: string,
	locale: string,
	names: Map<string, string>
) {
	const [found, nominations] = await Promise.all([
		getCourse(ctx, network, eventId),
		ctx.actor.participant ? listNominations(ctx, network, eventId) : Promise.resolve([])
	]);
	const { course, policies } = found;
	const centres = policies.canOrganise ? (await listTrainingCentres(ctx, network)).items : [];
	const nameOf = (code: string) => names.get(code) ?? code;
	return {
		centre: course.centre
			? { id: course.centre.id, name: pickLocalized(course.centre.name, locale) }
			: null,
		instructionLanguages: course.instructionLanguages,
		prerequisites: pickLocalized(course.prerequisites, locale),
		seatOffers: course.seatOffers.map((o) => ({
			code: o.participantCode,
			participant: o.participantCode === null ? null : nameOf(o.participantCode),
			seats: o.seats
		})),
		seats: course.seats,
		womenShare: course.womenShare === null ? null : formatPercent(course.womenShare * 100, locale),
		policies,
		nominations: nominations.map((n) => ({ ...n, participant: nameOf(n.participantCode) })),
		participantChoices: [...names]
			.map(([value, label]) => ({ value, label }))
			.sort((a, b) => a.label.localeCompare(b.label, locale)),
		centreChoices: centres
			.map((c) => ({ value: c.id, label: pickLocalized(c.name, locale) }))
			.sort((a, b) => a.label.localeCompare(b.label, locale)),
		details: {
			centreId: course.centre?.id ?? '',
			instructionLanguages: course.instructionLanguages,
			prerequisites_es: course.prerequisites.es ?? '',
			prerequisites_en: course.prerequisites.en ?? '',
			prerequisites_pt: course.prerequisites.pt ?? '',
			prerequisites_fr: course.prerequisites.fr ?? ''
		}
	};
}

type Event = { locals: App.Locals; params: { network: string; id: string }; request: Request };

const pageOf = (params: Event['params'], notice: string) =>
	`/networks/${params.network}/calendar/${params.id}?notice=${notice}#training`;

/** The form actions of the training section; each answers with the form it failed in. */
export const courseActions = {
	courseDetails: async ({ locals, params, request }: Event) => {
		const form = await request.formData();
		const values = {
			centreId: formText(form, 'centreId'),
			instructionLanguages: form
				.getAll('instructionLanguages')
				.filter((v): v is string => typeof v === 'string'),
			prerequisites_es: formMultiline(form, 'prerequisites_es'),
			prerequisites_en: formMultiline(form, 'prerequisites_en'),
			prerequisites_pt: formMultiline(form, 'prerequisites_pt'),
			prerequisites_fr: formMultiline(form, 'prerequisites_fr')
		};
		try {
			const input = parseInput(courseDetailsSchema, {
				centreId: values.centreId || null,
				instructionLanguages: values.instructionLanguages,
				prerequisites: {
					es: values.prerequisites_es,
					en: values.prerequisites_en,
					pt: values.prerequisites_pt,
					fr: values.prerequisites_fr
				}
			});
			await setCourseDetails(locals.ctx, params.network, idParam(params.id), input);
		} catch (e) {
			return formFailure(e, values, {
				form: 'courseDetails',
				field: (path) => (path.startsWith('prerequisites') ? 'prerequisites' : path.split('.')[0])
			});
		}
		redirect(303, pageOf(params, 'course-details'));
	},
	offerSeats: async ({ locals, params, request }: Event) => {
		const form = await request.formData();
		const values = { to: formText(form, 'to'), seats: formText(form, 'seats') };
		try {
			const seats = values.seats.trim() === '' ? Number.NaN : Number(values.seats);
			const input = parseInput(seatOfferSchema, {
				participantCode: values.to === '' ? null : values.to,
				seats: Number.isFinite(seats) ? seats : values.seats
			});
			await offerSeats(locals.ctx, params.network, idParam(params.id), input);
		} catch (e) {
			return formFailure(e, values, {
				form: 'offerSeats',
				field: (path) =>
					path === 'participantCode' ? 'to' : path === 'seats' ? 'seats' : undefined
			});
		}
		redirect(303, pageOf(params, 'seat-offer'));
	},
	nominate: async ({ locals, params, request }: Event) => {
		const form = await request.formData();
		const values = {
			name: formText(form, 'name'),
			rank: formText(form, 'rank'),
			gender: formText(form, 'gender'),
			email: formText(form, 'email'),
			role: formText(form, 'role')
		};
		let status: string;
		try {
			const input = parseInput(nominateSchema, {
				...values,
				participantCode: locals.ctx.actor.participant?.code ?? ''
			});
			({ status } = await createNomination(locals.ctx, params.network, idParam(params.id), input));
		} catch (e) {
			return formFailure(e, values, { form: 'nominate' });
		}
		redirect(303, pageOf(params, status === 'waitlisted' ? 'waitlisted' : 'nominated'));
	},
	decide: async ({ locals, params, request }: Event) => {
		const form = await request.formData();
		const values = {
			nomination: formText(form, 'nomination'),
			decision: formText(form, 'decision')
		};
		try {
			const input = parseInput(nominationDecisionSchema, { decision: values.decision });
			await decideNomination(
				locals.ctx,
				params.network,
				idParam(params.id),
				idParam(values.nomination),
				input
			);
		} catch (e) {
			return formFailure(e, values, { form: 'decide' });
		}
		redirect(303, pageOf(params, 'decided'));
	}
};
