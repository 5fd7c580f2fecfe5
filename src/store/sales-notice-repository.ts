/**
 * Notices to sales reps and their answers. PartitionKey = customer code (everything said about a
 * customer in one partition, for its row on the controller's card); RowKey = a hash of the
 * notice's key (customer, stage, invoices), so a notice is created once whatever the re-runs.
 */
import { createHash } from 'node:crypto';
import { ConcurrencyError, type SalesNoticeRepository } from '../application/ports';
import type { SalesNotice } from '../domain/sales-notices';
import { encodeKey, getEntityOrNull, isStatus, listPartition, type TableStorage } from './table-storage';

interface Row {
  notice: string;
}

const rowKey = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 40);

export class TableSalesNotices implements SalesNoticeRepository {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('SalesNotices');
  }

  /** True when created now; false when this notice already exists. */
  async createIfAbsent(notice: SalesNotice): Promise<boolean> {
    try {
      await this.table.createEntity({
        partitionKey: encodeKey(notice.customerCode),
        rowKey: rowKey(notice.key),
        notice: JSON.stringify(notice),
      });
      return true;
    } catch (error) {
      if (isStatus(error, 409)) return false;
      throw error;
    }
  }

  async get(customerCode: string, key: string): Promise<SalesNotice | null> {
    const row = await getEntityOrNull<Row>(this.table, encodeKey(customerCode), rowKey(key));
    return row ? (JSON.parse(row.notice) as SalesNotice) : null;
  }

  async listForCustomer(customerCode: string): Promise<SalesNotice[]> {
    return (await listPartition<Row>(this.table, encodeKey(customerCode)))
      .map((r) => JSON.parse(r.notice) as SalesNotice)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async listAll(): Promise<SalesNotice[]> {
    const all: SalesNotice[] = [];
    for await (const page of this.table.listEntities<Row>().byPage({ maxPageSize: 1000 })) {
      for (const row of page) all.push(JSON.parse(row.notice) as SalesNotice);
    }
    return all;
  }

  async modify(
    customerCode: string,
    key: string,
    change: (current: SalesNotice) => SalesNotice | null,
  ): Promise<SalesNotice | null> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const row = await getEntityOrNull<Row>(this.table, encodeKey(customerCode), rowKey(key));
      if (!row) return null;
      const next = change(JSON.parse(row.notice) as SalesNotice);
      if (!next) return JSON.parse(row.notice) as SalesNotice;
      try {
        await this.table.updateEntity(
          { partitionKey: encodeKey(customerCode), rowKey: rowKey(key), notice: JSON.stringify(next) },
          'Replace',
          { etag: row.etag },
        );
        return next;
      } catch (error) {
        if (!isStatus(error, 412)) throw error;
      }
    }
    throw new ConcurrencyError(`sales notice ${key}`);
  }
}
