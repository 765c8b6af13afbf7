import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatNumber, formatPercent } from './format';

/** Intl separates a number from its percent sign with a no-break space; compare on plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formats in the reader language', () => {
	it('writes a month as words, not as YYYY-MM', () => {
		expect(formatMonth('2025-07', 'es')).toBe('julio de 2025');
		expect(formatMonth('2025-07', 'en')).toBe('July 2025');
		expect(formatMonth('2025-07', 'pt')).toBe('julho de 2025');
		expect(formatMonth('2025-07', 'fr')).toBe('juillet 2025');
		expect(formatMonth('not a month', 'es')).toBe('not a month');
	});

	it('writes percentages with the language decimal mark and spacing', () => {
		expect(plain(formatPercent(8.1, 'es'))).toBe('8,1 %');
		// Portuguese writes the sign close up, as its own typographic convention has it.
		expect(formatPercent(8.1, 'pt')).toBe('8,1%');
		expect(plain(formatPercent(8.1, 'fr'))).toBe('8,1 %');
		expect(formatPercent(8.1, 'en')).toBe('8.1%');
	});

	it('writes thousands with separators', () => {
		expect(formatNumber(12345, 'en')).toBe('12,345');
		expect(plain(formatNumber(12345, 'fr'))).toBe('12 345');
		expect(formatNumber(12345, 'pt')).toBe('12.345');
	});

	it('writes a date as words whatever the zone of the machine', () => {
		expect(formatDate('2025-07-01', 'es')).toBe('1 de julio de 2025');
	});
});
