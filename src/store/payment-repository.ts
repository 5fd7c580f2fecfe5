/**
 * Payments in Azure Tables, written under two partitions of one table:
 * - `inv2-<number without its last 2 characters>`, RowKey `<number>|<id>`: the payments of an
 *   invoice (for its dossier), read as a RowKey range. About 100 invoices of consecutive numbers
 *   share a partition, so a statement paying thousands of invoices writes them in transactions of
 *   100 rather than one request per invoice (issue 19).
 * - `month-YYYY-MM`, RowKey the id (« encaissé ce mois »).
 * The id is the payment's deterministic id, so recording the same payment twice is a no-op.
 *
 * Several payments recorded together under one partition (a statement's, a FEC's) are written as
 * group rows (`!g-<hash of their ids>`, column `payments`: their rows as a JSON array of at most
 * 30 000 characters) rather than one row each: a 10 000-line statement writes about 240 rows
 * instead of 21 000, which is what Azurite spent its time on (issue 19). Readers expand them and
 * keep each payment once by id, so a payment recorded again — alone, or in another group — is
 * still one payment.
 *
 * Before issue 19 an invoice's payments were written under `inv-<number>` (RowKey the id). Those
 * rows are still read: `listByInvoice` reads both layouts and keeps each payment once, and
 * `record` tells a payment already recorded under the old layout as not new. Nothing is migrated
 * and nothing is lost.
 */
import type { CalendarDate, MonthKey } from '../domain/calendar-date';
import { monthKey } from '../domain/calendar-date';
import type { Payment } from '../domain/ledger';
import { cents } from '../domain/money';
import type { PaymentRepository } from '../application/ports';
import { createHash } from 'node:crypto';
import type { TransactionAction } from '@azure/data-tables';
import {
  bucketOf,
  bucketRowKey,
  encodeKey,
  getEntityOrNull,
  GROUP_ROW,
  GROUP_ROWS_PER_TRANSACTION,
  groupsOf,
  isStatus,
  listPartition,
  listRowPrefixAndGroups,
  writeGrouped,
  type TableStorage,
} from './table-storage';

interface PaymentRow {
  id: string;
  invoiceNumber: string;
  customerCode: string;
  date: string;
  amount: number;
  method: string;
  reference: string;
}

/** Before issue 19: one partition per invoice (still read). */
const oldByInvoice = (number: string) => `inv-${encodeKey(number)}`;
const byInvoice = (number: string) => `inv2-${bucketOf(number)}`;
const byMonth = (month: MonthKey) => `month-${month}`;

function toRow(p: Payment): PaymentRow {
  return {
    id: p.id,
    invoiceNumber: p.invoiceNumber,
    customerCode: p.customerCode,
    date: p.date,
    amount: p.amount,
    method: p.method ?? '',
    reference: p.reference ?? '',
  };
}

/** A row of several payments of one partition (see above). */
interface GroupRow {
  payments: string;
}

/** The payments a row holds: itself, or those of a group row. */
function paymentRowsOf(row: (PaymentRow | GroupRow) & { rowKey?: string }): PaymentRow[] {
  if (row.rowKey?.startsWith(GROUP_ROW)) return JSON.parse((row as GroupRow).payments) as PaymentRow[];
  return [row as PaymentRow];
}

function fromRow(r: PaymentRow): Payment {
  return {
    id: r.id,
    invoiceNumber: r.invoiceNumber,
    customerCode: r.customerCode,
    date: r.date as CalendarDate,
    amount: cents(Number(r.amount)),
    method: r.method || null,
    reference: r.reference || null,
  };
}

export class TablePaymentRepository implements PaymentRepository {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('Payments');
  }

  async record(payment: Payment): Promise<boolean> {
    const row = toRow(payment);
    const create = async () => {
      try {
        await this.table.createEntity({
          partitionKey: byInvoice(payment.invoiceNumber),
          rowKey: bucketRowKey(payment.invoiceNumber, payment.id),
          ...row,
        });
        return true;
      } catch (error) {
        if (!isStatus(error, 409)) throw error;
        return false;
      }
    };
    // A payment recorded before issue 19 is under the old layout: not new either.
    const [createdNow, old] = await Promise.all([
      create(),
      getEntityOrNull(this.table, oldByInvoice(payment.invoiceNumber), payment.id),
    ]);
    const created = createdNow && !old;
    // Upsert: repairs the month copy if a previous run died between the two writes.
    await this.table.upsertEntity(
      { partitionKey: byMonth(monthKey(payment.date)), rowKey: payment.id, ...row },
      'Replace',
    );
    return created;
  }

  async recordMany(payments: readonly Payment[]): Promise<void> {
    // Upserts of the same content under the same keys: recording again changes nothing. Both copies
    // share partitions (consecutive invoice numbers, a month): a partition that gets one payment
    // gets its row, one that gets several gets group rows, 8 to a transaction.
    const byPartition = new Map<string, Map<string, PaymentRow>>();
    for (const p of payments)
      for (const partitionKey of [byInvoice(p.invoiceNumber), byMonth(monthKey(p.date))]) {
        let rows = byPartition.get(partitionKey);
        if (!rows) byPartition.set(partitionKey, (rows = new Map()));
        rows.set(p.id, toRow(p));
      }
    const singles: TransactionAction[] = [];
    const groups: TransactionAction[] = [];
    for (const [partitionKey, rows] of byPartition) {
      if (rows.size === 1) {
        const [row] = rows.values();
        const rowKey = partitionKey.startsWith('month-')
          ? row!.id
          : bucketRowKey(row!.invoiceNumber, row!.id);
        singles.push(['upsert', { partitionKey, rowKey, ...row! }, 'Replace']);
        continue;
      }
      // In the order of their ids: the same payments make the same group rows every time.
      const sorted = [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const serialized = sorted.map((row) => JSON.stringify(row));
      let at = 0;
      for (const group of groupsOf(serialized)) {
        const ids = sorted.slice(at, (at += group.length)).map((row) => row.id);
        const rowKey = `${GROUP_ROW}${createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 40)}`;
        groups.push(['upsert', { partitionKey, rowKey, payments: `[${group.join(',')}]` }, 'Replace']);
      }
    }
    await Promise.all([
      writeGrouped(this.table, singles, 16),
      writeGrouped(this.table, groups, 16, GROUP_ROWS_PER_TRANSACTION),
    ]);
  }

  async listByInvoice(invoiceNumber: string): Promise<Payment[]> {
    const [rows, oldRows] = await Promise.all([
      listRowPrefixAndGroups<PaymentRow | GroupRow>(
        this.table,
        byInvoice(invoiceNumber),
        bucketRowKey(invoiceNumber, ''),
      ),
      listPartition<PaymentRow>(this.table, oldByInvoice(invoiceNumber)),
    ]);
    // Each payment once, whichever layout or row holds it (several, if recorded again).
    const byId = new Map<string, Payment>();
    for (const row of [...oldRows, ...rows]) {
      // A group row holds its neighbours' payments too.
      const grouped = row.rowKey?.startsWith(GROUP_ROW) ?? false;
      for (const payment of paymentRowsOf(row))
        if (!grouped || payment.invoiceNumber === invoiceNumber) byId.set(payment.id, fromRow(payment));
    }
    // In the order of their ids, as a partition of the old layout listed them.
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async listByMonth(month: MonthKey): Promise<Payment[]> {
    const rows = await listPartition<PaymentRow | GroupRow>(this.table, byMonth(month));
    // Each payment once, alone or in a group row.
    const byId = new Map<string, Payment>();
    for (const row of rows.flatMap(paymentRowsOf)) byId.set(row.id, fromRow(row));
    // In the order of their ids, as the partition's rows of one payment each are listed.
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
