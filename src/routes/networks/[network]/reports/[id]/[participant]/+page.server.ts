import { randomUUID } from 'node:crypto';
import { fail, redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { translate } from '$lib/i18n/translate';
import { blankActivity, type ReportFormValues } from '$lib/components/reports/report-form';
import { listParticipants } from '$lib/server/registry/list-participants';
import { parseCycleId } from '$lib/server/reports/cycle-context';
import { getReport } from '$lib/server/reports/get-report';
import { listMissions, ranDuring } from '$lib/server/reports/list-missions';
import { reopenReport } from '$lib/server/reports/reopen-report';
import { saveReport } from '$lib/server/reports/save-report';
import { submitReport } from '$lib/server/reports/submit-report';
import type { ReportView } from '$lib/server/reports/schemas';
import { DomainError, NotFoundError } from '$lib/server/errors';
import { parseReportForm, readReportForm, reportFormFailure } from '../../report-form.server';
import { loadFailure } from '$lib/server/forms/form-failure';

// Autosave needs a script on this page; without it the Save button does the same.
export const csr = true;

function formValues(report: ReportView): ReportFormValues {
	return {
		narrative: report.narrative,
		level: report.releasability.level,
		named: report.releasability.participants,
		activities: report.activities.map((a) => ({
			id: a.id,
			kind: a.kind,
			title: a.title,
			startsOn: a.startsOn ?? '',
			endsOn: a.endsOn ?? '',
			mission: a.mission ?? '',
			female: String(a.female),
			male: String(a.male),
			partners: a.partners,
			description: a.description,
			level: a.releasability?.level ?? '',
			named: a.releasability?.participants ?? []
		}))
	};
}

const notices = ['saved', 'submitted', 'reopened'] as const;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const cycleId = await Promise.resolve()
		.then(() => parseCycleId(params.id))
		.catch(loadFailure);
	// A public, submitted report is open to every reader; any other is found only by those it was
	// released to, and for anyone else it does not exist.
	const [{ report, access, cycle }, participants, missions] = await Promise.all([
		getReport(ctx, params.network, cycleId, params.participant),
		listParticipants(ctx, params.network, locale),
		listMissions(ctx)
	]).catch((error: unknown) => {
		// Signed out, a report that is not public reads as one to sign in for, whether it exists or not.
		if (!ctx.actor.userId && error instanceof NotFoundError) {
			redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
		}
		return loadFailure(error);
	});
	const values = formValues(report);
	// Every form offers one empty row; its id is fixed now so that autosaving it twice is one row.
	if (access.edit) values.activities.push(blankActivity(randomUUID()));
	const own = participants.find((p) => p.code === report.participant);
	return {
		network: params.network,
		cycle: { id: cycle.id, title: cycle.title, dueOn: cycle.dueOn },
		participantName: own?.name ?? report.participant,
		report,
		access,
		values,
		participants: participants
			.filter((p) => p.code !== report.participant)
			.map((p) => ({ code: p.code, name: p.name })),
		// Only missions the period could have seen, plus any an activity already names.
		missions: missions.filter(
			(mission) =>
				ranDuring(mission, { from: cycle.periodFrom, to: cycle.periodTo }) ||
				values.activities.some((a) => a.mission === mission.acronym)
		),
		notice: notices.find((n) => n === url.searchParams.get('notice')) ?? null
	};
}

async function save(event: {
	locals: App.Locals;
	params: { network: string; id: string; participant: string };
	request: Request;
}) {
	const { values, input } = readReportForm(await event.request.formData());
	try {
		const parsed = parseReportForm(input);
		await saveReport(
			event.locals.ctx,
			event.params.network,
			parseCycleId(event.params.id),
			event.params.participant,
			parsed
		);
		return { ok: true as const, values };
	} catch (e) {
		return { ok: false as const, failure: reportFormFailure(e, values) };
	}
}

export const actions = {
	save: async (event) => {
		const result = await save(event);
		if (!result.ok) return result.failure;
		redirect(303, `${event.url.pathname}?notice=saved`);
	},
	/** Keeps what was typed and comes back with a fresh empty activity, in one step. */
	addActivity: async (event) => {
		const result = await save(event);
		if (!result.ok) return result.failure;
		redirect(303, `${event.url.pathname}?notice=saved#new-activity`);
	},
	/** Posted by the page's script while the user types; answers without reloading the page. */
	autosave: async (event) => {
		const result = await save(event);
		if (!result.ok) return result.failure;
		return { autosaved: new Date().toISOString() };
	},
	submit: async ({ locals, params, request, url }) => {
		const { values, input } = readReportForm(await request.formData());
		try {
			const parsed = parseReportForm(input);
			await submitReport(
				locals.ctx,
				params.network,
				parseCycleId(params.id),
				params.participant,
				parsed
			);
		} catch (e) {
			return reportFormFailure(e, values);
		}
		redirect(303, `${url.pathname}?notice=submitted`);
	},
	reopen: async ({ locals, params, url }) => {
		try {
			await reopenReport(locals.ctx, params.network, parseCycleId(params.id), params.participant);
		} catch (e) {
			if (e instanceof DomainError) return fail(e.status, { message: translate(e.messageKey) });
			throw e;
		}
		redirect(303, `${url.pathname}?notice=reopened`);
	}
};
