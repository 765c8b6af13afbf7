import { describe, expect, it } from 'vitest';
import { withoutHydrationMarkers } from './page-html';

describe('withoutHydrationMarkers', () => {
	it('drops block marks from a page without scripts, and nothing else', () => {
		const html =
			'<table><!--[--><!--[0--><tr><td><!--[-1-->1<!--]--></td></tr><!--]--><!--[!--><!--]-->' +
			'<!----></table><!-- a real note --><p>&lt;!--[--&gt;</p>';
		expect(withoutHydrationMarkers(html)).toBe(
			'<table><tr><td>1</td></tr></table><!-- a real note --><p>&lt;!--[--&gt;</p>'
		);
	});

	it('leaves a page that runs in the browser as it is', () => {
		const html = '<div><!--[-->x<!--]--></div><script>__sveltekit_abc = {}</script>';
		expect(withoutHydrationMarkers(html)).toBe(html);
	});
});
