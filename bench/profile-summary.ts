// Where a server's CPU time went: reads a .cpuprofile written by `npm run bench -- --profile`
// (node --cpu-prof) and prints the self time by package or source file, then by function.
//
//   npx tsx bench/profile-summary.ts bench/results/profiles/CPU.….cpuprofile [top]
import { readFileSync } from 'node:fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
	console.error('Usage: npx tsx bench/profile-summary.ts FILE.cpuprofile [top]');
	process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

function area(url: string, name: string): string {
	if (!url) return name.startsWith('(') ? name : '(native)';
	const module = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
	if (module) return module;
	if (url.startsWith('node:')) return 'node internals';
	return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
}

const selfByArea = new Map<string, number>();
const selfByFunction = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
	const node = byId.get(id);
	const delta = profile.timeDeltas[i] ?? 0;
	if (!node) return;
	total += delta;
	const { functionName, url, lineNumber } = node.callFrame;
	const where = area(url, functionName);
	selfByArea.set(where, (selfByArea.get(where) ?? 0) + delta);
	const key = `${functionName || '(anonymous)'}  ${where}:${lineNumber + 1}`;
	selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + delta);
});

const print = (title: string, entries: Map<string, number>) => {
	console.log(`\n${title}`);
	for (const [key, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
		const share = ((micros / total) * 100).toFixed(1).padStart(5);
		console.log(`${share}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`);
	}
};
console.log(`${(total / 1000).toFixed(0)} ms sampled`);
print('Self time by package or file', selfByArea);
print('Self time by function', selfByFunction);
