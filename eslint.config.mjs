// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The architecture, enforced (eslint-plugin-boundaries): each folder is an element of a layer and
 * may depend only on the layers inside it —
 *
 *   domain ← i18n ← application (use cases, ports, the question feature) ← adapters
 *
 * The question parser and contract are pure like the domain; the accounting-export parser
 * (src/import) is pure too. Adapters: store (the only one with Azure SDKs), mail, documents, bot
 * (the only one with botbuilder/teams-ai besides the server, and which may not import the
 * server), server (the HTTP edge and composition root), cli, config. import-x/no-cycle forbids
 * cycles between modules.
 */
const ELEMENTS = [
  { type: 'domain', pattern: 'src/domain' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'question-parser', pattern: 'src/questions/parser' },

  { type: 'export-parser', pattern: 'src/import' },
  { type: 'application', pattern: 'src/application' },
  { type: 'application', pattern: 'src/questions' },
  { type: 'store', pattern: 'src/store' },
  { type: 'mail', pattern: 'src/mail' },
  { type: 'documents', pattern: 'src/documents' },
  { type: 'bot', pattern: 'src/bot' },
  { type: 'server', pattern: 'src/server' },
  { type: 'cli', pattern: 'src/cli' },
  { type: 'config', pattern: 'src/config' },
];

/** The question contract: the query and each intent's question, read by the pure parser. */
const QUESTION_CONTRACT = [
  'src/questions/query.ts',
  'src/questions/commands.ts',
  'src/questions/query-filters.ts',
  'src/questions/parameters.ts',
  'src/questions/catalogue.ts',
  'src/questions/intent-question.ts',
  'src/questions/intents/*/question.ts',
];
const FILES = [{ category: 'question-contract', pattern: QUESTION_CONTRACT }];

const PURE = ['domain', 'i18n', 'question-parser', 'export-parser'];
const INNER = [...PURE, 'application'];

/** Which layers each layer may use (everything else is refused). */
const LAYERS = {
  domain: ['domain'],
  i18n: ['domain', 'i18n'],
  'question-parser': ['domain', 'question-parser'],
  'export-parser': ['domain', 'i18n', 'export-parser'],
  application: INNER,
  config: ['domain', 'i18n', 'config'],
  store: ['domain', 'application', 'store'],
  mail: [...INNER, 'mail', 'config'],
  documents: [...INNER, 'documents', 'config'],
  bot: [...INNER, 'bot', 'config'],
  server: [...INNER, 'store', 'mail', 'documents', 'bot', 'server', 'config'],
  cli: [...INNER, 'store', 'mail', 'documents', 'bot', 'server', 'cli', 'config'],
};

/** External packages only some layers may use. */
const EXTERNAL = [
  {
    modules: ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai'],
    only: ['bot', 'server'],
  },
  { modules: ['@azure/*'], only: ['store'] },
  { modules: ['restify'], only: ['server'] },
  { modules: ['nodemailer', 'nodemailer/*'], only: ['mail'] },
  { modules: ['docx', 'handlebars'], only: ['documents'] },
  // Zip files: the .docx of documents, the Teams app package of the bot.
  { modules: ['jszip'], only: ['documents', 'bot'] },
  { modules: ['adaptivecards-templating'], only: ['bot'] },
  { modules: ['pino', 'pino-*', 'croner'], only: ['config', 'server'] },
  {
    modules: [
      'fs',
      'fs/*',
      'node:fs',
      'node:fs/*',
      'http',
      'node:http',
      'https',
      'node:https',
      'net',
      'node:net',
      'child_process',
      'node:child_process',
      'os',
      'node:os',
      'path',
      'node:path',
      'process',
      'node:process',
    ],
    not: [...INNER],
  },
];

const contract = { file: { categories: 'question-contract' } };
const boundaryPolicies = [
  ...Object.entries(LAYERS).map(([type, allowed]) => ({
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: allowed } } } },
  })),
  // The parser reads the question contract; the contract reads only the domain and itself (the
  // last policy that matches decides).
  { from: { element: { type: 'question-parser' } }, allow: { to: contract } },
  { from: contract, disallow: { to: { element: { types: { noneOf: ['domain'] } } } } },
  { from: contract, allow: { to: contract } },
  // Packages are allowed, but for those only some layers may use (the last matching policy decides).
  { allow: { to: { module: { origin: ['external', 'core'] } } } },
  ...EXTERNAL.map((rule) => ({
    from: { element: { types: rule.only ? { noneOf: rule.only } : { anyOf: rule.not } } },
    disallow: {
      to: { module: { origin: ['external', 'core'], source: rule.modules } },
    },
  })),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.data/**',
      'test-results/**',
      'coverage/**',
      'appPackage/build/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'import-x/extensions': ['.ts'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'boundaries/elements': ELEMENTS,
      'boundaries/files': FILES,
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', checkAllOrigins: true, policies: boundaryPolicies },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/i18n/**/*.ts', 'src/questions/parser/**/*.ts', 'src/import/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'A pure module must not read the environment.' },
      ],
    },
  },
);
