import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
	it('renders ordinary markdown', () => {
		const html = renderMarkdown('Some **bold** text\n\n- one\n- two');
		expect(html).toContain('<strong>bold</strong>');
		expect(html).toContain('<li>one</li>');
	});

	it('escapes raw HTML instead of passing it through', () => {
		const html = renderMarkdown(
			'<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\ntext <b onclick="x()">b</b>'
		);
		expect(html).not.toContain('<script');
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<b ');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('refuses script and data link targets', () => {
		const html = renderMarkdown(
			'[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](vbscript:x) [d](data:text/html;base64,PHNjcmlwdD4=)'
		);
		expect(html).not.toMatch(/href="(javascript|vbscript|data):/i);
		expect(html).not.toContain('<a');
	});

	it('does not let a link break out of its attribute', () => {
		const html = renderMarkdown('[x](https://example.org/"onmouseover="alert(1))');
		expect(html).not.toContain('" onmouseover');
		expect(html).not.toMatch(/<a [^>]*\sonmouseover=/);
	});

	it('links bare addresses and marks every link noopener', () => {
		const html = renderMarkdown('See https://un.org and [the network](https://example.org/a).');
		expect(html).toContain('<a href="https://un.org" rel="noopener">https://un.org</a>');
		expect(html).toContain('<a href="https://example.org/a" rel="noopener">the network</a>');
	});

	it('renumbers headings from the requested level without skipping', () => {
		const html = renderMarkdown('# A\n\n### B\n\n#### C', { topHeading: 3 });
		expect(html).toContain('<h3>A</h3>');
		expect(html).toContain('<h4>B</h4>');
		expect(html).toContain('<h5>C</h5>');
	});

	it('never goes below h6', () => {
		const html = renderMarkdown('# A\n\n## B\n\n### C\n\n#### D', { topHeading: 4 });
		expect(html).toContain('<h6>C</h6>');
		expect(html).toContain('<h6>D</h6>');
	});
});
