/**
 * Access to Azure Table Storage (a real account in production, Azurite in development and tests)
 * through a connection string or the account's endpoint with an identity (./storage-access.ts). Every table name carries a prefix, so several environments —
 * or several test files — share one account without seeing each other.
 */
import {
  RestError,
  TableClient,
  TableServiceClient,
  type TableEntity,
  type TableEntityResult,
  type TableServiceClientOptions,
  type TransactionAction,
} from '@azure/data-tables';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { asStorageAccess, type StorageAccess, type StorageConnection } from './storage-access';
import { listRows } from './listing';
import { submitTransaction } from './transaction';

export const TABLE_NAMES = [
  'Customers',
  'Invoices',
  'InvoiceViews',
  'OpenInvoices',
  'Payments',
  'Journal',
  'Conversations',
  'JobRuns',
  'Actions',
  'Leases',
  'Cards',
  'SalesNotices',
  'Rates',
  'LateFees',
  'InvoicePdfs',
  'BankLines',
  'ReadVersions',
  'Snapshots',
  'Reviews',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

type PipelinePolicy = NonNullable<TableServiceClientOptions['additionalPolicies']>[number]['policy'];

/**
 * How long one storage call may take. A click must be answered within Teams' 5 seconds, in French,
 * even when the storage is down or hung: each try gets a deadline, and one quick retry.
 */
export interface StorageDeadlines {
  /** One try of a request (then it is retried once). */
  tryTimeoutMs: number;
}

export const DEFAULT_DEADLINES: StorageDeadlines = { tryTimeoutMs: 3000 };

/** Sets the deadline of every try (the SDK's default is no timeout at all). */
export function deadlinePolicy(tryTimeoutMs: number): PipelinePolicy {
  return {
    name: 'relancesTryDeadline',
    sendRequest: (request, next) => {
      if (!request.timeout) request.timeout = tryTimeoutMs;
      return next(request);
    },
  };
}

/**
 * Requests of one storage on the wire at once, all its tables together. The storage handles them
 * one after the other (Azurite is one Node process): more in flight only queue there, and past
 * their try's deadline when the machine is busy. Enough to keep it busy while the next ones are
 * built; an import writing several tables side by side (issue 19) waits here instead, before its
 * try's deadline starts.
 */
export const REQUESTS_IN_FLIGHT = 12;

/** At most `max` requests at once through the clients sharing this policy; the others wait their turn. */
export function inFlightPolicy(max: number): PipelinePolicy {
  let active = 0;
  const waiting: Array<() => void> = [];
  return {
    name: 'relancesInFlight',
    sendRequest: async (request, next) => {
      if (active < max) active++;
      else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over
      try {
        return await next(request);
      } finally {
        const turn = waiting.shift();
        if (turn) turn();
        else active--;
      }
    },
  };
}

export function clientOptions(
  deadlines: StorageDeadlines,
  insecure: boolean,
  inFlight?: PipelinePolicy,
): TableServiceClientOptions {
  return {
    allowInsecureConnection: insecure,
    retryOptions: { maxRetries: 1, retryDelayInMs: 200, maxRetryDelayInMs: 400 },
    additionalPolicies: [
      ...(inFlight ? [{ policy: inFlight, position: 'perRetry' as const }] : []),
      { policy: deadlinePolicy(deadlines.tryTimeoutMs), position: 'perRetry' },
    ],
  };
}

export class TableStorage {
  private readonly clients = new Map<TableName, TableClient>();
  private ensured: Promise<void> | undefined;
  readonly access: StorageAccess;
  /** Shared by every table's client: the requests in flight to this storage, all tables together. */
  private readonly inFlight = inFlightPolicy(REQUESTS_IN_FLIGHT);

  constructor(
    connection: StorageConnection,
    readonly prefix: string,
    private readonly deadlines: StorageDeadlines = DEFAULT_DEADLINES,
  ) {
    this.access = asStorageAccess(connection);
  }

  private get insecure(): boolean {
    const access = this.access;
    if (access.kind === 'identity') return false;
    return (
      /DefaultEndpointsProtocol=http;|TableEndpoint=http:/i.test(access.connectionString) ||
      /UseDevelopmentStorage=true/i.test(access.connectionString)
    );
  }

  table(name: TableName): TableClient {
    let client = this.clients.get(name);
    if (!client) {
      const table = `${this.prefix}${name}`;
      const options = clientOptions(this.deadlines, this.insecure, this.inFlight);
      client =
        this.access.kind === 'identity'
          ? new TableClient(this.access.tableEndpoint, table, this.access.credential, options)
          : TableClient.fromConnectionString(this.access.connectionString, table, options);
      this.clients.set(name, client);
    }
    return client;
  }

  private service(options: TableServiceClientOptions): TableServiceClient {
    return this.access.kind === 'identity'
      ? new TableServiceClient(this.access.tableEndpoint, this.access.credential, options)
      : TableServiceClient.fromConnectionString(this.access.connectionString, options);
  }

  /** Creates the tables once per process (idempotent: an existing table is fine). */
  ensureTables(): Promise<void> {
    this.ensured ??= (async () => {
      const service = this.service(clientOptions(this.deadlines, this.insecure));
      await Promise.all(
        TABLE_NAMES.map(async (name) => {
          try {
            await service.createTable(`${this.prefix}${name}`);
          } catch (error) {
            if (!isStatus(error, 409)) throw error;
          }
        }),
      );
    })().catch((error: unknown) => {
      this.ensured = undefined;
      throw error;
    });
    return this.ensured;
  }

  /** Deletes every table of this prefix (tests and `seed --reset`). */
  async dropTables(): Promise<void> {
    const service = this.service({ allowInsecureConnection: this.insecure });
    await Promise.all(
      TABLE_NAMES.map(async (name) => {
        try {
          await service.deleteTable(`${this.prefix}${name}`);
        } catch (error) {
          if (!isStatus(error, 404)) throw error;
        }
      }),
    );
    this.ensured = undefined;
  }
}

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof RestError
    ? error.statusCode === status
    : (error as { statusCode?: number })?.statusCode === status;
}

/**
 * PartitionKey and RowKey may not contain `/ \ # ?` nor control characters, and business keys
 * (invoice numbers such as `FA/2026/001`) do. Keys keep letters, digits, `-`, `_` and `.` as they
 * are (readable in Storage Explorer, same sort order) and write anything else as `~HH` bytes.
 */
export function encodeKey(value: string): string {
  let out = '';
  for (const char of value) {
    if (/[A-Za-z0-9\-_.]/.test(char)) out += char;
    else
      for (const byte of Buffer.from(char, 'utf8'))
        out += `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function decodeKey(key: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < key.length; i++) {
    if (key[i] === '~') {
      bytes.push(parseInt(key.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(key.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A value in an OData filter: quoted, its quotes doubled. */
const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Every row the filter selects, page after page (./listing.ts: without the SDK's deserialization). */
async function listWhere<T extends object>(
  client: TableClient,
  filter: string,
): Promise<TableEntityResult<T>[]> {
  return listRows<T>(client, filter);
}

export async function listPartition<T extends object>(
  client: TableClient,
  partitionKey: string,
): Promise<TableEntityResult<T>[]> {
  return listWhere<T>(client, `PartitionKey eq ${quoted(partitionKey)}`);
}

/** The rows of every partition from `first` to `last` included (a PartitionKey range). */
export async function listPartitionRange<T extends object>(
  client: TableClient,
  first: string,
  last: string,
): Promise<TableEntityResult<T>[]> {
  return listWhere<T>(client, `PartitionKey ge ${quoted(first)} and PartitionKey le ${quoted(last)}`);
}

/**
 * The RowKeys that start with `prefix`: `prefix` ≤ RowKey < `prefix` with its last character
 * incremented. With RowKeys `<encoded key>|<id>`, the rows of one key within a partition shared by many.
 */
function rowPrefixFilter(prefix: string): string {
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return `RowKey ge ${quoted(prefix)} and RowKey lt ${quoted(end)}`;
}

/**
 * The partition that holds the copies of one key among keys of the same beginning: the key
 * without its last two characters (`F2026-1042` → `F2026-10`, about 100 invoices of consecutive
 * numbers per partition), so that writes for many invoices go in transactions of 100 instead of
 * one request each. The rows are `<encoded key>|<id>` (see `listRowPrefixAndGroups`).
 */
export function bucketOf(key: string): string {
  return encodeKey([...key].slice(0, -2).join(''));
}

export const bucketRowKey = (key: string, id: string) => `${encodeKey(key)}|${id}`;

/**
 * A row that holds several items of one partition at once (issue 19: a statement's payments or
 * journal copies written as a few dozen rows instead of one per item — Azurite spends as much per
 * row as per kilobyte). Its RowKey starts with `!g-`, which no encoded key starts with
 * (`encodeKey` writes letters, digits, `-_.~` only), and its items are read back by their own key.
 */
export const GROUP_ROW = '!g-';
/** The RowKey range of the group rows of a partition, for a query filter. */
export const groupRowsFilter = `(RowKey ge '${GROUP_ROW}' and RowKey lt '!g.')`;
/** Characters of one group row's items at most (Azure and Azurite refuse a string over 32 KiB). */
export const GROUP_ROW_CHARS = 30_000;
/**
 * Group rows per transaction at most: about 240 000 characters, the size of a transaction of 100
 * ordinary rows. Azure would take 4 MiB, but a body of a megabyte gives Azurite on a loaded machine
 * seconds of parsing against a try's 3 s deadline (a test's seed aborted at load 7 after the group
 * rows came, the likely cause), and 8 instead of 32 costs a statement of 10 000 lines about a
 * hundred more requests out of 2 300.
 */
export const GROUP_ROWS_PER_TRANSACTION = 8;

/**
 * Items split into lists whose serialized items (JSON strings) add up to `GROUP_ROW_CHARS`
 * characters at most, in their order.
 */
export function groupsOf(serialized: readonly string[]): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let size = 2;
  for (const item of serialized) {
    if (group.length > 0 && size + item.length + 1 > GROUP_ROW_CHARS) {
      groups.push(group);
      group = [];
      size = 2;
    }
    group.push(item);
    size += item.length + 1;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * Items packed into group rows whose text (a JSON array) is stored deflated, in base64, within
 * `GROUP_ROW_CHARS` characters (issue 19: Azurite parses, copies and stores every character of a
 * request, about 26 ms of its CPU per megabyte measured on 30 000-character rows — a statement's
 * journal copies are 14 MB as JSON, about a tenth deflated). Items are gathered up to ten times
 * that many characters of JSON, and a group whose deflated text is still too long is halved.
 * `text` is the JSON array (what a checksum covers), `deflated` what the row stores.
 */
export function deflatedGroupsOf(
  serialized: readonly string[],
): Array<{ items: string[]; text: string; deflated: string }> {
  const out: Array<{ items: string[]; text: string; deflated: string }> = [];
  const pack = (items: string[]) => {
    const text = `[${items.join(',')}]`;
    const deflated = deflateRawSync(Buffer.from(text, 'utf8'), { level: DEFLATE_LEVEL }).toString('base64');
    if (deflated.length <= GROUP_ROW_CHARS || items.length === 1) {
      out.push({ items, text, deflated });
      return;
    }
    const half = Math.ceil(items.length / 2);
    pack(items.slice(0, half));
    pack(items.slice(half));
  };
  let group: string[] = [];
  let size = 2;
  for (const item of serialized) {
    if (group.length > 0 && size + item.length + 1 > GROUP_ROW_CHARS * DEFLATED_GROUP_RATIO) {
      pack(group);
      group = [];
      size = 2;
    }
    group.push(item);
    size += item.length + 1;
  }
  if (group.length > 0) pack(group);
  return out;
}

/** The JSON text of a deflated group row's `deflated` column (see `deflatedGroupsOf`). */
export function inflatedText(deflated: string): string {
  return inflateRawSync(Buffer.from(deflated, 'base64')).toString('utf8');
}

/** JSON characters gathered per deflated group row, in `GROUP_ROW_CHARS`: journal entries deflate about 10 to 1. */
const DEFLATED_GROUP_RATIO = 8;
/** zlib's level 3: as small as its default for these rows (10,3 against 11,2 to 1), twice as fast. */
const DEFLATE_LEVEL = 3;

/** The rows whose RowKey begins with `prefix`, and the partition's group rows, in one query. */
export async function listRowPrefixAndGroups<T extends object>(
  client: TableClient,
  partitionKey: string,
  prefix: string,
): Promise<TableEntityResult<T>[]> {
  return listWhere<T>(
    client,
    `PartitionKey eq ${quoted(partitionKey)} and ((${rowPrefixFilter(prefix)}) or ${groupRowsFilter})`,
  );
}

export async function getEntityOrNull<T extends object>(
  client: TableClient,
  partitionKey: string,
  rowKey: string,
): Promise<TableEntityResult<T> | null> {
  try {
    return await client.getEntity<T>(partitionKey, rowKey);
  } catch (error) {
    if (isStatus(error, 404)) return null;
    throw error;
  }
}

/**
 * Transactions of up to 100 writes in flight at once: each is a hundred times heavier than a single
 * write, and more at once only queue behind each other at the storage (Azurite handles one at a
 * time) until the last ones pass their 3 s deadline on a busy machine.
 */
const TRANSACTIONS_IN_FLIGHT = 4;

/**
 * Writes entities with entity-group transactions: grouped by partition, 100 operations at most per
 * transaction (the service's limit), several transactions in flight at once.
 */
export async function submitInBatches(
  client: TableClient,
  actions: readonly TransactionAction[],
  concurrency = TRANSACTIONS_IN_FLIGHT,
): Promise<void> {
  await runBatches(batchesByPartition(actions), concurrency, (batch) => submitTransaction(client, batch));
}

/**
 * Like `submitInBatches`, for writes that update rows expected to exist (under « * »): a
 * transaction refused because one of its rows is missing (404) is done again with its updates as
 * upserts of the same mode. Other failures are thrown.
 */
export async function updateOrUpsertInBatches(
  client: TableClient,
  actions: readonly TransactionAction[],
  concurrency = TRANSACTIONS_IN_FLIGHT,
): Promise<void> {
  await runBatches(batchesByPartition(actions), concurrency, async (batch) => {
    try {
      await submitTransaction(client, batch);
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
      await submitTransaction(
        client,
        batch.map((action): TransactionAction =>
          action[0] === 'update'
            ? ['upsert', action[1], (action[2] as 'Merge' | 'Replace' | undefined) ?? 'Merge']
            : action,
        ),
      );
    }
  });
}

/** Transactions of at most `size` actions, each within one partition, the last action on a row winning. */
function batchesByPartition(actions: readonly TransactionAction[], size = 100): TransactionAction[][] {
  // A transaction may not touch the same row twice: the last action on a row wins.
  const byPartition = new Map<string, Map<string, TransactionAction>>();
  for (const action of actions) {
    const entity = action[1] as TableEntity;
    let rows = byPartition.get(entity.partitionKey);
    if (!rows) byPartition.set(entity.partitionKey, (rows = new Map()));
    rows.delete(entity.rowKey);
    rows.set(entity.rowKey, action);
  }
  const batches: TransactionAction[][] = [];
  for (const rows of byPartition.values()) {
    const list = [...rows.values()];
    for (let i = 0; i < list.length; i += size) batches.push(list.slice(i, i + size));
  }
  return batches;
}

async function runBatches(
  batches: readonly TransactionAction[][],
  concurrency: number,
  submit: (batch: TransactionAction[]) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < batches.length) await submit(batches[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
}

/**
 * Like `submitInBatches`, for writes where many partitions get one write only (a journal entry's
 * customer): a partition with one write gets a plain request (cheaper than a one-operation
 * transaction), the others transactions of 100. The plain requests run `concurrency` at a time,
 * the transactions `TRANSACTIONS_IN_FLIGHT` at a time.
 * Only creates and upserts.
 */
export async function writeGrouped(
  client: TableClient,
  actions: readonly TransactionAction[],
  concurrency = 16,
  perTransaction = 100,
): Promise<void> {
  const batches = batchesByPartition(actions, perTransaction);
  await Promise.all([
    runBatches(
      batches.filter((b) => b.length > 1),
      TRANSACTIONS_IN_FLIGHT,
      (batch) => submitTransaction(client, batch),
    ),
    runBatches(
      batches.filter((b) => b.length === 1),
      concurrency,
      async ([only]) => {
        if (only![0] === 'create') await client.createEntity(only![1] as TableEntity);
        else if (only![0] === 'upsert')
          await client.upsertEntity(
            only![1] as TableEntity,
            (only![2] as 'Merge' | 'Replace' | undefined) ?? 'Merge',
          );
        else await submitTransaction(client, [only!]);
      },
    ),
  ]);
}

/**
 * Deletes rows (absent rows are fine), in transactions of 100 per partition. A transaction fails
 * whole when one of its rows is already gone (another writer, an earlier run): that transaction's
 * rows are then deleted one by one, each 404 ignored.
 */
export async function deleteInBatches(
  client: TableClient,
  rows: ReadonlyArray<{ partitionKey: string; rowKey: string }>,
  concurrency = TRANSACTIONS_IN_FLIGHT,
): Promise<void> {
  const actions = rows.map((r): TransactionAction => [
    'delete',
    { partitionKey: r.partitionKey, rowKey: r.rowKey },
  ]);
  const deleteOne = async (entity: TableEntity) => {
    try {
      await client.deleteEntity(entity.partitionKey, entity.rowKey);
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    }
  };
  await runBatches(batchesByPartition(actions), concurrency, async (batch) => {
    if (batch.length === 1) return deleteOne(batch[0]![1] as TableEntity);
    try {
      await submitTransaction(client, batch);
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
      for (const [, entity] of batch) await deleteOne(entity as TableEntity);
    }
  });
}
