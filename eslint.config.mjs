// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The dependency rule of the architecture: src/domain is pure. It may not import the bot SDKs,
 * Azure, the web server, mail or document libraries, nor any Node I/O module. The same list guards
 * src/nlu's parser, which must stay testable without any service.
 */
const forbiddenInDomain = {
  patterns: [
    {
      group: ['botbuilder', 'botbuilder-*', 'botframework-*'],
      message: 'src/domain must not depend on the bot SDK.',
    },
    { group: ['@microsoft/*'], message: 'src/domain must not depend on Microsoft SDKs (teams-ai, agents).' },
    { group: ['@azure/*'], message: 'src/domain must not depend on Azure SDKs: use a port from src/store.' },
    {
      group: ['restify', 'restify-*', 'nodemailer', 'docx', 'handlebars', 'pino', 'pino-*'],
      message: 'src/domain must stay free of frameworks and I/O.',
    },
    {
      group: [
        'fs',
        'fs/*',
        'node:*',
        'http',
        'https',
        'net',
        'tls',
        'dgram',
        'child_process',
        'worker_threads',
        'cluster',
        'os',
        'path',
        'stream',
        'process',
      ],
      message: 'src/domain must not do I/O: inject a port instead.',
    },
    {
      group: [
        '**/store/**',
        '**/bot/**',
        '**/mail/**',
        '**/documents/**',
        '**/jobs/**',
        '**/cli/**',
        '**/server/**',
        '**/config/**',
      ],
      message: 'src/domain must not import outer layers.',
    },
  ],
};

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
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', forbiddenInDomain],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/domain must not read the environment.' },
      ],
    },
  },
);
