import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from './parse-declaration';

const seed = (file: string) => parseDeclaration(readFileSync(`seeds/${file}`, 'utf8'));

describe('parseDeclaration', () => {
	it('reads the Lima Declaration: ten considerations and six operative paragraphs', () => {
		const lima = seed('lima-declaration-2022.en.md');
		expect(lima.preamble).toHaveLength(10);
		expect(lima.operative).toHaveLength(6);
		expect(lima.preamble[0]).toMatch(/^That United Nations Peacekeeping Operations have proven/);
		expect(lima.operativeIntro).toMatch(/^DECLARE\nTheir agreement to create/);
		// §6a is cut by a signature page; its end is joined back, the initials are not.
		expect(lima.operative[5]).toContain(
			'in order to conduct an analysis for the implementation of RELACOPAZ'
		);
		expect(lima.operative[5]).toMatch(/\nb\. Said technical working group/);
		expect(lima.operative.join('\n')).not.toMatch(/Plamen|\[Signature\]/);
	});

	it('reads both languages of the Buenos Aires Declaration paragraph for paragraph', () => {
		const es = seed('declaracion-buenos-aires-2023.es.md');
		const en = seed('buenos-aires-declaration-2023.en.md');
		expect([es.preamble.length, es.operative.length]).toEqual([13, 12]);
		expect([en.preamble.length, en.operative.length]).toEqual([13, 12]);
		expect(es.operative[9]).toMatch(/consenso entre los firmantes/);
		expect(en.operative[9]).toMatch(/consensus among the signatories/);
		expect(en.operative[8]).not.toContain('DECLARATI');
		expect(es.operative[11]).toMatch(/\na\) Asumir también la Presidencia Pro Témpore/);
		expect(en.operativeIntro).toBe('Declare');
		expect(es.preamble[0]).toMatch(/^Reconociendo que/);
	});
});
