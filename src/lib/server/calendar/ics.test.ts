import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from './ics';
import type { EventView } from './schemas';

const injections = [
	'Course\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged\r\nSUMMARY:forged\r\nEND:VEVENT\r\nBEGIN:VEVENT',
	'Line\nEND:VCALENDAR\nBEGIN:VCALENDAR',
	'Carriage\rX-INJECTED:1',
	'semi;colon,comma\\backslash',
	'\\n literal backslash-n, \\; and \\,',
	`${'é'.repeat(60)};${'x'.repeat(100)}`
];

function event(text: string): EventView {
	return {
		id: '00000000-0000-4000-8000-000000000001',
		uid: 'event-1@relacopaz',
		network: 'relacopaz',
		title: { es: text, en: text },
		description: { es: text, en: text },
		kind: 'seminar',
		organiserCode: 'ARG',
		countryCode: 'PRY',
		city: text,
		timeZone: 'America/Asuncion',
		allDay: true,
		start: '2027-03-01',
		end: '2027-03-02',
		startsAt: null,
		endsAt: null,
		startsOn: '2027-03-01',
		endsOn: '2027-03-02',
		workingLanguages: ['es'],
		conferenceEdition: null,
		cancelled: false,
		sequence: 0,
		capacity: null,
		registrationDeadline: null,
		externalId: null,
		releasability: { level: 'public', participants: [] },
		createdAt: '2026-01-01T00:00:00Z',
		updatedAt: '2026-01-01T00:00:00Z'
	};
}

/** RFC 5545 TEXT unescaping, for properties ical.js reads as unknown (NAME, X-WR-CALNAME). */
const unescapeText = (value: unknown) =>
	String(value).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('buildIcs with hostile text', () => {
	it.each(injections)('keeps %j inside its properties', (text) => {
		const ics = buildIcs([event(text)], {
			name: text,
			locale: 'es',
			eventUrl: () => 'https://relacopaz.example/networks/relacopaz/calendar/1',
			organiserNames: new Map([['ARG', text]])
		});
		// Every physical line ends in CRLF, has no stray CR or LF, and is folded to 75 octets.
		const lines = ics.split('\r\n');
		for (const line of lines) {
			expect(line).not.toMatch(/[\r\n]/);
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		}
		expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
		expect(lines.filter((l) => l === 'BEGIN:VCALENDAR')).toHaveLength(1);
		expect(lines.some((l) => l.startsWith('X-INJECTED'))).toBe(false);

		const calendar = new ICAL.Component(ICAL.parse(ics));
		const events = calendar.getAllSubcomponents('vevent');
		expect(events).toHaveLength(1);
		const expected = text.replace(/\r\n|\r/g, '\n');
		expect(unescapeText(calendar.getFirstPropertyValue('name'))).toBe(expected);
		expect(unescapeText(calendar.getFirstPropertyValue('x-wr-calname'))).toBe(expected);
		const only = events[0]!;
		expect(only.getFirstPropertyValue('uid')).toBe('event-1@relacopaz');
		expect(only.getFirstPropertyValue('summary')).toBe(expected);
		expect(String(only.getFirstPropertyValue('description'))).toContain(expected);
		expect(only.getFirstPropertyValue('location')).toBe(`${expected}, Paraguay`);
	});

	it('drops control characters that iCalendar cannot carry', () => {
		const ics = buildIcs([event('a\u0000b\u0007c\u001bd')], {
			name: 'n\u0000ame\u000b',
			locale: 'en',
			eventUrl: () => 'https://relacopaz.example/e'
		});
		// eslint-disable-next-line no-control-regex -- the characters under test
		expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
		expect(ics).toContain('SUMMARY:abcd');
		expect(ics).toContain('NAME:name');
	});
});
