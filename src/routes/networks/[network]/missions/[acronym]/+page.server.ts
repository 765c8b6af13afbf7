import { redirect } from '@sveltejs/kit';
import { formatDate, formatNumber } from '$lib/i18n/format';
import { pickLocalized, pickLocalizedWithLanguage, titleOf } from '$lib/i18n/localized';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { createFeedToken } from '$lib/server/calendar/feed-tokens';
import { loadFailure } from '$lib/server/forms/form-failure';
import { getMissionBrief } from '$lib/server/situation/get-mission-brief';
import { listSituationFollows } from '$lib/server/situation/list-follows';
import { listSituationNotes } from '$lib/server/situation/list-situation-notes';
import { canWriteSituationNotes } from '$lib/server/situation/can-write-notes';
import { countryName } from '$lib/server/statistics/country-names';
import { formatWithZone } from '$lib/server/time/form-zone';
import { followAction } from '../../situation-notes/follow-actions.server';

export const csr = false;

export async function load({ locals, params }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const brief = await getMissionBrief(ctx, params.network, params.acronym, locale).catch(
		loadFailure
	);
	const [notes, follows, canWrite] = await Promise.all([
		listSituationNotes(ctx, params.network, { mission: brief.acronym, limit: 20, offset: 0 }),
		listSituationFollows(ctx, params.network),
		canWriteSituationNotes(ctx, params.network)
	]).catch(loadFailure);
	const number = (n: number | null) => (n === null ? '—' : formatNumber(n, locale));
	return {
		network: params.network,
		brief,
		mandate: pickLocalized(brief.mandateSummary, locale),
		mandateLanguage: pickLocalizedWithLanguage(brief.mandateSummary, locale).language,
		renewal: brief.mandateRenewalOn ? formatDate(brief.mandateRenewalOn, locale) : null,
		updated: brief.updatedAt ? formatDate(brief.updatedAt, locale) : null,
		series: brief.figures.series.map((r) => ({
			month: r.month,
			total: number(r.total),
			female: number(r.female),
			male: number(r.male)
		})),
		chart:
			brief.figures.series.length > 1
				? {
						kind: 'line' as const,
						percent: false,
						x: brief.figures.series.map((r) => r.month),
						series: [
							{ label: m.sit_col_personnel(), values: brief.figures.series.map((r) => r.total) },
							{ label: m.sit_col_women(), values: brief.figures.series.map((r) => r.female) }
						],
						summary: m.sit_brief_chart_summary({
							from: brief.figures.series[0]!.month,
							to: brief.figures.series[brief.figures.series.length - 1]!.month,
							first: number(brief.figures.series[0]!.total),
							last: number(brief.figures.series[brief.figures.series.length - 1]!.total)
						})
					}
				: null,
		byCountry: brief.figures.byCountry.map((r) => ({
			...r,
			name: countryName(r.country, locale, r.label),
			totalText: number(r.total),
			femaleText: number(r.female)
		})),
		notes: notes.items.map((n) => ({
			id: n.id,
			...titleOf(n.title, locale),
			severity: n.severity,
			closed: n.closed,
			observedAt: n.observedAt,
			observed: formatWithZone(new Date(n.observedAt), n.timeZone, locale)
		})),
		notesTotal: notes.total,
		follows,
		following: follows.missions.includes(brief.acronym),
		canWrite
	};
}

export const actions = {
	follow: ({ locals, params, request, url }) =>
		followAction(locals.ctx, params.network, request, url, true),
	unfollow: ({ locals, params, request, url }) =>
		followAction(locals.ctx, params.network, request, url, false),
	feed: async ({ locals, params, url }) => {
		if (!locals.ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
		// One private key per person opens their calendar and mission feeds; a new one replaces it.
		const token = await createFeedToken(locals.ctx);
		const acronym = encodeURIComponent(params.acronym.toUpperCase());
		return {
			feed: `${url.origin}/networks/${params.network}/missions/${acronym}/notes.atom?token=${token}`,
			calendar: `${url.origin}/calendar/feed/${token}.ics`
		};
	}
};
