import { describe, expect, it } from 'vitest';
import { buildAtom, escapeXml } from './atom';

describe('Atom feeds', () => {
	it('escapes markup and drops characters XML cannot carry', () => {
		expect(escapeXml('a < b & "c" \u0007ok')).toBe('a &lt; b &amp; &quot;c&quot; ok');
	});

	it('writes a feed with its self link and one entry per note', () => {
		const at = new Date('2026-03-01T06:30:00Z');
		const xml = buildAtom({
			id: 'https://x.test/networks/n/missions/UNIFIL/notes.atom',
			title: 'UNIFIL <notes>',
			self: 'https://x.test/networks/n/missions/UNIFIL/notes.atom',
			alternate: 'https://x.test/networks/n/missions/UNIFIL',
			language: 'es',
			updated: at,
			entries: [
				{
					id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
					title: 'Camino cortado',
					link: 'https://x.test/networks/n/situation-notes/1',
					published: at,
					updated: at,
					author: 'ARG',
					categories: ['warning', 'security'],
					content: 'Línea 1\nLínea 2'
				}
			]
		});
		expect(xml).toMatch(
			/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/
		);
		expect(xml).toContain('<title>UNIFIL &lt;notes&gt;</title>');
		expect(xml).toContain('<updated>2026-03-01T06:30:00.000Z</updated>');
		expect(xml.match(/<entry>/g)).toHaveLength(1);
		expect(xml).toContain('<category term="warning"/>');
		expect(xml).toContain('Línea 1\nLínea 2');
	});
});
