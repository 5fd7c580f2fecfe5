/** End-to-end tests: the whole stack (`npm start`'s orchestrator) driven in Debian Chromium. */
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/test/e2e/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 180000,
  maxWorkers: 1,
};
