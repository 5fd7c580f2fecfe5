/**
 * Penalty invoices, waivers and the penalty numbering in one table, `LateFees`.
 *
 * - PartitionKey `cust-<code>`: everything about a customer's late fees — its bills
 *   (`bill-<id>`), its waivers (`waiver-<id>`), one row per invoice billed or waived
 *   (`inv-<number>`) and its customer-wide waiver (`customer-waiver`). A bill or a waiver is written
 *   in one entity-group transaction with the rows of its invoices, as creations: when one invoice is
 *   already billed or waived, the service refuses the whole transaction — an invoice is billed at
 *   most once, whatever the double clicks or the controllers clicking together.
 * - PartitionKey `numbers`: one row per penalty number taken (`PEN-2026-0001` → its bill). A number
 *   is taken by a conditional insert of the next free row: two bills never share one, and a bill
 *   that already took one finds it again (a retry after a crash does not skip a number).
 */
import { ConcurrencyError, type BillChange, type LateFeeRepository } from '../application/ports';
import type { CustomerPenaltyWaiver, PenaltyBill, PenaltyWaiver } from '../domain/late-fees';
import {
  decodeKey,
  encodeKey,
  getEntityOrNull,
  isStatus,
  listPartition,
  type TableStorage,
} from './table-storage';
import type { TransactionAction } from '@azure/data-tables';
import { submitTransaction } from './transaction';

type Kind = 'bill' | 'waiver' | 'invoice' | 'customer_waiver' | 'number';

interface Row {
  kind: Kind;
  data: string;
}

const NUMBERS = 'numbers';
const customerPartition = (code: string) => `cust-${encodeKey(code)}`;
const billRow = (id: string) => `bill-${id}`;
const waiverRow = (id: string) => `waiver-${id}`;
const invoiceRow = (number: string) => `inv-${encodeKey(number)}`;
const CUSTOMER_WAIVER = 'customer-waiver';
/** A transaction holds at most 100 operations: the record and 99 invoices. */
const MAX_INVOICES_PER_RECORD = 99;

export class TableLateFees implements LateFeeRepository {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('LateFees');
  }

  async claim(
    record: { kind: 'bill'; bill: PenaltyBill } | { kind: 'waiver'; waiver: PenaltyWaiver },
  ): Promise<boolean> {
    const value = record.kind === 'bill' ? record.bill : record.waiver;
    if (value.lines.length === 0 || value.lines.length > MAX_INVOICES_PER_RECORD)
      throw new RangeError(`a bill or waiver covers 1 to ${MAX_INVOICES_PER_RECORD} invoices`);
    const partitionKey = customerPartition(value.customerCode);
    const actions: TransactionAction[] = [
      [
        'create',
        {
          partitionKey,
          rowKey: record.kind === 'bill' ? billRow(value.id) : waiverRow(value.id),
          kind: record.kind,
          data: JSON.stringify(value),
        },
      ],
      ...value.lines.map((line): TransactionAction => [
        'create',
        {
          partitionKey,
          rowKey: invoiceRow(line.number),
          kind: 'invoice',
          data: JSON.stringify({ number: line.number, record: record.kind, id: value.id }),
        },
      ]),
    ];
    try {
      await submitTransaction(this.table, actions);
      return true;
    } catch (error) {
      if (isStatus(error, 409)) return false;
      throw error;
    }
  }

  async settledInvoices(customerCode: string): Promise<Set<string>> {
    const rows = await listPartition<Row>(this.table, customerPartition(customerCode));
    return new Set(
      rows.filter((r) => r.kind === 'invoice').map((r) => (JSON.parse(r.data) as { number: string }).number),
    );
  }

  async getBill(customerCode: string, id: string): Promise<PenaltyBill | null> {
    const row = await getEntityOrNull<Row>(this.table, customerPartition(customerCode), billRow(id));
    return row ? (JSON.parse(row.data) as PenaltyBill) : null;
  }

  async modifyBill(customerCode: string, id: string, change: BillChange): Promise<PenaltyBill | null> {
    const partitionKey = customerPartition(customerCode);
    for (let attempt = 0; attempt < 8; attempt++) {
      const row = await getEntityOrNull<Row>(this.table, partitionKey, billRow(id));
      if (!row) return null;
      const current = JSON.parse(row.data) as PenaltyBill;
      const next = change(current);
      if (!next) return current;
      try {
        await this.table.updateEntity(
          { partitionKey, rowKey: billRow(id), kind: 'bill', data: JSON.stringify(next) },
          'Replace',
          { etag: row.etag },
        );
        return next;
      } catch (error) {
        if (!isStatus(error, 412)) throw error;
      }
    }
    throw new ConcurrencyError(`penalty bill ${id}`);
  }

  async takeNumber(prefix: string, year: number, customerCode: string, billId: string): Promise<string> {
    const start = `${prefix}-${year}-`;
    for (let attempt = 0; attempt < 20; attempt++) {
      const taken = (await listPartition<Row>(this.table, NUMBERS))
        .map((r) => ({ number: decodeKey(r.rowKey ?? ''), ...(JSON.parse(r.data) as { billId: string }) }))
        .filter((r) => r.number.startsWith(start));
      const mine = taken.find((r) => r.billId === billId);
      if (mine) return mine.number;
      const last = Math.max(0, ...taken.map((r) => Number(r.number.slice(start.length))));
      const number = `${start}${String(last + 1).padStart(4, '0')}`;
      try {
        await this.table.createEntity({
          partitionKey: NUMBERS,
          rowKey: encodeKey(number),
          kind: 'number',
          data: JSON.stringify({ customerCode, billId }),
        });
        return number;
      } catch (error) {
        if (!isStatus(error, 409)) throw error;
      }
    }
    throw new ConcurrencyError(`penalty number ${start}`);
  }

  async findBillByNumber(number: string): Promise<PenaltyBill | null> {
    const row = await getEntityOrNull<Row>(this.table, NUMBERS, encodeKey(number));
    if (!row) return null;
    const { customerCode, billId } = JSON.parse(row.data) as { customerCode: string; billId: string };
    return this.getBill(customerCode, billId);
  }

  async listNumberIndex(): Promise<Map<string, { customerCode: string; billId: string }>> {
    const rows = await listPartition<Row>(this.table, NUMBERS);
    return new Map(
      rows.map((r) => [
        decodeKey(r.rowKey ?? ''),
        JSON.parse(r.data) as { customerCode: string; billId: string },
      ]),
    );
  }

  private async listKind<T>(kind: Kind): Promise<T[]> {
    const all: T[] = [];
    const filter = `kind eq '${kind}'`;
    for await (const page of this.table
      .listEntities<Row>({ queryOptions: { filter } })
      .byPage({ maxPageSize: 1000 })) {
      for (const row of page) all.push(JSON.parse(row.data) as T);
    }
    return all;
  }

  listBills(): Promise<PenaltyBill[]> {
    return this.listKind<PenaltyBill>('bill');
  }

  listWaivers(): Promise<PenaltyWaiver[]> {
    return this.listKind<PenaltyWaiver>('waiver');
  }

  async getCustomerWaiver(customerCode: string): Promise<CustomerPenaltyWaiver | null> {
    const row = await getEntityOrNull<Row>(this.table, customerPartition(customerCode), CUSTOMER_WAIVER);
    return row ? (JSON.parse(row.data) as CustomerPenaltyWaiver) : null;
  }

  async setCustomerWaiver(customerCode: string, waiver: CustomerPenaltyWaiver | null): Promise<void> {
    const partitionKey = customerPartition(customerCode);
    if (waiver === null) {
      try {
        await this.table.deleteEntity(partitionKey, CUSTOMER_WAIVER);
      } catch (error) {
        if (!isStatus(error, 404)) throw error;
      }
      return;
    }
    await this.table.upsertEntity(
      { partitionKey, rowKey: CUSTOMER_WAIVER, kind: 'customer_waiver', data: JSON.stringify(waiver) },
      'Replace',
    );
  }

  listCustomerWaivers(): Promise<CustomerPenaltyWaiver[]> {
    return this.listKind<CustomerPenaltyWaiver>('customer_waiver');
  }
}
