import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../errors';
import { parseInput } from './validation';

const locales = ['es', 'en', 'pt', 'fr'] as const;

/** What a person must never read: schema vocabulary, operators, quoted enum lists, bare keys. */
const schemaSyntax =
	/expected|esperaba|esperado|attendu|invalid|inválid|invalide|received|recibido|reçu|regex|zod|\|\s*"|"\s*\||[<>]=?\s*\d|\/\^|^[a-z0-9]+(_[a-z0-9]+)+$/i;

function messagesOf(schema: z.ZodType, data: unknown, locale: (typeof locales)[number]): string[] {
	try {
		parseInput(schema, data, locale);
		return [];
	} catch (e) {
		if (!(e instanceof ValidationError)) throw e;
		return e.fieldErrors.map((f) => f.message);
	}
}

// Every schema the platform parses input with, found by walking the areas' schema modules, so a
// new form cannot slip past this test.
const modules = import.meta.glob<Record<string, unknown>>('../*/schemas.ts', { eager: true });
const schemas: [string, z.ZodType][] = Object.entries(modules).flatMap(([file, exports]) =>
	Object.entries(exports)
		.filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
		.map(([name, schema]) => [`${file.replace('../', '')} ${name}`, schema] as [string, z.ZodType])
);

const junk: unknown[] = [
	'',
	'   ',
	'✗ not a value',
	'x'.repeat(20_001),
	-5,
	1.5,
	0,
	true,
	null,
	['✗'],
	[],
	{ x: 1 },
	'2025-13-45',
	'2025-09-01T25:99'
];

function unwrap(schema: z.ZodType): z.ZodType {
	let current = schema as z.ZodType & { _zod: { def: Record<string, unknown> } };
	for (let i = 0; i < 10; i++) {
		const def = current._zod.def;
		const inner = (def.innerType ?? def.in) as typeof current | undefined;
		if (!inner) break;
		current = inner;
	}
	return current;
}

/** For an object schema, one value per junk kind with every field (and nested field) set to it. */
function wrongValues(schema: z.ZodType): unknown[] {
	const fill = (s: z.ZodType, value: unknown, depth: number): unknown => {
		const inner = unwrap(s);
		if (inner instanceof z.ZodObject && depth < 4) {
			return Object.fromEntries(
				Object.entries(inner.shape).map(([key, field]) => [
					key,
					fill(field as z.ZodType, value, depth + 1)
				])
			);
		}
		if (inner instanceof z.ZodArray && depth < 4)
			return [fill(inner.element as z.ZodType, value, depth + 1)];
		return value;
	};
	return [...junk, ...junk.map((value) => fill(schema, value, 0))];
}

describe('validation messages', () => {
	it('finds the schemas', () => {
		expect(schemas.length).toBeGreaterThan(50);
	});

	it.each(schemas)('%s: empty and wrong input get sentences, in four languages', (_, schema) => {
		for (const locale of locales) {
			for (const data of [undefined, {}, ...wrongValues(schema)]) {
				for (const message of messagesOf(schema, data, locale)) {
					expect(message, JSON.stringify(data)?.slice(0, 80)).not.toMatch(schemaSyntax);
					expect(message.length).toBeGreaterThan(3);
				}
			}
		}
	});

	it('says what to do', () => {
		const schema = z.object({
			kind: z.enum(['declaration', 'statute']),
			password: z.string().min(12),
			email: z.email(),
			count: z.number().int().min(1),
			names: z.array(z.string()).min(1)
		});
		const failed = (data: unknown, locale: (typeof locales)[number] = 'en') => {
			try {
				parseInput(schema, data, locale);
			} catch (e) {
				if (e instanceof ValidationError)
					return Object.fromEntries(e.fieldErrors.map((f) => [f.path, f.message]));
			}
			return {};
		};
		expect(failed({ kind: 'x', password: 'short', email: 'no', count: 1.5, names: [] })).toEqual({
			kind: 'Choose one of the options.',
			password: 'Use at least 12 characters.',
			email: 'Enter an email address, such as name@example.org.',
			count: 'Enter a whole number.',
			names: 'Choose at least one.'
		});
		expect(failed({}).kind).toBe('Choose one of the options.');
		expect(failed({}).password).toBe('Fill in this field.');
		expect(failed({ password: 'short' }, 'es').password).toBe('Use al menos 12 caracteres.');
	});

	it('keeps a schema’s own message keys', () => {
		const schema = z.object({ code: z.string().regex(/^\d{6}$/, 'form_time') });
		expect(() => parseInput(schema, { code: 'x' }, 'fr')).toThrow(ValidationError);
		try {
			parseInput(schema, { code: 'x' }, 'fr');
		} catch (e) {
			expect((e as ValidationError).fieldErrors[0]?.message).toBe('Indiquez une heure.');
		}
	});
});
