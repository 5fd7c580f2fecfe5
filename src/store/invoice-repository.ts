/**
 * Invoices in Azure Tables.
 *
 * Keys, chosen for the queries that matter at 100k invoices:
 * - `Invoices` (the source of truth, ETag concurrency): PartitionKey = customer code,
 *   RowKey = invoice number. « Tout ce que doit le client C » is one partition query; a known
 *   invoice is a point read.
 * - `OpenInvoices` (derived copies): PartitionKey `open`, a full copy of every invoice neither paid
 *   nor written off. The daily job and the receivables KPIs read this table — about 10 % of the
 *   history — never the whole history. (A table of its own: Azurite scans a whole table for a
 *   partition query, so sharing one with the views below made this read 20× slower there.)
 * - `InvoiceViews` (derived copies; both rebuilt from `Invoices` by `rebuildViews`):
 *   - PartitionKey `due-YYYY-MM`: a full copy of every invoice due that month (« impayés du mois M »
 *     is one partition query per month).
 *   - PartitionKey `num`: invoice number → customer code, to find an invoice from its number alone.
 * Every write goes to the truth first (with its ETag), then to the views. A view can lag behind
 * only if a process dies between the two writes; readers that act on an invoice re-read the truth
 * first (the escalation guard), and `rebuildViews` repairs the views.
 *
 * The reads the questions repeat (open, a month's due partition, a customer's partition) go through
 * the ledger's read model (./read-model.ts): kept in this process while the ledger's version in
 * storage is unchanged. Every write here bumps that version once done.
 */
import type { TableEntity, TableEntityResult, TransactionAction } from '@azure/data-tables';
import type { CalendarDate, MonthKey } from '../domain/calendar-date';
import { monthKey } from '../domain/calendar-date';
import {
  isClosed,
  type DunningState,
  type Invoice,
  type InvoiceStatus,
  type WriteOff,
} from '../domain/ledger';
import { cents } from '../domain/money';
import {
  ConcurrencyError,
  type InvoiceChange,
  type InvoiceRepository,
  type InvoiceSave,
  type Versioned,
} from '../application/ports';
import { LedgerReadModel } from './read-model';
import {
  decodeKey,
  deleteInBatches,
  encodeKey,
  getEntityOrNull,
  isStatus,
  listPartition,
  listPartitionRange,
  submitInBatches,
  updateOrUpsertInBatches,
  type TableStorage,
} from './table-storage';
import { settledTogether } from '../application/ledger/concurrently';
import { submitTransaction } from './transaction';

interface InvoiceRow {
  number: string;
  customerCode: string;
  issueDate: string;
  dueDate: string;
  amountExclTax: number;
  vatAmount: number;
  amountInclTax: number;
  amountPaid: number;
  currency: string;
  orderRef: string;
  deliveryRef?: string;
  status: string;
  dunning: string;
  closedOn: string;
  appliedPaymentIds: string;
  writeOffs?: string;
}

interface NumberRow {
  customerCode: string;
}

const OPEN = 'open';
const NUMBERS = 'num';
const duePartition = (month: MonthKey) => `due-${month}`;
const MAX_ATTEMPTS = 8;
/** Customers read by one range query at most (about ten invoices each: a page or two). */
const RANGE_CUSTOMERS = 100;

function toRow(invoice: Invoice): InvoiceRow {
  return {
    number: invoice.number,
    customerCode: invoice.customerCode,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amountExclTax: invoice.amountExclTax,
    vatAmount: invoice.vatAmount,
    amountInclTax: invoice.amountInclTax,
    amountPaid: invoice.amountPaid,
    currency: invoice.currency,
    orderRef: invoice.orderRef ?? '',
    deliveryRef: invoice.deliveryRef ?? '',
    status: invoice.status,
    dunning: JSON.stringify(invoice.dunning),
    closedOn: invoice.closedOn ?? '',
    appliedPaymentIds: JSON.stringify(invoice.appliedPaymentIds),
    writeOffs: invoice.writeOffs?.length ? JSON.stringify(invoice.writeOffs) : '',
  };
}

function fromRow(row: InvoiceRow): Invoice {
  return {
    number: row.number,
    customerCode: row.customerCode,
    issueDate: row.issueDate as CalendarDate,
    dueDate: row.dueDate as CalendarDate,
    amountExclTax: cents(Number(row.amountExclTax)),
    vatAmount: cents(Number(row.vatAmount)),
    amountInclTax: cents(Number(row.amountInclTax)),
    amountPaid: cents(Number(row.amountPaid)),
    currency: 'EUR',
    orderRef: row.orderRef || null,
    // Absent from rows written before the column existed, and kept absent when empty.
    ...(row.deliveryRef ? { deliveryRef: row.deliveryRef } : {}),
    status: row.status as InvoiceStatus,
    dunning: JSON.parse(row.dunning) as DunningState,
    closedOn: (row.closedOn || null) as CalendarDate | null,
    appliedPaymentIds: row.appliedPaymentIds ? (JSON.parse(row.appliedPaymentIds) as string[]) : [],
    // « Passer en perte »: absent from rows written before the column existed, and when none.
    ...(row.writeOffs ? { writeOffs: JSON.parse(row.writeOffs) as WriteOff[] } : {}),
  };
}

const mainEntity = (invoice: Invoice) => ({
  partitionKey: encodeKey(invoice.customerCode),
  rowKey: encodeKey(invoice.number),
  ...toRow(invoice),
});

/**
 * Every column of an invoice row is written on every save (`toRow`: an empty string for an absent
 * value), so a Merge of the whole row leaves what a Replace would. Existing rows are merged: the
 * storage emulator (Azurite) replaces a row by removing it from and re-inserting it into its
 * in-memory table, a cost that grows with the table; a merge updates it in place, about 30 % less
 * at 20 000–50 000 rows (`npx tsx bench/azurite-row-cost.ts`, issue 19). Azure itself prices both alike.
 */
const WHOLE_ROW = 'Merge';

/**
 * The view rows an invoice should have, and the ones a previous version had that must go.
 * `previous` is null for an invoice known to be new, 'unknown' when it may have existed.
 */
function viewActions(next: Invoice, previous: Invoice | null | 'unknown'): TransactionAction[] {
  const rowKey = encodeKey(next.number);
  const row = toRow(next);
  // Rows the version read says exist are updated under « * » (Azurite looks the row up once
  // instead of twice, about 20 % less than an upsert: issue 19); a transaction that finds one
  // missing — a view that lagged — is done again as upserts (`updateOrUpsertInBatches`).
  const known = previous && previous !== 'unknown' ? previous : null;
  const dueKind = known && monthKey(known.dueDate) === monthKey(next.dueDate) ? 'update' : 'upsert';
  const actions: TransactionAction[] = [
    [dueKind, { partitionKey: duePartition(monthKey(next.dueDate)), rowKey, ...row }, WHOLE_ROW],
  ];
  // number → customer never changes for a known invoice of the same customer: not rewritten when a
  // payment or a decision changes it (issue 19: one write less per invoice a statement pays).
  if (!previous || previous === 'unknown' || previous.customerCode !== next.customerCode)
    actions.push(['upsert', { partitionKey: NUMBERS, rowKey, customerCode: next.customerCode }, 'Replace']);
  if (!isClosed(next))
    actions.push([
      known && !isClosed(known) ? 'update' : 'upsert',
      { partitionKey: OPEN, rowKey, ...row },
      WHOLE_ROW,
    ]);
  else if (previous === 'unknown' || (previous && !isClosed(previous))) {
    actions.push(['delete', { partitionKey: OPEN, rowKey }]);
  }
  if (previous && previous !== 'unknown' && monthKey(previous.dueDate) !== monthKey(next.dueDate)) {
    actions.push(['delete', { partitionKey: duePartition(monthKey(previous.dueDate)), rowKey }]);
  }
  return actions;
}

export class TableInvoiceRepository implements InvoiceRepository {
  constructor(
    private readonly storage: TableStorage,
    private readonly readModel = new LedgerReadModel(storage, { cache: false }),
  ) {}

  private get main() {
    return this.storage.table('Invoices');
  }

  private get views() {
    return this.storage.table('InvoiceViews');
  }

  private get open() {
    return this.storage.table('OpenInvoices');
  }

  /** The open copies live in their own table; the other views share one. */
  private tableFor(partitionKey: string) {
    return partitionKey === OPEN ? this.open : this.views;
  }

  async getVersioned(customerCode: string, number: string): Promise<Versioned<Invoice> | null> {
    const row = await getEntityOrNull<InvoiceRow>(this.main, encodeKey(customerCode), encodeKey(number));
    return row ? { value: fromRow(row), etag: row.etag } : null;
  }

  async get(customerCode: string, number: string): Promise<Invoice | null> {
    return (await this.getVersioned(customerCode, number))?.value ?? null;
  }

  async findByNumber(number: string): Promise<Invoice | null> {
    const pointer = await getEntityOrNull<NumberRow>(this.views, NUMBERS, encodeKey(number));
    return pointer ? this.get(pointer.customerCode, number) : null;
  }

  /** Every invoice number with its customer: one partition of small rows (imports of payments). */
  async listNumberIndex(): Promise<Map<string, { customerCode: string }>> {
    const rows = await listPartition<NumberRow>(this.views, NUMBERS);
    return new Map(rows.map((row) => [decodeKey(row.rowKey ?? ''), { customerCode: row.customerCode }]));
  }

  async listByCustomerVersioned(customerCode: string): Promise<Versioned<Invoice>[]> {
    const rows = await listPartition<InvoiceRow>(this.main, encodeKey(customerCode));
    return rows.map((row) => ({ value: fromRow(row), etag: row.etag }));
  }

  /**
   * Runs of customers adjacent among the known ones (at most `RANGE_CUSTOMERS` each) are read by a
   * PartitionKey range — a statement paying most customers reads the ledger in a few dozen
   * queries instead of one per customer (on Azurite every query scans the whole table); a customer
   * alone between others not wanted is read by its partition. Rows of customers not wanted (an
   * invoice whose customer is not known) are left out.
   */
  async listByCustomersVersioned(
    codes: readonly string[],
    known: readonly string[],
  ): Promise<Versioned<Invoice>[]> {
    const wanted = new Set(codes.map(encodeKey));
    const order = [...new Set([...known.map(encodeKey), ...wanted])].sort((a, b) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    const runs: string[][] = [];
    let run: string[] = [];
    for (const key of order) {
      if (wanted.has(key)) run.push(key);
      if ((!wanted.has(key) || run.length === RANGE_CUSTOMERS) && run.length > 0) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
    const out: Versioned<Invoice>[] = [];
    let next = 0;
    const worker = async () => {
      while (next < runs.length) {
        const keys = runs[next++]!;
        const rows =
          keys.length === 1
            ? await listPartition<InvoiceRow>(this.main, keys[0]!)
            : await listPartitionRange<InvoiceRow>(this.main, keys[0]!, keys[keys.length - 1]!);
        for (const row of rows)
          if (wanted.has(row.partitionKey ?? '')) out.push({ value: fromRow(row), etag: row.etag });
      }
    };
    await Promise.all(Array.from({ length: Math.min(4, runs.length) }, worker));
    return out;
  }

  async listByCustomer(customerCode: string): Promise<Invoice[]> {
    return this.readModel.read(`customer:${customerCode}`, async () =>
      (await listPartition<InvoiceRow>(this.main, encodeKey(customerCode))).map(fromRow),
    );
  }

  async listOpen(): Promise<Invoice[]> {
    return this.readModel.read('open', async () =>
      (await listPartition<InvoiceRow>(this.open, OPEN)).map(fromRow),
    );
  }

  async listDueIn(months: readonly MonthKey[]): Promise<Invoice[]> {
    const perMonth = await Promise.all(
      months.map((m) =>
        this.readModel.read(`due:${m}`, async () =>
          (await listPartition<InvoiceRow>(this.views, duePartition(m))).map(fromRow),
        ),
      ),
    );
    return perMonth.flat();
  }

  /**
   * The history read with the status filter pushed to storage (only the written-off rows travel),
   * kept by the read model: write-offs are not indexed by closing date.
   */
  async listWrittenOff(): Promise<Invoice[]> {
    return this.readModel.read('written_off', async () => {
      const rows: Invoice[] = [];
      // Written off in full, or closed as paid after a part was written off (the open ones are
      // read as open): every invoice whose losses count.
      const filter = `status eq 'written_off' or (status eq 'paid' and writeOffs ne '')`;
      for await (const page of this.main
        .listEntities<InvoiceRow>({ queryOptions: { filter } })
        .byPage({ maxPageSize: 1000 }))
        for (const row of page) rows.push(fromRow(row));
      return rows;
    });
  }

  async *scanAll(): AsyncIterable<Invoice> {
    for await (const page of this.main.listEntities<InvoiceRow>().byPage({ maxPageSize: 1000 })) {
      for (const row of page) yield fromRow(row);
    }
  }

  async upsertMany(invoices: readonly Invoice[]): Promise<void> {
    await this.readModel.writing(() =>
      this.submit(
        invoices.map((next) => ({ next, previous: null })),
        'upsert',
      ),
    );
  }

  /**
   * Saves computed changes in transactions, each conditioned on the ETag it was computed from.
   * Returns the changes that lost a race (their partition's transaction was refused): the caller
   * recomputes them from a fresh read (see `modify`).
   */
  async saveMany(changes: readonly InvoiceSave[]): Promise<InvoiceSave[]> {
    return this.readModel.writing(() => this.submit(changes, 'conditional'));
  }

  private async submit(
    changes: readonly InvoiceSave[],
    mode: 'upsert' | 'conditional',
  ): Promise<InvoiceSave[]> {
    const byPartition = new Map<string, InvoiceSave[]>();
    for (const change of changes) {
      const key = encodeKey(change.next.customerCode);
      const list = byPartition.get(key);
      if (list) list.push(change);
      else byPartition.set(key, [change]);
    }
    const lost: InvoiceSave[] = [];
    const saved: InvoiceSave[] = [];
    const groups = [...byPartition.values()].flatMap((list) => chunk(list, 100));
    let next = 0;
    const worker = async () => {
      while (next < groups.length) {
        const group = groups[next++]!;
        const actions: TransactionAction[] = group.map((change) => {
          const entity = mainEntity(change.next);
          if (mode === 'upsert') return ['upsert', entity, 'Replace'];
          return change.previous
            ? ['update', entity, WHOLE_ROW, { etag: change.previous.etag }]
            : ['create', entity];
        });
        try {
          await submitTransaction(this.main, actions);
          saved.push(...group);
        } catch (error) {
          if (mode === 'conditional' && (isStatus(error, 412) || isStatus(error, 409))) lost.push(...group);
          else throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, groups.length) }, worker));
    const actions = saved.flatMap((c) =>
      viewActions(c.next, mode === 'upsert' ? 'unknown' : (c.previous?.value ?? null)),
    );
    const writes = actions.filter((a) => a[0] !== 'delete');
    // The views' rows are distinct rows of two tables: written side by side (issue 19), each
    // failure reported once they all ended.
    await settledTogether([
      updateOrUpsertInBatches(
        this.views,
        writes.filter((a) => (a[1] as TableEntity).partitionKey !== OPEN),
      ),
      updateOrUpsertInBatches(
        this.open,
        writes.filter((a) => (a[1] as TableEntity).partitionKey === OPEN),
      ),
      this.deleteRows(actions.filter((a) => a[0] === 'delete')),
    ]);
    return lost;
  }

  /**
   * Deletes in transactions of 100 per partition (a statement closing a thousand invoices deletes
   * their open copies in ten requests, not a thousand); a transaction that fails because one of
   * its rows is already gone is done again one row at a time (./table-storage.ts).
   */
  private async deleteRows(deletes: readonly TransactionAction[]): Promise<void> {
    const rows = deletes.map(([, entity]) => entity as { partitionKey: string; rowKey: string });
    await Promise.all([
      deleteInBatches(
        this.open,
        rows.filter((r) => r.partitionKey === OPEN),
      ),
      deleteInBatches(
        this.views,
        rows.filter((r) => r.partitionKey !== OPEN),
      ),
    ]);
  }

  async modify(customerCode: string, number: string, change: InvoiceChange): Promise<Invoice | null> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.getVersioned(customerCode, number);
      if (!current) return null;
      const next = change(current.value);
      if (!next) return current.value;
      try {
        await this.main.updateEntity(mainEntity(next), 'Replace', { etag: current.etag });
      } catch (error) {
        if (isStatus(error, 412)) {
          await new Promise((r) => setTimeout(r, Math.random() * 10 * (attempt + 1)));
          continue;
        }
        // The write may have happened (a timeout after the service applied it).
        await this.readModel.changed();
        throw error;
      }
      await this.readModel.writing(() => this.writeViews(next, current.value));
      return next;
    }
    throw new ConcurrencyError(`invoice ${number}`);
  }

  private async writeViews(next: Invoice, previous: Invoice | null): Promise<void> {
    await Promise.all(
      viewActions(next, previous).map(async ([kind, entity]) => {
        if (kind === 'delete') {
          try {
            await this.tableFor(entity.partitionKey).deleteEntity(entity.partitionKey, entity.rowKey);
          } catch (error) {
            if (!isStatus(error, 404)) throw error;
          }
        } else await this.tableFor(entity.partitionKey).upsertEntity(entity, 'Replace');
      }),
    );
  }

  /** Rewrites every view from the source of truth (repair after a crash between two writes). */
  async rebuildViews(): Promise<number> {
    return this.readModel.writing(() => this.rewriteViews());
  }

  private async rewriteViews(): Promise<number> {
    for (const table of [this.views, this.open]) {
      const stale: TableEntityResult<Record<string, unknown>>[] = [];
      for await (const page of table.listEntities().byPage({ maxPageSize: 1000 })) stale.push(...page);
      await Promise.all(
        stale.map((row) =>
          table.deleteEntity(row.partitionKey ?? '', row.rowKey ?? '').catch(() => undefined),
        ),
      );
    }
    const all: Invoice[] = [];
    for await (const invoice of this.scanAll()) all.push(invoice);
    const writes = all.flatMap((invoice) => viewActions(invoice, null)).filter((a) => a[0] !== 'delete');
    await submitInBatches(
      this.views,
      writes.filter((a) => (a[1] as TableEntity).partitionKey !== OPEN),
    );
    await submitInBatches(
      this.open,
      writes.filter((a) => (a[1] as TableEntity).partitionKey === OPEN),
    );
    return all.length;
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
