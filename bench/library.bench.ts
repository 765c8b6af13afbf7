// The knowledge library: documents in the four languages, a good share of them translations of
// another, at every releasability level and owned by several participants, all written through
// the domain as their owners' editors; then the p95 of searches in each language, with and
// without filters, as a member reads them (row-level security, ranking, snippets, families).
import { openDatabase } from '../src/lib/server/db/client';
import { refreshPlannerStatistics } from '../src/lib/server/db/planner-statistics';
import { unsafeSeedNetwork } from '../src/lib/server/registry/seed-network';
import { unsafeCreateUser } from '../src/lib/server/people/unsafe-create-user';
import { unsafeActorForUser } from '../src/lib/server/auth/unsafe-actor-for-user';
import type { Actor } from '../src/lib/server/access/actor';
import { createDocument } from '../src/lib/server/documents/create-document';
import { listDocuments } from '../src/lib/server/documents/list-documents';
import { searchDocuments } from '../src/lib/server/documents/search-documents';
import {
	documentCategories,
	searchDocumentsQuerySchema,
	type CreateDocumentInput
} from '../src/lib/server/documents/schemas';
import type { BenchResult } from './lib/types';

const network = 'relacopaz';
const owners = ['ARG', 'BRA', 'URY', 'CHL', 'PER', 'ESP'];
const levels = ['owner', 'members', 'members_and_observers', 'network', 'public'] as const;
type Language = 'es' | 'en' | 'pt' | 'fr';
const languages: Language[] = ['es', 'en', 'pt', 'fr'];

/** Words of each language's peacekeeping writing, so that stems and accents meet real text. */
const words: Record<Language, string[]> = {
	es: (
		'protección civiles misión operación paz despliegue contingente capacitación ejercicio ' +
		'logística interoperabilidad doctrina lección aprendida buena práctica mando control ' +
		'comunicaciones observadores militares policía género desminado evacuación médica ' +
		'informe evaluación riesgo seguridad convoy patrulla base campamento mandato consejo ' +
		'naciones unidas cooperación regional entrenamiento curso instructor manual procedimiento'
	).split(' '),
	en: (
		'protection civilians mission operation peace deployment contingent training exercise ' +
		'logistics interoperability doctrine lesson learned best practice command control ' +
		'communications military observers police gender demining medical evacuation report ' +
		'assessment risk security convoy patrol base camp mandate council united nations ' +
		'regional cooperation course instructor manual procedure peacekeeping'
	).split(' '),
	pt: (
		'proteção civis missão operação operações paz desdobramento contingente capacitação ' +
		'exercício logística interoperabilidade doutrina lição aprendida boa prática comando ' +
		'controle comunicações observadores militares polícia gênero desminagem evacuação ' +
		'médica relatório avaliação risco segurança comboio patrulha base acampamento mandato'
	).split(' '),
	fr: (
		'protection civils mission opération opérations paix déploiement contingent formation ' +
		'exercice logistique interopérabilité doctrine leçon apprise bonne pratique commandement ' +
		'contrôle communications observateurs militaires police genre déminage évacuation ' +
		'médicale rapport évaluation risque sécurité convoi patrouille base camp mandat conseil'
	).split(' ')
};

/** A small deterministic generator, so every run searches the same library. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

const queries: Record<string, string | number>[] = [
	{ q: 'protección' },
	{ q: 'proteccion de civiles' },
	{ q: 'peacekeeping training' },
	{ q: 'operações' },
	{ q: 'déploiement' },
	{ q: 'interoperabilidad', category: 'interoperability' },
	{ q: 'logistics', language: 'pt' },
	{ q: 'evacuación médica', year: 2024 },
	{ q: 'patrol', owner: 'BRA' },
	{ q: '"lección aprendida"' },
	{ q: 'mandato consejo' },
	{ q: 'demining -report' }
];

function p95(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

export default async function run(
	documents: number,
	rounds: number,
	dataDir: string | null = null
): Promise<BenchResult[]> {
	const handle = await openDatabase({ kind: 'pglite', dataDir });
	try {
		await handle.migrate();
		await unsafeSeedNetwork(handle.db);
		const actors = new Map<string, Actor>();
		for (const code of owners) {
			const email = `library.${code.toLowerCase()}@bench.test`;
			await unsafeCreateUser(handle.db, {
				admin: false,
				email,
				name: `Library ${code}`,
				network,
				participant: code,
				role: 'editor'
			});
			actors.set(code, await unsafeActorForUser(handle.db, email));
		}
		const next = random(17);
		const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
		// Most words of a text are the language's everyday ones; about one in seven is a term of
		// the trade, so that a term is in a third of its language's documents, as in a real archive.
		const syllables = ['ra', 'to', 'men', 'ci', 'la', 'dor', 'pe', 'su', 'ni', 'ven', 'que', 'mo'];
		const everyday = Array.from({ length: 3000 }, () =>
			Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(syllables)).join('')
		);
		const text = (language: Language, count: number) =>
			Array.from({ length: count }, () =>
				next() < 0.15 ? pick(words[language]) : pick(everyday)
			).join(' ');
		const originals: { id: string; owner: string; languages: Language[] }[] = [];
		let started = performance.now();
		for (let i = 0; i < documents; i++) {
			// Two documents in five translate an earlier one, into a language it lacks.
			const family = originals.length > 0 && next() < 0.4 ? pick(originals) : null;
			const language = family
				? (languages.find((l) => !family.languages.includes(l)) ?? null)
				: pick(languages);
			const owner = family?.owner ?? pick(owners);
			const input: CreateDocumentInput = {
				title: text(language ?? 'es', 4 + Math.floor(next() * 4)),
				kind: 'guideline',
				category: pick(documentCategories),
				language: language ?? 'es',
				body: text(language ?? 'es', 80 + Math.floor(next() * 150)),
				releasability: { level: pick(levels) },
				documentDate: `${2015 + Math.floor(next() * 11)}-06-15`,
				translationOf: family && language ? family.id : null,
				translationMethod: family && language ? pick(['human', 'machine'] as const) : null
			};
			const { id } = await createDocument(
				{ db: handle.db, actor: actors.get(owner)! },
				network,
				input
			);
			if (family && language) family.languages.push(language);
			else originals.push({ id, owner, languages: [input.language as Language] });
		}
		const fillMs = performance.now() - started;
		// The running platform refreshes the planner's statistics at start and every hour; a
		// library of this size has been through many refreshes.
		await refreshPlannerStatistics(handle.db);

		const reader = { db: handle.db, actor: actors.get('URY')! };
		const samples: number[] = [];
		let results = 0;
		started = performance.now();
		for (let round = 0; round < rounds; round++) {
			for (const [n, q] of queries.entries()) {
				const lang = languages[(round + n) % languages.length]!;
				const query = searchDocumentsQuerySchema.parse({ ...q, limit: 20 });
				const t = performance.now();
				const found = await searchDocuments(reader, network, query, lang);
				samples.push(performance.now() - t);
				results += found.total;
			}
		}
		// The first round warms the plans and the caches every later search finds warm.
		const measured = samples.slice(queries.length);
		// The archive's first page for the same reader, as a yardstick of the machine's state.
		const listSamples: number[] = [];
		for (let round = 0; round < rounds * 4; round++) {
			const t = performance.now();
			await listDocuments(reader, network, { limit: 20, offset: 0 });
			listSamples.push(performance.now() - t);
		}
		return [
			{
				name: `library of ${documents.toLocaleString('en')} documents written through the domain`,
				value: fillMs / 1000,
				unit: 's'
			},
			{
				name: `library search p95 over ${documents.toLocaleString('en')} documents (${measured.length} searches, ${Math.round(results / samples.length)} results each on average)`,
				value: p95(measured),
				unit: 'ms',
				limit: 50
			},
			{
				name: 'archive first page p95, same reader, for comparison',
				value: p95(listSamples.slice(4)),
				unit: 'ms'
			}
		];
	} finally {
		await handle.close();
	}
}
