import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/**
 * The layers of src/, lowest first: each may import only the layers it lists (and itself).
 * money <- schemas <- dataset <- {data (series), charts, validate, ingest} <- adapter (the only
 * code that imports astro:*) <- components <- pages. docs/architecture.md draws the picture;
 * tests/unit/architecture/layers.test.ts checks the same table against the resolved import graph.
 */
export const LAYERS = [
  { name: 'errors', files: ['src/lib/errors.ts'], may: [] },
  { name: 'site', files: ['src/lib/site/**'], may: ['errors'] },
  { name: 'mdx-guard', files: ['src/lib/mdx-guard/**'], may: ['errors'] },
  { name: 'dedupe', files: ['src/lib/dedupe/**'], may: ['errors'] },
  { name: 'money', files: ['src/lib/money/**'], may: ['errors'] },
  { name: 'schemas', files: ['src/schemas/**'], may: ['money', 'errors'] },
  { name: 'dataset', files: ['src/lib/dataset/**'], may: ['schemas', 'money', 'errors'] },
  { name: 'verdicts', files: ['src/lib/verdicts.ts'], may: ['schemas', 'errors'] },
  {
    name: 'data',
    files: ['src/lib/data/**'],
    may: ['dataset', 'verdicts', 'schemas', 'money', 'dedupe', 'site', 'errors'],
  },
  {
    name: 'charts',
    files: ['src/lib/charts/**'],
    may: ['data', 'dataset', 'verdicts', 'money', 'site', 'errors'],
  },
  {
    name: 'validate',
    files: ['src/lib/validate/**'],
    may: ['dataset', 'schemas', 'money', 'errors'],
  },
  {
    name: 'ingest',
    files: ['src/lib/ingest/**'],
    may: ['dedupe', 'mdx-guard', 'money', 'site', 'errors'],
  },
];

/** Folders above every library layer: library code may never import them. */
const UPPER = ['adapter', 'components', 'layouts', 'pages', 'integrations'];

const ALL = [...LAYERS.map((l) => l.name), ...UPPER];

const folder = (name) =>
  name === 'errors' ? '(lib/)?errors(\\.ts)?$' : `((src/)?lib/)?${name}(/|\\.ts$|$)`;
const banned = (names, why) =>
  names.map((name) => ({ regex: `^(\\.\\./)+${folder(name)}`, message: why(name) }));
const NO_ASTRO = {
  regex: '^astro(:|/|$)',
  message: 'src/lib and src/schemas are plain TypeScript: go through src/adapter/ for astro:*.',
};
const ASTRO_VIA_ADAPTER = {
  regex: '^astro:',
  message: 'Only src/adapter/ (and src/content.config.ts) import astro:*; import the adapter.',
};

const layerRules = LAYERS.map((layer) => ({
  files: layer.files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          NO_ASTRO,
          ...banned(
            ALL.filter((n) => n !== layer.name && !layer.may.includes(n)),
            (n) =>
              `${layer.name} sits below ${n} (see eslint.config.js LAYERS): move the code down or invert the dependency.`,
          ),
        ],
      },
    ],
  },
}));

const upperRule = (files, above, astroAllowed = false) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(astroAllowed ? [] : [ASTRO_VIA_ADAPTER]),
          ...banned(above, (n) => `${files[0]} sits below ${n}: pass data down instead.`),
        ],
      },
    ],
  },
});

export default [
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'public/',
      '.coord/',
      '.staging/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  // Library folders without a layer of their own (views, feeds, nav, ...) sit above the layers
  // but below the adapter.
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [NO_ASTRO, ...banned(UPPER, (n) => `src/lib sits below ${n}.`)] },
      ],
    },
  },
  ...layerRules,
  upperRule(['src/adapter/**'], ['components', 'layouts', 'pages'], true),
  upperRule(['src/components/**', 'src/layouts/**'], ['pages']),
  upperRule(['src/pages/**'], []),
];
