/**
 * Starts one real Azurite for the whole test run: in memory, on free loopback ports. Its
 * connection string reaches the test workers through the environment; each test file isolates
 * itself with its own table prefix (see `test/support/storage.ts`).
 */
import { freePort, startAzurite, type RunningAzurite } from '../../src/store/azurite';

declare global {
  var __AZURITE__: RunningAzurite | undefined;
}

export default async function globalSetup(): Promise<void> {
  const azurite = await startAzurite({ blobPort: await freePort(), tablePort: await freePort() });
  globalThis.__AZURITE__ = azurite;
  process.env.TEST_STORAGE_CONNECTION_STRING = azurite.connectionString;
}
