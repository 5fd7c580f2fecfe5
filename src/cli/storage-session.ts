/**
 * Storage for command-line tools: the configured account, or the embedded Azurite's data in
 * .data/ — reusing the Azurite of a running `npm start`, or starting one for the command's run.
 */
import type { RuntimeSettings, StorageSettings } from '../config/settings';
import type { Clock } from '../domain/calendar-date';
import { openStores } from '../store';
import type { Stores } from '../application/ports';
import { startAzurite } from '../store/azurite';
import { dataPath } from './stack';

export async function withStores<T>(
  settings: StorageSettings & Pick<RuntimeSettings, 'DATA_DIR'>,
  clock: Clock,
  use: (stores: Stores) => Promise<T>,
): Promise<T> {
  if (settings.STORAGE_CONNECTION_STRING) {
    return use(await openStores(settings.STORAGE_CONNECTION_STRING, settings.TABLE_PREFIX, clock));
  }
  const azurite = await startAzurite({
    blobPort: settings.AZURITE_BLOB_PORT,
    tablePort: settings.AZURITE_TABLE_PORT,
    location: dataPath(settings, 'azurite'),
  });
  try {
    return await use(await openStores(azurite.connectionString, settings.TABLE_PREFIX, clock));
  } finally {
    await azurite.stop();
  }
}
