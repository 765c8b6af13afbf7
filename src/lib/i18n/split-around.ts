const marker = '\u0000';

/**
 * A message split where one of its values goes, so that a page can mark that value apart from the
 * words around it: a person's name or address is a proper name, never translated
 * (`translate="no"`), while the words around it are the interface's.
 */
export function splitAround<Inputs extends Record<string, string>>(
	message: (inputs: Inputs) => string,
	key: keyof Inputs,
	inputs: Inputs
): [before: string, after: string] {
	const [before = '', ...rest] = message({ ...inputs, [key]: marker }).split(marker);
	return [before, rest.join(marker)];
}
