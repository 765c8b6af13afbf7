import { hitEnd, hitStart } from './repository';

/** A piece of a snippet: plain text, or words the search found. */
export interface SnippetPart {
	text: string;
	hit: boolean;
}

/** Splits the database's marked snippet into parts a page renders as text, never as markup. */
export function snippetParts(marked: string): SnippetPart[] {
	const parts: SnippetPart[] = [];
	let rest = marked.replace(/\s+/g, ' ').trim();
	while (rest.length > 0) {
		const start = rest.indexOf(hitStart);
		if (start < 0) {
			parts.push({ text: rest, hit: false });
			break;
		}
		if (start > 0) parts.push({ text: rest.slice(0, start), hit: false });
		const end = rest.indexOf(hitEnd, start + 1);
		const stop = end < 0 ? rest.length : end;
		parts.push({ text: rest.slice(start + 1, stop), hit: true });
		rest = rest.slice(stop + 1);
	}
	return parts.filter((part) => part.text.length > 0);
}

const escapes: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

/** The snippet as HTML for the API: the document's text escaped, the words found in `<mark>`. */
export function snippetHtml(parts: SnippetPart[]): string {
	return parts
		.map((part) => (part.hit ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text)))
		.join('');
}
