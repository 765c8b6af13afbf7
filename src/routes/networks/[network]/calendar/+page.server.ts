import { fail, redirect } from '@sveltejs/kit';
import countries from 'i18n-iso-countries';
import { translate } from '$lib/i18n/translate';
import { pickLocalized, pickLocalizedWithLanguage } from '$lib/i18n/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { describeWhen, monthWeeks, shiftMonth } from '$lib/components/calendar/format';
import { DomainError } from '$lib/server/errors';
import { approveCalendar } from '$lib/server/calendar/approve-calendar';
import { getCalendar } from '$lib/server/calendar/get-calendar';
import { getCalendarPermissions } from '$lib/server/calendar/get-calendar-permissions';
import { listEvents } from '$lib/server/calendar/list-events';
import {
	feedFilterKeys,
	listEventsQuerySchema,
	type ListEventsQuery
} from '$lib/server/calendar/schemas';
import { listParticipants } from '$lib/server/registry/list-participants';
import { loadFailure } from '$lib/server/forms/form-failure';

export const csr = false;

const notices = ['approved', 'deleted'] as const;

/** The filters as the page understands them; a value that does not parse is dropped, not refused. */
function readFilters(url: URL) {
	const shape = listEventsQuerySchema.shape;
	const pick = <K extends 'year' | 'kind' | 'organiser' | 'country' | 'language'>(key: K) => {
		const raw = url.searchParams.get(key);
		if (raw === null || raw.trim() === '') return undefined;
		const parsed = shape[key].safeParse(raw);
		return parsed.success ? (parsed.data as ListEventsQuery[K]) : undefined;
	};
	const thisYear = new Date().getUTCFullYear();
	const year = pick('year') ?? thisYear;
	const view = url.searchParams.get('view') === 'month' ? 'month' : 'agenda';
	const rawMonth = url.searchParams.get('month') ?? '';
	const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(rawMonth)
		? rawMonth
		: year === thisYear
			? new Date().toISOString().slice(0, 7)
			: `${year}-01`;
	return {
		year,
		kind: pick('kind'),
		organiser: pick('organiser'),
		country: pick('country'),
		language: pick('language'),
		view: view as 'agenda' | 'month',
		month
	};
}

type Filters = ReturnType<typeof readFilters>;

/** A feed address that keeps the page's filters, so a subscription shows what the page showed. */
function withFeedFilters(path: string, filters: Filters): string {
	const params = new URLSearchParams();
	for (const key of feedFilterKeys) {
		if (filters[key]) params.set(key, String(filters[key]));
	}
	const query = params.toString();
	return query ? `${path}?${query}` : path;
}

function href(base: string, filters: Filters, changes: Partial<Filters>): string {
	const merged = { ...filters, ...changes };
	const params = new URLSearchParams();
	params.set('year', String(merged.view === 'month' ? merged.month.slice(0, 4) : merged.year));
	for (const key of ['kind', 'organiser', 'country', 'language'] as const) {
		if (merged[key]) params.set(key, String(merged[key]));
	}
	if (merged.view === 'month') {
		params.set('view', 'month');
		params.set('month', merged.month);
	}
	return `${base}?${params.toString()}`;
}

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const filters = readFilters(url);
	const common = {
		kind: filters.kind,
		organiser: filters.organiser,
		country: filters.country,
		language: filters.language
	};
	const monthStart = `${filters.month}-01`;
	const monthEnd = `${shiftMonth(filters.month, 1)}-01`;
	const [calendar, monthList, participants, permissions] = await Promise.all([
		getCalendar(
			ctx,
			params.network,
			filters.view === 'month' ? Number(filters.month.slice(0, 4)) : filters.year,
			common,
			{ events: filters.view !== 'month' }
		),
		filters.view === 'month'
			? listEvents(ctx, params.network, {
					...common,
					from: monthStart,
					to: new Date(Date.parse(monthEnd) - 86_400_000).toISOString().slice(0, 10),
					limit: 1000,
					offset: 0
				})
			: Promise.resolve(null),
		listParticipants(ctx, params.network, locale),
		getCalendarPermissions(ctx, params.network)
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const viewerZone = locals.user?.timeZone ?? null;
	const shown = monthList ? monthList.items : calendar.events;
	const items = shown.map((e) => {
		const when = describeWhen(e, locale, viewerZone);
		return {
			id: e.id,
			title: pickLocalized(e.title, locale),
			titleLanguage: pickLocalizedWithLanguage(e.title, locale).language,
			kind: e.kind,
			organiser: names.get(e.organiserCode) ?? e.organiserCode,
			place: `${e.city}, ${countries.getName(countries.alpha3ToAlpha2(e.countryCode) ?? '', locale) ?? e.countryCode}`,
			languages: e.workingLanguages,
			cancelled: e.cancelled,
			level: e.releasability.level,
			startsOn: e.startsOn,
			endsOn: e.endsOn,
			when: when.text,
			local: when.local,
			timeZone: e.timeZone
		};
	});
	const base = `/networks/${params.network}/calendar`;
	const countryCodes = [
		...new Set(participants.map((p) => p.countryCode).filter((c): c is string => c !== null))
	];
	const notice = notices.find((n) => n === url.searchParams.get('notice')) ?? null;
	const thisYear = new Date().getUTCFullYear();
	return {
		network: params.network,
		filters,
		calendar: {
			year: calendar.year,
			status: calendar.status,
			approvedAt: calendar.approvedAt,
			approvedBy: calendar.approvedBy
				? (names.get(calendar.approvedBy) ?? calendar.approvedBy)
				: null
		},
		items,
		weeks: filters.view === 'month' ? monthWeeks(filters.month) : [],
		years: Array.from({ length: thisYear + 3 - 2022 }, (_, i) => 2022 + i),
		organisers: participants
			.map((p) => ({ code: p.code, name: p.name }))
			.sort((a, b) => a.name.localeCompare(b.name, locale)),
		countries: countryCodes
			.map((code) => ({
				code,
				name: countries.getName(countries.alpha3ToAlpha2(code) ?? '', locale) ?? code
			}))
			.sort((a, b) => a.name.localeCompare(b.name, locale)),
		canCreate: permissions.organiserCodes.length > 0,
		canApprove: permissions.canApprove,
		viewerZone,
		agendaHref: href(base, filters, { view: 'agenda' }),
		monthHref: href(base, filters, { view: 'month' }),
		prevMonthHref: href(base, filters, { month: shiftMonth(filters.month, -1) }),
		nextMonthHref: href(base, filters, { month: shiftMonth(filters.month, 1) }),
		feedHref: withFeedFilters(`/networks/${params.network}/calendar.ics`, filters),
		personalFeedHref: withFeedFilters('/account/calendar-feed', filters),
		feedFiltered: feedFilterKeys.some((key) => filters[key] !== undefined),
		notice,
		signedIn: ctx.actor.userId !== null
	};
}

export const actions = {
	approve: async ({ locals, params, request }) => {
		const form = await request.formData();
		const year = Number(form.get('year'));
		if (!Number.isInteger(year) || year < 1900 || year > 2200) {
			return fail(422, { message: translate('error_validation') });
		}
		try {
			await approveCalendar(locals.ctx, params.network, year);
		} catch (e) {
			if (e instanceof DomainError) return fail(e.status, { message: translate(e.messageKey) });
			throw e;
		}
		redirect(303, `/networks/${params.network}/calendar?year=${year}&notice=approved`);
	}
};
