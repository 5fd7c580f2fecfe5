/** The storage adapters, wired on one TableStorage. */
import type { Stores } from '../application/ports';
import type { Clock } from '../domain/calendar-date';
import { TableActionRepository } from './action-repository';
import { TableCardPosts } from './card-posts';
import { TableConversationDirectory } from './conversation-directory';
import { TableCustomerRepository } from './customer-repository';
import { TableInvoiceRepository } from './invoice-repository';
import { TableJobRuns } from './job-runs';
import { TableJournal } from './journal';
import { TableLateFees } from './late-fee-repository';
import { TableLease } from './lease';
import { TableSalesNotices } from './sales-notice-repository';
import { TableSnapshotStore } from './snapshot-repository';
import { TableReviewStore } from './review-repository';
import { TablePaymentRepository } from './payment-repository';
import { TableRateRepository } from './rate-repository';
import { TableInvoicePdfs } from './invoice-pdf-repository';
import { TableBankRepository } from './bank-repository';
import { LedgerReadModel, type ReadModelOptions } from './read-model';
import type { StorageConnection } from './storage-access';
import { TableStorage, type StorageDeadlines } from './table-storage';

/** The stores on Azure Tables, with the storage itself (tables created, or dropped by tests). */
export type TableStores = Stores & {
  storage: TableStorage;
  snapshots: TableSnapshotStore;
  reviews: TableReviewStore;
};

export interface StoreOptions {
  /**
   * The ledger's read model (./read-model.ts): on by default; `{ cache: false }` reads storage
   * every time (the straightforward path the benchmark and the equivalence test compare with).
   */
  readModel?: ReadModelOptions;
  /** Each storage try's deadline (default: DEFAULT_DEADLINES). */
  deadlines?: StorageDeadlines;
}

export async function openStores(
  connection: StorageConnection,
  prefix: string,
  clock: Clock,
  options: StoreOptions = {},
): Promise<TableStores> {
  const storage = new TableStorage(connection, prefix, options.deadlines);
  await storage.ensureTables();
  const readModel = new LedgerReadModel(storage, options.readModel ?? { cache: true });
  return {
    storage,
    customers: new TableCustomerRepository(storage, readModel),
    invoices: new TableInvoiceRepository(storage, readModel),
    payments: new TablePaymentRepository(storage),
    journal: new TableJournal(storage, clock),
    conversations: new TableConversationDirectory(storage),
    actions: new TableActionRepository(storage),
    jobRuns: new TableJobRuns(storage),
    lease: new TableLease(storage),
    cardPosts: new TableCardPosts(storage),
    salesNotices: new TableSalesNotices(storage),
    rates: new TableRateRepository(storage),
    lateFees: new TableLateFees(storage),
    invoicePdfs: new TableInvoicePdfs(storage),
    snapshots: new TableSnapshotStore(storage),
    reviews: new TableReviewStore(storage),

    bank: new TableBankRepository(storage),
  };
}
