// Lighthouse's default (mobile, simulated slow 4G) run of a page in the machine's Chromium.
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export interface LighthouseScores {
	url: string;
	performance: number | null;
	accessibility: number | null;
	/** Why there are no scores, when Lighthouse could not run. */
	error?: string;
}

export async function runLighthouse(urls: string[]): Promise<LighthouseScores[]> {
	const failed = (error: string) =>
		urls.map((url) => ({ url, performance: null, accessibility: null, error }));
	if (!existsSync(chromePath)) return failed(`no Chromium at ${chromePath}`);
	let chrome: { port: number; kill(): void } | undefined;
	try {
		const { default: lighthouse } = await import('lighthouse');
		const { launch } = await import('chrome-launcher');
		chrome = await launch({ chromePath, chromeFlags });
		const scores: LighthouseScores[] = [];
		for (const url of urls) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility']
			});
			const categories = result?.lhr.categories;
			const score = (value: number | null | undefined) =>
				value === null || value === undefined ? null : Math.round(value * 100);
			scores.push({
				url,
				performance: score(categories?.performance?.score),
				accessibility: score(categories?.accessibility?.score),
				...(result?.lhr.runtimeError ? { error: result.lhr.runtimeError.message } : {})
			});
		}
		return scores;
	} catch (error) {
		return failed(error instanceof Error ? error.message : String(error));
	} finally {
		chrome?.kill();
	}
}
