import { describe, expect, it } from 'vitest';
import { tableToCsv, tableToJson } from './download';

const table = {
	id: 't',
	caption: 'T',
	columns: [
		{ key: 'name', label: 'Name', kind: 'text' as const },
		{ key: 'total', label: 'Total, all', kind: 'int' as const }
	],
	rows: [
		{ name: 'Côte d\'Ivoire "CIV"', total: 12 },
		{ name: 'Gap', total: null }
	]
};

describe('table downloads', () => {
	it('quotes fields as RFC 4180 asks and leaves gaps empty', () => {
		expect(tableToCsv(table)).toBe('Name,"Total, all"\r\n"Côte d\'Ivoire ""CIV""",12\r\nGap,\r\n');
	});

	it('keeps gaps as null in JSON', () => {
		expect(tableToJson(table).rows[1]).toEqual({ name: 'Gap', total: null });
	});
});
