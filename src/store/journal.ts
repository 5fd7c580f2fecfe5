/**
 * The decision journal: append-only. Entries are written with `createEntity` only — never upsert,
 * update or delete — so an entry, once written, cannot be changed through Relances; the class has
 * no method to do so. Each entry carries the SHA-256 of its content, checked on every read.
 *
 * Partitions (one table, the same entry copied under each partition a question needs):
 * `day-YYYY-MM-DD` (what was done yesterday, this week), RowKey = the entry id, which sorts by
 * time; the invoice's copy (« historique F2026-0042 », the Aptos dossier) under
 * `inv2-<number without its last 2 characters>` and the customer's (« historique client Biocoop »)
 * under `cust2-<code without its last 2 characters>`, RowKey `<number or code>|<entry id>`, read
 * as a RowKey range: about 100 invoices of consecutive numbers (customers of close codes) share a
 * partition, so a statement journaling thousands of payments writes these copies in transactions
 * of 100 rather than one request per invoice and per customer (issue 19).
 *
 * Before issue 19 these copies were under `inv-<number>` and `cust-<code>`, RowKey the entry id.
 * Those entries are still read (`listForInvoice` and `listForCustomer` read both layouts, each
 * entry checked against its SHA-256): the journal is append-only, so nothing is moved and nothing
 * is lost.
 */
import { createHash, randomBytes } from 'node:crypto';
import { addDays, calendarDateAt, type CalendarDate, type Clock } from '../domain/calendar-date';
import type { Journal } from '../application/ports';
import type { JournalEntry, NewJournalEntry } from '../domain/journal';
import type { TransactionAction } from '@azure/data-tables';
import {
  bucketOf,
  bucketRowKey,
  encodeKey,
  listPartition,
  listRowPrefix,
  writeGrouped,
  type TableStorage,
} from './table-storage';

interface JournalRow {
  entry: string;
  sha256: string;
}

export class JournalIntegrityError extends Error {}

const dayPartition = (date: CalendarDate) => `day-${date}`;
/** Before issue 19: one partition per invoice (still read). */
const oldInvoicePartition = (number: string) => `inv-${encodeKey(number)}`;
const invoicePartition = (number: string) => `inv2-${bucketOf(number)}`;
/** Before issue 19: one partition per customer (still read). */
const oldCustomerPartition = (code: string) => `cust-${encodeKey(code)}`;
const customerPartition = (code: string) => `cust2-${bucketOf(code)}`;

function digest(entry: string): string {
  return createHash('sha256').update(entry).digest('hex');
}

export class TableJournal implements Journal {
  private sequence = 0;

  constructor(
    private readonly storage: TableStorage,
    private readonly clock: Clock,
  ) {}

  private get table() {
    return this.storage.table('Journal');
  }

  async append(input: NewJournalEntry): Promise<JournalEntry> {
    const [entry, rows] = this.prepare(input);
    await Promise.all(rows.map((row) => this.table.createEntity(row)));
    return entry;
  }

  async appendMany(inputs: readonly NewJournalEntry[]): Promise<JournalEntry[]> {
    const prepared = inputs.map((input) => this.prepare(input));
    // Creations only, grouped by partition (a day's entries share one), 100 to a transaction.
    await writeGrouped(
      this.table,
      prepared.flatMap(([, rows]) => rows.map((row): TransactionAction => ['create', { ...row }])),
      16,
    );
    return prepared.map(([entry]) => entry);
  }

  private prepare(
    input: NewJournalEntry,
  ): [JournalEntry, Array<{ partitionKey: string; rowKey: string } & JournalRow>] {
    const now = this.clock.now();
    // Time first, then a per-process sequence (several entries in one millisecond keep their order),
    // then randomness (several processes).
    const sequence = (this.sequence = (this.sequence + 1) % 1_000_000);
    const id = `${now.getTime().toString().padStart(15, '0')}-${sequence.toString().padStart(6, '0')}-${randomBytes(4).toString('hex')}`;
    const entry: JournalEntry = { ...input, id, at: now.toISOString(), date: calendarDateAt(now) };
    const serialized = JSON.stringify(entry);
    const row: JournalRow = { entry: serialized, sha256: digest(serialized) };
    const keys = [
      { partitionKey: dayPartition(entry.date), rowKey: id },
      ...[...new Set(input.target.invoiceNumbers ?? [])].map((n) => ({
        partitionKey: invoicePartition(n),
        rowKey: bucketRowKey(n, id),
      })),
      ...[...new Set(input.target.customerCodes ?? [])].map((c) => ({
        partitionKey: customerPartition(c),
        rowKey: bucketRowKey(c, id),
      })),
    ];
    return [entry, keys.map((key) => ({ ...key, ...row }))];
  }

  private async read(partitionKey: string): Promise<JournalEntry[]> {
    return this.check(await listPartition<JournalRow>(this.table, partitionKey));
  }

  private check(rows: ReadonlyArray<JournalRow & { rowKey?: string }>): JournalEntry[] {
    return rows
      .map((row) => {
        if (digest(row.entry) !== row.sha256)
          throw new JournalIntegrityError(`journal entry ${row.rowKey} was altered`);
        return JSON.parse(row.entry) as JournalEntry;
      })
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  listForInvoice(invoiceNumber: string): Promise<JournalEntry[]> {
    return this.readCopies(
      invoicePartition(invoiceNumber),
      oldInvoicePartition(invoiceNumber),
      invoiceNumber,
    );
  }

  listForCustomer(customerCode: string): Promise<JournalEntry[]> {
    return this.readCopies(customerPartition(customerCode), oldCustomerPartition(customerCode), customerCode);
  }

  /** The copies of one invoice's or customer's entries: its rows of the shared partition, and the old layout's. */
  private async readCopies(
    partitionKey: string,
    oldPartitionKey: string,
    key: string,
  ): Promise<JournalEntry[]> {
    const [rows, old] = await Promise.all([
      listRowPrefix<JournalRow>(this.table, partitionKey, bucketRowKey(key, '')),
      listPartition<JournalRow>(this.table, oldPartitionKey),
    ]);
    return this.check([...old, ...rows]);
  }

  async listForDays(from: CalendarDate, to: CalendarDate): Promise<JournalEntry[]> {
    const days: CalendarDate[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
    return (await Promise.all(days.map((d) => this.read(dayPartition(d))))).flat();
  }
}
