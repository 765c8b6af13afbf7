import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'data/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'.tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/switch-exhaustiveness-check': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			'no-undef': 'off',
			// Paths here are absolute and the app has no base path, so resolve() adds nothing.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	// Area boundaries (ARCHITECTURE.md, "Areas and their boundaries"): an area's SQL is its own.
	// Other areas use its use cases, schemas and views; the registry's lookups of networks,
	// participants, conferences and terms are the one shared exception. Written by pattern, so
	// that a new area under src/lib/server/ is covered as soon as it exists.
	{
		files: ['src/lib/server/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\.\\./)+(?!registry/)[\\w-]+/repository(\\.ts)?$',
							message:
								"Another area's repository is its own: call one of its use cases, or give it one."
						},
						{
							regex: '^\\$lib/server/(?!registry/)[\\w-]+/repository(\\.ts)?$',
							message:
								"Another area's repository is its own: call one of its use cases, or give it one."
						}
					]
				}
			]
		}
	},
	{
		files: [
			'src/routes/**/*.{ts,svelte}',
			'src/lib/components/**/*.{ts,svelte}',
			'src/hooks.server.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/)repository(\\.ts)?$',
							message: 'Pages and endpoints call use cases; SQL stays in the areas.'
						},
						{
							regex: '^\\$lib/server/db/(schema|schema-[\\w-]+)$',
							message: 'Pages and endpoints call use cases; tables stay in the areas.'
						}
					]
				}
			]
		}
	}
);
