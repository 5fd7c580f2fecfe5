/** Where the data lives: an Azure Storage account, or the embedded Azurite (and the demo data). */
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
import { bool, optionalString, port, withDefault } from './fields';

export const storageFields = {
  STORAGE_CONNECTION_STRING: optionalString,
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

export function checkStorage(s: StorageValues, ctx: z.RefinementCtx): void {
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
