// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * The layers of src/, lowest first. Each may import only the layers it lists, so the folder a
 * file sits in says what it may use (docs/architecture.md, "Layers").
 */
const layers = [
  { type: 'domain', pattern: 'src/domain', may: [] },
  { type: 'load', pattern: 'src/load', may: ['domain'] },
  { type: 'i18n', pattern: 'src/i18n', may: ['domain'] },
  { type: 'site', pattern: 'src/site', may: ['domain', 'load', 'i18n'] },
  { type: 'importer', pattern: 'src/importer', may: ['domain', 'load'] },
  { type: 'integrations', pattern: 'src/integrations', may: ['domain', 'load', 'site'] },
  // The editor's desk (npm run desk, docs/desk.md): a local server over content/ and drafts/.
  { type: 'desk', pattern: 'src/desk', may: ['domain', 'load', 'importer', 'i18n', 'site'] },
  // The pages' side: browser code, then components, the layouts that frame them, the pages.
  { type: 'client', pattern: 'src/(client|types)', may: [] },
  { type: 'styles', pattern: 'src/styles', may: [] },
  { type: 'components', pattern: 'src/components', may: ['domain', 'i18n', 'site', 'client', 'styles'] },
  { type: 'layouts', pattern: 'src/layouts', may: ['domain', 'i18n', 'site', 'client', 'styles', 'components'] },
  { type: 'pages', pattern: 'src/pages', may: ['domain', 'i18n', 'site', 'client', 'styles', 'components', 'layouts'] },
  // Puts what the layouts show on Astro.locals (site/site-data.ts, pageFrame).
  { type: 'middleware', pattern: 'src/middleware', may: ['site'] },
];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
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
    // Components and layouts get their data through props (layouts also Astro.locals.frame): only
    // pages (and endpoints) ask for the site data, and nothing of theirs runs when a module loads.
    files: ['src/components/**/*.{astro,ts}', 'src/layouts/**/*.{astro,ts}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/site/site-data.ts', '**/site/compute-site-data.ts', '**/load/**'], message: 'Components take their data as props, layouts also from Astro.locals.frame (src/middleware/index.ts); the page calls getSiteData() and passes it down.' }] }],
    },
  },
);
