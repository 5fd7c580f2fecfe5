/**
 * Storage for command-line tools: the configured account, or the embedded Azurite's data in
 * .data/ — shared with a running `npm start` or another command (the last one to finish stops it).
 */
import type { RuntimeSettings, StorageSettings } from '../config/settings';
import type { Clock } from '../domain/calendar-date';
import { openStores } from '../store';
import type { Stores } from '../application/ports';
import { useSharedAzurite } from '../store/shared-azurite';
import { storageAccessFromSettings, type StorageConnection } from '../store/storage-access';
import { dataPath } from './stack';

export async function withStores<T>(
  settings: StorageSettings & Pick<RuntimeSettings, 'DATA_DIR'>,
  clock: Clock,
  /** The stores, and the way to the storage (for the document store). */
  use: (stores: Stores, connection: StorageConnection) => Promise<T>,
): Promise<T> {
  const configured = storageAccessFromSettings(settings);
  if (configured) return use(await openStores(configured, settings.TABLE_PREFIX, clock), configured);
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
