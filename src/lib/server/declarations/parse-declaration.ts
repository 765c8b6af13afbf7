/**
 * Reads a declaration as transcribed from its signed pages: the numbered (or, in Buenos Aires,
 * italic "Recognizing…") preamble paragraphs and the numbered operative paragraphs with their
 * lettered sub-items. Page furniture (headers, logos, initials, signature marks) is left out.
 */
export interface ParsedDeclaration {
	preambleIntro: string;
	operativeIntro: string;
	preamble: string[];
	operative: string[];
}

const operativeStart = /^(DECLARE|Declare:|Declaran:)/;
const numbered = /^(\d+)\.\s+(.*)$/;
const subItem = /^-\s+([a-z][.)])\s+(.*)$/;
const ending = /^(Signed in |\*Note|\*\*\\\*\\\*No)/;

function clean(line: string): string {
	return line
		.replace(/\*\*/g, '')
		.replace(/\s*\*[A-Z]+\*$/, '')
		.replace(/\*/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A paragraph cut by a page break goes on in a line that starts in lower case. */
function continues(previous: string | undefined, line: string): boolean {
	return (
		previous !== undefined && !/[.;:]$/.test(previous) && /^[a-z]/.test(line) && line.length > 20
	);
}

export function parseDeclaration(markdown: string): ParsedDeclaration {
	const lines = markdown.split(/\r?\n/).map((l) => l.trim());
	const start = lines.findIndex((l) => operativeStart.test(l));
	if (start < 0) throw new Error('No operative part found');
	const end = lines.findIndex((l, i) => i > start && ending.test(l));
	const before = lines.slice(0, start);
	const after = lines.slice(start + 1, end < 0 ? undefined : end);

	const numberedPreamble = before.filter((l) => numbered.test(l));
	let preamble: string[];
	let preambleIntro: string;
	if (numberedPreamble.length > 0) {
		// Lima: "The Ministers … ;" and "CONSIDERING," then numbered considerations.
		preamble = numberedPreamble.map((l) => clean(numbered.exec(l)![2]!));
		const opening = before.findIndex((l) => /^CONSIDERING/.test(l));
		preambleIntro = before
			.slice(0, opening + 1)
			.filter((l) => l.length > 20 || /^CONSIDERING/.test(l))
			.filter((l) => !/^DECLARATION OF/.test(l))
			.map(clean)
			.join('\n');
	} else {
		// Buenos Aires: an italic opening line, then italic-led recitals.
		const italic = before.filter(
			(l) => /^\*[^*]/.test(l) && !l.includes('[Signature]') && l.length > 40
		);
		preambleIntro = clean(italic[0] ?? '');
		preamble = italic.slice(1).map(clean);
	}

	const operative: string[] = [];
	const intro: string[] = [lines[start]!.replace(/:$/, '')];
	let inNumbered = false;
	for (const line of after) {
		const n = numbered.exec(line);
		const sub = subItem.exec(line);
		if (n) {
			operative.push(clean(n[2]!));
			inNumbered = true;
		} else if (sub && inNumbered) {
			operative[operative.length - 1] += `\n${sub[1]} ${clean(sub[2]!)}`;
		} else if (inNumbered && continues(operative.at(-1), line)) {
			operative[operative.length - 1] += ` ${clean(line)}`;
		} else if (!inNumbered && !line.startsWith('#') && line.split(/\s+/).length >= 8) {
			intro.push(clean(line));
		}
	}
	return {
		preambleIntro,
		operativeIntro: intro.map(clean).join('\n'),
		preamble,
		operative
	};
}
