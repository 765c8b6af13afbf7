/** One entry of an Atom feed (RFC 4287), already in the reader's language. */
export interface AtomEntry {
	id: string;
	title: string;
	link: string;
	published: Date;
	updated: Date;
	author: string;
	categories: string[];
	/** Plain text; line breaks are kept. */
	content: string;
}

export interface AtomFeed {
	id: string;
	title: string;
	/** The feed's own address, without any credential in it. */
	self: string;
	/** The page the feed belongs to. */
	alternate: string;
	language: string;
	updated: Date;
	entries: AtomEntry[];
}

/** Text for XML content and attributes; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
	return text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

export function buildAtom(feed: AtomFeed): string {
	const e = escapeXml;
	const entries = feed.entries.map((entry) =>
		[
			'<entry>',
			`<id>${e(entry.id)}</id>`,
			`<title>${e(entry.title)}</title>`,
			`<link rel="alternate" type="text/html" href="${e(entry.link)}"/>`,
			`<published>${entry.published.toISOString()}</published>`,
			`<updated>${entry.updated.toISOString()}</updated>`,
			`<author><name>${e(entry.author)}</name></author>`,
			...entry.categories.map((term) => `<category term="${e(term)}"/>`),
			`<content type="text">${e(entry.content)}</content>`,
			'</entry>'
		].join('\n')
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.language)}">`,
		`<id>${e(feed.id)}</id>`,
		`<title>${e(feed.title)}</title>`,
		`<link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
		`<link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
		`<updated>${feed.updated.toISOString()}</updated>`,
		...entries,
		'</feed>',
		''
	].join('\n');
}
