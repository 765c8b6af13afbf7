/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` as the date and time inputs show it. */
export function splitDateTime(value: string): { date: string; time: string } {
	const [date = '', time = ''] = value.split('T');
	return { date, time: time.slice(0, 5) };
}

/** The native date and time inputs' values as one wall-clock value; no time means a whole day. */
export function joinDateTime(date: string, time: string): string {
	const d = date.trim();
	const t = time.trim();
	if (!t) return d;
	return `${d}T${t.slice(0, 5)}`;
}

/** The date and time parts of a form field named `name`, as sent by DateTimeField. */
export function readDateTime(form: FormData, name: string): string {
	const part = (suffix: string) => {
		const value = form.get(`${name}${suffix}`);
		return typeof value === 'string' ? value : '';
	};
	return joinDateTime(part('Date'), part('Time'));
}
