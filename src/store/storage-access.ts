/**
 * How Relances reaches its storage account: a connection string (Azurite, or an account key), or
 * the account's endpoints with an Entra ID identity — the App Service's managed identity in
 * production (`DefaultAzureCredential`), so that no storage secret exists at all. Settings
 * validation (`src/config/settings/storage.ts`) makes sure exactly one way is configured.
 */
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';

export type StorageAccess =
  | { kind: 'connection-string'; connectionString: string }
  | {
      kind: 'identity';
      /** `https://<account>.table.core.windows.net` */
      tableEndpoint: string;
      /** `https://<account>.blob.core.windows.net` */
      blobEndpoint: string;
      credential: TokenCredential;
    };

/** A connection string (what most callers and tests have) or an access chosen from the settings. */
export type StorageConnection = string | StorageAccess;

export function asStorageAccess(connection: StorageConnection): StorageAccess {
  return typeof connection === 'string'
    ? { kind: 'connection-string', connectionString: connection }
    : connection;
}

/** The storage settings as the process reads them. */
export interface StorageAccessSettings {
  STORAGE_CONNECTION_STRING?: string;
  STORAGE_TABLE_ENDPOINT?: string;
  STORAGE_BLOB_ENDPOINT?: string;
}

/**
 * The way configured, or null when none is (development then starts its own Azurite). The
 * credential is built only for the endpoints' way (tests give their own).
 */
export function storageAccessFromSettings(
  settings: StorageAccessSettings,
  credential: () => TokenCredential = () => new DefaultAzureCredential(),
): StorageAccess | null {
  if (settings.STORAGE_CONNECTION_STRING)
    return { kind: 'connection-string', connectionString: settings.STORAGE_CONNECTION_STRING };
  if (settings.STORAGE_TABLE_ENDPOINT && settings.STORAGE_BLOB_ENDPOINT)
    return {
      kind: 'identity',
      tableEndpoint: trimSlash(settings.STORAGE_TABLE_ENDPOINT),
      blobEndpoint: trimSlash(settings.STORAGE_BLOB_ENDPOINT),
      credential: credential(),
    };
  return null;
}

/** What the logs may say about the storage: the account and the way, never a key. */
export function describeStorage(access: StorageAccess): Record<string, string> {
  if (access.kind === 'identity')
    return {
      storageAuth: 'identity',
      tableEndpoint: access.tableEndpoint,
      blobEndpoint: access.blobEndpoint,
    };
  const account =
    /AccountName=([^;]+)/i.exec(access.connectionString)?.[1] ??
    (/UseDevelopmentStorage=true/i.test(access.connectionString) ? 'devstoreaccount1' : 'unknown');
  return { storageAuth: 'connection-string', account };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
