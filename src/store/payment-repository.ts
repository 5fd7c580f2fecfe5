/**
 * Payments in Azure Tables, written under two partitions of one table:
 * `inv-<number>` (the payments of an invoice, for its dossier) and `month-YYYY-MM` (« encaissé ce
 * mois »). RowKey = the payment's deterministic id, so recording the same payment twice is a no-op.
 */
import type { CalendarDate, MonthKey } from '../domain/calendar-date';
import { monthKey } from '../domain/calendar-date';
import type { Payment } from '../domain/ledger';
import { cents } from '../domain/money';
import type { PaymentRepository } from '../application/ports';
import type { TransactionAction } from '@azure/data-tables';
import { encodeKey, isStatus, listPartition, writeGrouped, type TableStorage } from './table-storage';

interface PaymentRow {
  id: string;
  invoiceNumber: string;
  customerCode: string;
  date: string;
  amount: number;
  method: string;
  reference: string;
}

const byInvoice = (number: string) => `inv-${encodeKey(number)}`;
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
    let created = true;
    try {
      await this.table.createEntity({
        partitionKey: byInvoice(payment.invoiceNumber),
        rowKey: payment.id,
        ...row,
      });
    } catch (error) {
      if (!isStatus(error, 409)) throw error;
      created = false;
    }
    // Upsert: repairs the month copy if a previous run died between the two writes.
    await this.table.upsertEntity(
      { partitionKey: byMonth(monthKey(payment.date)), rowKey: payment.id, ...row },
      'Replace',
    );
    return created;
  }

  async recordMany(payments: readonly Payment[]): Promise<void> {
    // Upserts of the same content under the same id: recording again changes nothing. The month
    // copies share partitions, so they go 100 to a transaction.
    await writeGrouped(
      this.table,
      payments.flatMap((p): TransactionAction[] => {
        const row = toRow(p);
        return [
          ['upsert', { partitionKey: byInvoice(p.invoiceNumber), rowKey: p.id, ...row }, 'Replace'],
          ['upsert', { partitionKey: byMonth(monthKey(p.date)), rowKey: p.id, ...row }, 'Replace'],
        ];
      }),
      16,
    );
  }

  async listByInvoice(invoiceNumber: string): Promise<Payment[]> {
    return (await listPartition<PaymentRow>(this.table, byInvoice(invoiceNumber))).map(fromRow);
  }

  async listByMonth(month: MonthKey): Promise<Payment[]> {
    return (await listPartition<PaymentRow>(this.table, byMonth(month))).map(fromRow);
  }
}
