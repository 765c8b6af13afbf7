/** `YYYY-MM` months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
	const months: string[] = [];
	let [year, month] = from.split('-').map(Number) as [number, number];
	const [endYear, endMonth] = to.split('-').map(Number) as [number, number];
	while (year < endYear || (year === endYear && month <= endMonth)) {
		months.push(`${year}-${String(month).padStart(2, '0')}`);
		month++;
		if (month > 12) {
			month = 1;
			year++;
		}
	}
	return months;
}

export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
