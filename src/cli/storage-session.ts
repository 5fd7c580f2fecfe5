/**
 * Storage for command-line tools: the configured account, or the embedded Azurite's data in
 * .data/ — shared with a running `npm start` or another command (the last one to finish stops it).
 */
import type { RuntimeSettings, StorageSettings } from '../config/settings';
import type { Clock } from '../domain/calendar-date';
import { openStores } from '../store';
import type { Stores } from '../application/ports';
import { useSharedAzurite } from '../store/shared-azurite';
import { dataPath } from './stack';

export async function withStores<T>(
  settings: StorageSettings & Pick<RuntimeSettings, 'DATA_DIR'>,
  clock: Clock,
  /** The stores, and the connection string (for the document store). */
  use: (stores: Stores, connectionString: string) => Promise<T>,
): Promise<T> {
  if (settings.STORAGE_CONNECTION_STRING) {
    return use(
      await openStores(settings.STORAGE_CONNECTION_STRING, settings.TABLE_PREFIX, clock),
      settings.STORAGE_CONNECTION_STRING,
    );
  }
  const azurite = await useSharedAzurite({
    blobPort: settings.AZURITE_BLOB_PORT,
    tablePort: settings.AZURITE_TABLE_PORT,
    location: dataPath(settings, 'azurite'),
  });
  try {
    return await use(
      await openStores(azurite.connectionString, settings.TABLE_PREFIX, clock),
      azurite.connectionString,
    );
  } finally {
    await azurite.stop();
  }
}
