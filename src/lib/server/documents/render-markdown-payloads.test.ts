import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';

/** Known XSS vectors against markdown renderers; none may produce markup that can run code. */
const payloads = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<svg/onload=alert(1)>',
	'<iframe src="javascript:alert(1)"></iframe>',
	'<a href="javascript:alert(1)">x</a>',
	'[x](javascript:alert(1))',
	'[x](JaVaScRiPt:alert(1))',
	'[x](java\tscript:alert(1))',
	'[x](&#106;avascript:alert(1))',
	'[x](javascript&colon;alert(1))',
	'[x](%6Aavascript:alert(1))',
	'[x](vbscript:msgbox(1))',
	'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'![x](javascript:alert(1))',
	'![x](x"onerror="alert(1))',
	'[x](https://a.example/"onmouseover="alert(1))',
	'[x]: javascript:alert(1)\n\n[x]',
	'<details open ontoggle=alert(1)>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'`<script>` and ```\n<script>alert(1)</script>\n```',
	'<<script>script>alert(1)<</script>/script>',
	'<style>body{background:url("javascript:alert(1)")}</style>',
	'<form action="javascript:alert(1)"><button>x</button></form>',
	'<object data="javascript:alert(1)">',
	'<base href="javascript:alert(1)//">',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'
];

describe('renderMarkdown with XSS payloads', () => {
	it.each(payloads)('%j stays inert', (payload) => {
		const html = renderMarkdown(payload);
		// No element but the renderer's own, no event handler, no script URL in an attribute.
		const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((m) => m[1]!.toLowerCase());
		for (const tag of tags) {
			expect(['p', 'a', 'img', 'code', 'pre', 'strong', 'em', 'ul', 'ol', 'li', 'br']).toContain(
				tag
			);
		}
		expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
		expect(html).not.toMatch(/(href|src|action|data)\s*=\s*["']?\s*(javascript|vbscript|data):/i);
	});
});
