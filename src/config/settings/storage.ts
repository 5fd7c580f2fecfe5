/**
 * Where the data lives: an Azure Storage account — by connection string, or by its endpoints with a
 * managed identity (no secret at all, recommended) — or the embedded Azurite (and the demo data).
 */
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
import { bool, optionalString, port, withDefault } from './fields';

export const storageFields = {
  STORAGE_CONNECTION_STRING: optionalString,
  /** `https://<account>.table.core.windows.net`, reached with the managed identity. */
  STORAGE_TABLE_ENDPOINT: optionalString,
  /** `https://<account>.blob.core.windows.net`, reached with the managed identity. */
  STORAGE_BLOB_ENDPOINT: optionalString,
  TABLE_PREFIX: withDefault(
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/, m.tablePrefix)
      .default('rel'),
  ),
  BLOB_CONTAINER: withDefault(
    z
      .string()
      .regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, m.blobContainer)
      .default('relances-documents'),
  ),
  AZURITE_BLOB_PORT: port(10000),
  AZURITE_TABLE_PORT: port(10002),
  DEMO_DATA: bool(true),
  /** The drop folder: a local path, or `blob:<conteneur>`; files there are imported before the daily job. */
  IMPORT_DROP: optionalString,
};

type StorageValues = z.output<ReturnType<typeof z.object<typeof storageFields>>>;

const ENDPOINTS = ['STORAGE_TABLE_ENDPOINT', 'STORAGE_BLOB_ENDPOINT'] as const;

/** An endpoint is an https:// address of the account and nothing else (no SAS token: no secret). */
function endpointProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return m.storage.endpointUrl;
  }
  if (url.protocol !== 'https:') return m.storage.endpointUrl;
  if (url.search || url.hash || url.username || url.password) return m.storage.endpointNoSecret;
  return null;
}

/**
 * Exactly one way to the storage: the connection string, or both endpoints (managed identity). In
 * production one is required; elsewhere none means the embedded Azurite.
 */
export function checkStorage(s: StorageValues & { NODE_ENV?: string }, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
  const endpoints = ENDPOINTS.filter((name) => s[name] !== undefined);
  for (const name of endpoints) {
    const problem = endpointProblem(s[name]!);
    if (problem) issue(name, problem);
  }
  if (s.STORAGE_CONNECTION_STRING && endpoints.length > 0) {
    issue('STORAGE_CONNECTION_STRING', m.storage.bothWays);
    return;
  }
  if (endpoints.length === 1) {
    const missing = ENDPOINTS.find((name) => s[name] === undefined)!;
    issue(missing, m.storage.endpointPair(endpoints[0]!));
    return;
  }
  if (s.NODE_ENV === 'production' && !s.STORAGE_CONNECTION_STRING && endpoints.length === 0)
    issue('STORAGE_TABLE_ENDPOINT', m.storage.required);

  if (
    s.STORAGE_CONNECTION_STRING &&
    !/AccountName=|UseDevelopmentStorage=true|TableEndpoint=/i.test(s.STORAGE_CONNECTION_STRING)
  )
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['STORAGE_CONNECTION_STRING'],
      message: m.connectionString,
    });
}
