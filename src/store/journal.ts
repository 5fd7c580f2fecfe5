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
 * Entries appended together (a statement's) that share one of these partitions — their day, or
 * an invoice's or customer's copies — are written there as group rows, `!g-<hash of their ids>`:
 * column `entries` the entries as a JSON array (30 000 characters at most), `sha256` its SHA-256,
 * checked on every read; a reader keeps the entries of its own invoice or customer. A 10 000-line
 * statement writes about 560 rows instead of 28 600 (issue 19: Azurite spends its time per
 * row). Created like every other row, never changed.
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
  GROUP_ROW,
  GROUP_ROWS_PER_TRANSACTION,
  deflatedGroupsOf,
  inflatedText,
  listPartition,
  listRowPrefixAndGroups,
  writeGrouped,
  type TableStorage,
} from './table-storage';

interface JournalRow {
  entry: string;
  sha256: string;
}

/**
 * Several entries copied under one partition (see above): their JSON array deflated in base64
 * (`deflated`), or as it is (`entries`, group rows written before entries were deflated); `sha256`
 * is the SHA-256 of the JSON array either way.
 */
type GroupRow = { sha256: string } & ({ deflated: string } | { entries: string });

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
    // Creations only: the day's rows, the invoice's and the customer's copies as group rows where a
    // partition gets several (an entry once per partition), 8 to a transaction; the others alone.
    const rows: TransactionAction[] = [];
    // Per partition, per entry: its rows there (one per invoice or customer of it in the partition).
    const copies = new Map<
      string,
      Map<string, Array<{ partitionKey: string; rowKey: string } & JournalRow>>
    >();
    for (const [entry, entryRows] of prepared)
      for (const row of entryRows) {
        let entries = copies.get(row.partitionKey);
        if (!entries) copies.set(row.partitionKey, (entries = new Map()));
        const list = entries.get(entry.id);
        if (list) list.push(row);
        else entries.set(entry.id, [row]);
      }
    const groups: TransactionAction[] = [];
    for (const [partitionKey, entries] of copies) {
      if (entries.size === 1) {
        for (const list of entries.values()) for (const row of list) rows.push(['create', { ...row }]);
        continue;
      }
      const ids = [...entries.keys()];
      let at = 0;
      // Each entry once, whichever of its invoices or customers the partition holds.
      for (const group of deflatedGroupsOf([...entries.values()].map((list) => list[0]!.entry))) {
        const members = ids.slice(at, (at += group.items.length));
        groups.push([
          'create',
          {
            partitionKey,
            rowKey: `${GROUP_ROW}${digest(members.join(',')).slice(0, 40)}`,
            deflated: group.deflated,
            sha256: digest(group.text),
          },
        ]);
      }
    }
    await Promise.all([
      writeGrouped(this.table, rows, 16),
      writeGrouped(this.table, groups, 16, GROUP_ROWS_PER_TRANSACTION),
    ]);
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
    // A day's group rows hold that day's entries only: every entry of them is wanted.
    return this.check(await listPartition<JournalRow | GroupRow>(this.table, partitionKey));
  }

  private check(
    rows: ReadonlyArray<(JournalRow | GroupRow) & { rowKey?: string }>,
    /** For a group row: which of its entries the reader wants. */
    wanted: (entry: JournalEntry) => boolean = () => true,
  ): JournalEntry[] {
    return rows
      .flatMap((row) => {
        const text =
          'deflated' in row ? inflatedText(row.deflated) : 'entries' in row ? row.entries : row.entry;
        if (digest(text) !== row.sha256)
          throw new JournalIntegrityError(`journal entry ${row.rowKey} was altered`);
        if (!row.rowKey?.startsWith(GROUP_ROW)) return [JSON.parse(text) as JournalEntry];
        return (JSON.parse(text) as JournalEntry[]).filter(wanted);
      })
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  listForInvoice(invoiceNumber: string): Promise<JournalEntry[]> {
    return this.readCopies(
      invoicePartition(invoiceNumber),
      oldInvoicePartition(invoiceNumber),
      invoiceNumber,
      (entry) => entry.target.invoiceNumbers?.includes(invoiceNumber) ?? false,
    );
  }

  listForCustomer(customerCode: string): Promise<JournalEntry[]> {
    return this.readCopies(
      customerPartition(customerCode),
      oldCustomerPartition(customerCode),
      customerCode,
      (entry) => entry.target.customerCodes?.includes(customerCode) ?? false,
    );
  }

  /**
   * The copies of one invoice's or customer's entries: its rows of the shared partition, the
   * partition's group rows (only their entries of this key), and the old layout's.
   */
  private async readCopies(
    partitionKey: string,
    oldPartitionKey: string,
    key: string,
    wanted: (entry: JournalEntry) => boolean,
  ): Promise<JournalEntry[]> {
    const [rows, old] = await Promise.all([
      listRowPrefixAndGroups<JournalRow | GroupRow>(this.table, partitionKey, bucketRowKey(key, '')),
      listPartition<JournalRow>(this.table, oldPartitionKey),
    ]);
    return this.check([...old, ...rows], wanted);
  }

  async listForDays(from: CalendarDate, to: CalendarDate): Promise<JournalEntry[]> {
    const days: CalendarDate[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
    return (await Promise.all(days.map((d) => this.read(dayPartition(d))))).flat();
  }
}
