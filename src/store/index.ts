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
import { TablePaymentRepository } from './payment-repository';
import { TableRateRepository } from './rate-repository';
import { TableInvoicePdfs } from './invoice-pdf-repository';
import { TableStorage } from './table-storage';

/** The stores on Azure Tables, with the storage itself (tables created, or dropped by tests). */
export type TableStores = Stores & { storage: TableStorage };

export async function openStores(
  connectionString: string,
  prefix: string,
  clock: Clock,
): Promise<TableStores> {
  const storage = new TableStorage(connectionString, prefix);
  await storage.ensureTables();
  return {
    storage,
    customers: new TableCustomerRepository(storage),
    invoices: new TableInvoiceRepository(storage),
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
  };
}
