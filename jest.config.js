/** Unit and integration tests. Integration tests talk to a real Azurite started once by the
 * global setup (in memory, free ports on loopback) and to real SMTP servers on loopback. */
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/test/{unit,integration}/**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 30000,
  maxWorkers: 2,
  // Workers grow with every test file (module registries); a big heap takes > 500 ms to tear down,
  // and jest then force-exits the worker. Recycling a worker past this size keeps exits quick.
  workerIdleMemoryLimit: '400MB',
};
