// `npm test`: every check, in order, with one summary line at the end. Static checks first, then
// unit tests, integration tests on both databases, and end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.tmp/reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [
	['i18n', 'npm', ['run', '--silent', 'i18n']],
	['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
	['format', 'npx', ['prettier', '--check', '.']],
	['typecheck', 'npm', ['run', '--silent', 'check']],
	[
		'unit',
		'npx',
		[
			'vitest',
			'run',
			'--project',
			'unit',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${reports}/unit.json`
		]
	],
	['integration', 'node', ['scripts/test-integration.js', '--reporter=default', '--reporter=json']],
	['e2e', 'node', ['scripts/test-e2e.js']],
	// Benchmarks are not tests: the smoke run only proves the harness still runs end to end.
	['bench-smoke', 'npm', ['run', '--silent', 'bench', '--', '--smoke']]
];

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const [name, cmd, args] of steps) {
	console.log(`\n##### ${name}`);
	const result = spawnSync(cmd, args, {
		stdio: 'inherit',
		env: { ...process.env, REPORT_DIR: reports }
	});
	if (result.status !== 0) failedSteps.push(name);
}

/** Failing tests are named again at the end, where a truncated log still shows them. */
const failures = [];
const firstLine = (text) =>
	String(text ?? '')
		.split('\n')
		.find((l) => l.trim()) ?? '';

function countVitest(file) {
	try {
		const report = JSON.parse(readFileSync(file, 'utf8'));
		passed += report.numPassedTests;
		failed += report.numFailedTests;
		for (const suite of report.testResults ?? []) {
			for (const t of suite.assertionResults ?? []) {
				if (t.status === 'failed') {
					failures.push(
						`${file}: ${suite.name.replace(process.cwd() + '/', '')} › ${t.fullName}\n    ${firstLine(t.failureMessages?.[0]).slice(0, 300)}`
					);
				}
			}
			if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
				failures.push(
					`${file}: ${suite.name.replace(process.cwd() + '/', '')}\n    ${firstLine(suite.message).slice(0, 300)}`
				);
			}
		}
	} catch {
		// the step failed before writing its report; it is already counted as a failed step
	}
}
countVitest(`${reports}/unit.json`);
countVitest(`${reports}/integration-pglite.json`);
countVitest(`${reports}/integration-postgres.json`);
try {
	const e2e = JSON.parse(readFileSync(`${reports}/e2e.json`, 'utf8'));
	passed += e2e.stats.expected;
	failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
	const walk = (suite) => {
		for (const spec of suite.specs ?? []) {
			for (const t of spec.tests ?? []) {
				const last = t.results?.at(-1);
				if (t.status === 'unexpected' || t.status === 'flaky') {
					failures.push(
						`e2e: ${spec.file} › ${spec.title}\n    ${firstLine(last?.error?.message).slice(0, 300)}`
					);
				}
			}
		}
		for (const child of suite.suites ?? []) walk(child);
	};
	for (const suite of e2e.suites ?? []) walk(suite);
} catch {
	// as above
}
if (failures.length > 0) console.log(`\nFailing tests:\n${failures.join('\n')}`);
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
// A step that failed without a failing test (lint, types, a crash) still counts as a failure.
if (failedSteps.length > 0 && failed === 0) failed = failedSteps.length;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
