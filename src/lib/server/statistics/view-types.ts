import type { Quality } from './schemas';

export type Cell = string | number | null;

export interface Column {
	key: string;
	label: string;
	kind: 'text' | 'month' | 'int' | 'pct' | 'status';
	/** Where a text cell links to: a path built from the row's `key`. */
	linkPrefix?: string;
	/** The row field that names the language of a text cell written in another language. */
	langKey?: string;
	/** Proper names (a mission's location), the same in every language: never translated. */
	properName?: boolean;
}

/** A data table: exactly what the page shows and the CSV and JSON downloads contain. */
export interface StatTable {
	id: string;
	caption: string;
	columns: Column[];
	rows: Record<string, Cell>[];
}

export interface LineChartModel {
	kind: 'line';
	percent: boolean;
	x: string[];
	series: { label: string; values: (number | null)[]; target?: number }[];
	/** Text alternative. */
	summary: string;
}

export interface BarChartModel {
	kind: 'bar';
	percent: boolean;
	bars: { label: string; value: number; target?: number }[];
	summary: string;
}

export interface Section {
	id: string;
	heading: string;
	intro?: string;
	chart?: LineChartModel | BarChartModel;
	table: StatTable;
}

export interface StatView {
	kind: 'overview' | 'country' | 'mission' | 'map';
	title: string;
	/** The language of the title when it is not the page's (a name the UN gives only in English). */
	titleLang?: string | null;
	month: string;
	months: string[];
	sections: Section[];
	quality: Quality[];
	/** The query that rebuilds this view, for the download links. */
	params: Record<string, string>;
}
