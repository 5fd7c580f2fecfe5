/**
 * Payments in Azure Tables, written under two partitions of one table:
 * - `inv2-<number without its last 2 characters>`, RowKey `<number>|<id>`: the payments of an
 *   invoice (for its dossier), read as a RowKey range. About 100 invoices of consecutive numbers
 *   share a partition, so a statement paying thousands of invoices writes them in transactions of
 *   100 rather than one request per invoice (issue 19).
 * - `month-YYYY-MM`, RowKey the id (« encaissé ce mois »).
 * The id is the payment's deterministic id, so recording the same payment twice is a no-op.
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
import type { TransactionAction } from '@azure/data-tables';
import {
  bucketOf,
  bucketRowKey,
  encodeKey,
  getEntityOrNull,
  isStatus,
  listPartition,
  listRowPrefix,
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
    // Upserts of the same content under the same id: recording again changes nothing. Both copies
    // share partitions (consecutive invoice numbers, a month), so they go 100 to a transaction.
    await writeGrouped(
      this.table,
      payments.flatMap((p): TransactionAction[] => {
        const row = toRow(p);
        return [
          [
            'upsert',
            { partitionKey: byInvoice(p.invoiceNumber), rowKey: bucketRowKey(p.invoiceNumber, p.id), ...row },
            'Replace',
          ],
          ['upsert', { partitionKey: byMonth(monthKey(p.date)), rowKey: p.id, ...row }, 'Replace'],
        ];
      }),
      16,
    );
  }

  async listByInvoice(invoiceNumber: string): Promise<Payment[]> {
    const [rows, oldRows] = await Promise.all([
      listRowPrefix<PaymentRow>(this.table, byInvoice(invoiceNumber), bucketRowKey(invoiceNumber, '')),
      listPartition<PaymentRow>(this.table, oldByInvoice(invoiceNumber)),
    ]);
    // Each payment once, whichever layout holds it (both, if recorded again after issue 19).
    const byId = new Map<string, Payment>();
    for (const row of [...oldRows, ...rows]) byId.set(row.id, fromRow(row));
    // In the order of their ids, as a partition of the old layout listed them.
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async listByMonth(month: MonthKey): Promise<Payment[]> {
    return (await listPartition<PaymentRow>(this.table, byMonth(month))).map(fromRow);
  }
}
