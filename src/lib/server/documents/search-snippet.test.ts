import { describe, expect, it } from 'vitest';
import { snippetHtml, snippetParts } from './search-snippet';

describe('search snippets', () => {
	it('splits the marked words from the text around them', () => {
		expect(snippetParts('La \u0001protección\u0002 de  los\n\u0001civiles\u0002.')).toEqual([
			{ text: 'La ', hit: false },
			{ text: 'protección', hit: true },
			{ text: ' de los ', hit: false },
			{ text: 'civiles', hit: true },
			{ text: '.', hit: false }
		]);
		expect(snippetParts('')).toEqual([]);
		expect(snippetParts('sin cierre \u0001abierto')).toEqual([
			{ text: 'sin cierre ', hit: false },
			{ text: 'abierto', hit: true }
		]);
	});

	it('escapes the document’s text and marks only what was found', () => {
		const html = snippetHtml(snippetParts('<img src=x onerror="a()"> & \u0001"paz"\u0002'));
		expect(html).toBe(
			'&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; <mark>&quot;paz&quot;</mark>'
		);
	});
});
