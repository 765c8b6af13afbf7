import { describe, expect, it } from 'vitest';
import {
	amendParagraphContent,
	editParagraphContent,
	languageGaps,
	languageStatus,
	newParagraphContent
} from './paragraph-languages';
import { renderPlainText } from './declaration-text';

const bilingual = newParagraphContent({ es: 'Uno', en: 'One' });

describe('paragraph languages', () => {
	it('counts untracked texts as human and current, and an absent language as missing', () => {
		expect(languageStatus({ text: { es: 'Uno' } }, 'es')).toEqual({
			state: 'current',
			source: 'human'
		});
		expect(languageStatus({ text: { es: 'Uno' } }, 'en')).toEqual({
			state: 'missing',
			source: null
		});
	});

	it('keeps every other language when an amendment is written in one, marked stale', () => {
		const amended = amendParagraphContent(bilingual, { es: 'Uno enmendado' });
		expect(amended.text).toEqual({ es: 'Uno enmendado', en: 'One' });
		expect(amended.languages).toEqual({
			es: { source: 'human', stale: false },
			en: { source: 'human', stale: true }
		});
	});

	it('never erases a language left empty in an edit, and marks the rest stale', () => {
		const edited = editParagraphContent(bilingual, { es: 'Uno cambiado' });
		expect(edited.text).toEqual({ es: 'Uno cambiado', en: 'One' });
		expect(edited.languages.en).toEqual({ source: 'human', stale: true });
	});

	it('treats an edit of only stale languages as a translation, and records a machine one', () => {
		const amended = amendParagraphContent(bilingual, { es: 'Uno enmendado' });
		const updated = editParagraphContent(amended, { en: 'One amended' }, { machine: ['en'] });
		expect(updated.text).toEqual({ es: 'Uno enmendado', en: 'One amended' });
		expect(updated.languages).toEqual({
			es: { source: 'human', stale: false },
			en: { source: 'machine', stale: false }
		});
	});

	it('lets the editor confirm an unchanged language as still current', () => {
		const edited = editParagraphContent(bilingual, { es: 'Uno.' }, { confirmed: ['en'] });
		expect(edited.languages.en).toEqual({ source: 'human', stale: false });
	});

	it('lists stale and missing languages', () => {
		const amended = amendParagraphContent(bilingual, { es: 'Uno enmendado' });
		const gaps = languageGaps(
			[
				{ id: 'a', part: 'operative', number: 1, ...amended },
				{ id: 'b', part: 'operative', number: 2, ...newParagraphContent({ es: 'Dos' }) }
			],
			['es', 'en']
		);
		expect(gaps.map((g) => [g.paragraphId, g.lang, g.state])).toEqual([
			['a', 'en', 'stale'],
			['b', 'en', 'missing']
		]);
	});

	it('prints a missing language as missing, never as another language', () => {
		const text = renderPlainText(
			{ title: { es: 'Título', en: 'Title' }, preambleIntro: {}, operativeIntro: {} },
			[{ id: 'b', part: 'operative', number: 1, ...newParagraphContent({ es: 'Dos' }) }],
			'en',
			[],
			{ preamble: 'P', operative: 'O', signatures: 'S', missing: '[missing]', machine: '(m)' }
		);
		expect(text).toContain('1. [missing]');
		expect(text).not.toContain('Dos');
	});
});
