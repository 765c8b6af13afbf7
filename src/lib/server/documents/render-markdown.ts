import MarkdownIt from 'markdown-it';

/**
 * Document bodies come from many participants, so raw HTML is escaped rather than passed through;
 * markdown-it also refuses javascript:, vbscript: and data: link targets by default.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	// A linked page must not get a handle on this window.
	tokens[idx]!.attrSet('rel', 'noopener');
	return defaultLinkOpen
		? defaultLinkOpen(tokens, idx, options, env, self)
		: self.renderToken(tokens, idx, options);
};

export interface RenderOptions {
	/**
	 * The level the body's highest heading becomes. The page around the body has its own
	 * headings, and levels must not skip, so the levels the body uses are renumbered from here.
	 */
	topHeading?: 1 | 2 | 3 | 4 | 5 | 6;
}

/** A document body as HTML that is safe to insert into a page. */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
	const env = {};
	const tokens = markdown.parse(source, env);
	const top = options.topHeading ?? 1;
	const used = [
		...new Set(tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1))))
	].sort((a, b) => a - b);
	const level = new Map(used.map((original, rank) => [original, Math.min(6, top + rank)]));
	for (const token of tokens) {
		if (token.type === 'heading_open' || token.type === 'heading_close') {
			token.tag = `h${level.get(Number(token.tag.slice(1))) ?? top}`;
		}
	}
	return markdown.renderer.render(tokens, markdown.options, env);
}
