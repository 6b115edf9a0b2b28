// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * The layers of src/, lowest first. Each may import only the layers it lists, so the folder a
 * file sits in says what it may use (README, "Where things live").
 */
const layers = [
  { type: 'domain', pattern: 'src/domain', may: [] },
  { type: 'load', pattern: 'src/load', may: ['domain'] },
  { type: 'i18n', pattern: 'src/i18n', may: ['domain'] },
  { type: 'site', pattern: 'src/site', may: ['domain', 'load', 'i18n'] },
  { type: 'importer', pattern: 'src/importer', may: ['domain', 'load'] },
  { type: 'integrations', pattern: 'src/integrations', may: ['domain', 'load', 'site'] },
  { type: 'ui', pattern: 'src/(components|layouts|pages|client|styles|types)', may: ['domain', 'i18n', 'site'] },
];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,astro}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layers.map(({ type, pattern }) => ({ type, pattern })),
    },
    rules: {
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        policies: layers.map(({ type, may }) => ({
          from: { element: { type } },
          allow: { to: { element: { types: { anyOf: [type, ...may] } } } },
        })),
      }],
    },
  },
  {
    // Components and layouts get their data through props: only pages (and endpoints) ask the site.
    files: ['src/components/**/*.astro', 'src/layouts/**/*.astro'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/site/site.ts', '**/load/**'], message: 'Components take their data as props; the page calls getSite() and passes it down.' }] }],
    },
  },
);
