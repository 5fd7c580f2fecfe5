import { randomBytes } from 'node:crypto';

/** The Azurite started by the global setup. */
export function testConnectionString(): string {
  const cs = process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!cs) throw new Error('TEST_STORAGE_CONNECTION_STRING is not set: run the tests with `npm test`.');
  return cs;
}

/** A table prefix of its own for each test file or case, so tests never see each other's rows. */
export function uniqueTablePrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}
