import { formatMonth, formatPercent } from '$lib/i18n/format';
import type { BarChartModel, LineChartModel } from '$lib/server/statistics/view-types';

export const palette = ['#1f5fa8', '#b3471d', '#2e7d32', '#6a3d9a'];

const width = 720;
const height = 280;
const margin = { top: 12, right: 16, bottom: 36, left: 64 };

function niceMax(value: number): number {
	if (value <= 0) return 1;
	const power = 10 ** Math.floor(Math.log10(value));
	const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value / 1) ?? 10;
	return step * power;
}

export interface LineLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	yTicks: { y: number; label: string }[];
	xTicks: { x: number; label: string }[];
	lines: { d: string; color: string; label: string }[];
	targets: { y: number; color: string; label: string }[];
}

/**
 * Geometry of a line chart. A null value breaks the line: a missing month is a gap, never a
 * drop to zero.
 */
export function layoutLine(chart: LineChartModel, locale: string): LineLayout {
	const plot = {
		left: margin.left,
		right: width - margin.right,
		top: margin.top,
		bottom: height - margin.bottom
	};
	const values = chart.series.flatMap((s) => [
		...s.values.filter((v): v is number => v !== null),
		...(s.target !== undefined ? [s.target] : [])
	]);
	const max = niceMax(Math.max(0, ...values));
	const n = Math.max(chart.x.length - 1, 1);
	const x = (i: number) => plot.left + ((plot.right - plot.left) * i) / n;
	const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / max;
	const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
	const round = (v: number) => Math.round(v * 10) / 10;
	const lines = chart.series.map((s, index) => {
		let d = '';
		let pen = false;
		s.values.forEach((v, i) => {
			if (v === null) {
				pen = false;
				return;
			}
			d += `${pen ? 'L' : 'M'}${round(x(i))},${round(y(v))}`;
			pen = true;
		});
		return { d, color: palette[index % palette.length]!, label: s.label };
	});
	const yearStarts = chart.x
		.map((label, i) => ({ label, i }))
		.filter(({ label }, i) => i === 0 || label.endsWith('-01'));
	return {
		width,
		height,
		plot,
		yTicks: [0, 0.25, 0.5, 0.75, 1].map((f) => ({
			y: round(y(max * f)),
			label: chart.percent ? formatPercent(max * f, locale) : format.format(max * f)
		})),
		xTicks: spacedTicks(
			yearStarts.map(({ label, i }) => ({
				x: round(x(i)),
				label: label.endsWith('-01') ? label.slice(0, 4) : formatMonth(label, locale)
			}))
		),
		lines,
		targets: chart.series.flatMap((s, index) =>
			s.target === undefined
				? []
				: [{ y: round(y(s.target)), color: palette[index % palette.length]!, label: s.label }]
		)
	};
}

/** Roughly how wide a tick label is drawn, in the chart's units (12 px type). */
const labelUnits = (label: string) => label.length * 7.5 + 8;

/**
 * Drops the ticks that would print over the one before, so labels never overlap however many
 * years the series spans; the first tick always stays.
 */
export function spacedTicks<T extends { x: number; label: string }>(ticks: T[]): T[] {
	const kept: T[] = [];
	for (const tick of ticks) {
		const last = kept.at(-1);
		if (!last || tick.x - last.x >= (labelUnits(last.label) + labelUnits(tick.label)) / 2) {
			kept.push(tick);
		}
	}
	return kept;
}

export interface BarLayout {
	width: number;
	height: number;
	labelWidth: number;
	bars: { y: number; w: number; label: string; value: string; targetX: number | null }[];
	barHeight: number;
}

export function layoutBars(chart: BarChartModel, locale: string): BarLayout {
	const barHeight = 18;
	const gap = 6;
	const labelWidth = 220;
	const plotWidth = width - labelWidth - 90;
	const max = niceMax(Math.max(0, ...chart.bars.map((b) => Math.max(b.value, b.target ?? 0))));
	const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
	return {
		width,
		height: chart.bars.length * (barHeight + gap) + gap,
		labelWidth,
		barHeight,
		bars: chart.bars.map((b, i) => ({
			y: gap + i * (barHeight + gap),
			w: Math.max(1, Math.round((plotWidth * b.value) / max)),
			label: b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label,
			value: chart.percent ? formatPercent(b.value, locale) : format.format(b.value),
			targetX: b.target === undefined ? null : labelWidth + Math.round((plotWidth * b.target) / max)
		}))
	};
}
