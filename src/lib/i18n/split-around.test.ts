import { describe, expect, it } from 'vitest';
import { splitAround } from './split-around';

describe('splitAround', () => {
	it('gives the words before and after the value', () => {
		const message = ({ name }: { name: string }) => `Rol de ${name}`;
		expect(splitAround(message, 'name', { name: 'ana@example.org' })).toEqual(['Rol de ', '']);
		const by = ({ who, when }: { who: string; when: string }) => `${who}, ${when}`;
		expect(splitAround(by, 'who', { who: 'x', when: '2 dic 2026' })).toEqual(['', ', 2 dic 2026']);
	});

	it('keeps the whole message when the value is not in it', () => {
		expect(splitAround(() => 'Sin nombre', 'name', { name: 'x' })).toEqual(['Sin nombre', '']);
	});
});
