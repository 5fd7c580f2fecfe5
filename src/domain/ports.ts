/**
 * The ports through which use cases reach storage. Adapters live in src/store (Azure Tables);
 * the domain and the use cases only see these interfaces and plain typed objects.
 */
import type { CalendarDate, MonthKey } from './calendar-date';
import type { Customer, Invoice, Payment } from './ledger';

export interface CustomerRepository {
  get(code: string): Promise<Customer | null>;
  list(): Promise<Customer[]>;
  upsertMany(customers: readonly Customer[]): Promise<void>;
}

/** Thrown when an update loses an optimistic-concurrency race more times than it may retry. */
export class ConcurrencyError extends Error {
  constructor(readonly target: string) {
    super(`concurrent update of ${target} could not be applied`);
  }
}

/** What a modification function returns: the new invoice, or null to leave it unchanged. */
export type InvoiceChange = (current: Invoice) => Invoice | null;

export interface InvoiceRepository {
  get(customerCode: string, number: string): Promise<Invoice | null>;
  /** Finds an invoice from its number alone (payments, « historique F2026-0042 »). */
  findByNumber(number: string): Promise<Invoice | null>;
  /** Everything a customer owes or owed: one partition. */
  listByCustomer(customerCode: string): Promise<Invoice[]>;
  /** Invoices not paid nor written off: what the daily job reads, never the whole history. */
  listOpen(): Promise<Invoice[]>;
  /** Invoices due in the given months (« impayés du mois M »). */
  listDueIn(months: readonly MonthKey[]): Promise<Invoice[]>;
  /** Inserts new invoices and replaces existing ones (imports). */
  upsertMany(invoices: readonly Invoice[]): Promise<void>;
  /**
   * Read–modify–write under optimistic concurrency (ETag): the change is re-applied to a fresh
   * read when another writer got there first, so no update is ever lost.
   */
  modify(customerCode: string, number: string, change: InvoiceChange): Promise<Invoice | null>;
  /** Streams every invoice, history included (bench reference, KPIs over long periods). */
  scanAll(): AsyncIterable<Invoice>;
}

export interface PaymentRepository {
  /** Records the payment; false when this payment (same deterministic id) was already recorded. */
  record(payment: Payment): Promise<boolean>;
  listByInvoice(invoiceNumber: string): Promise<Payment[]>;
  listByMonth(month: MonthKey): Promise<Payment[]>;
}

export interface Actor {
  /** AAD object id of a Teams user, or a system name such as `cli` or `job`. */
  id: string;
  name: string;
}

export type JournalOutcome = 'ok' | 'refused' | 'failed';

export interface JournalTarget {
  invoiceNumbers?: string[];
  customerCodes?: string[];
  /** Free reference: an import file name, a job run id, an action id. */
  ref?: string;
}

export interface NewJournalEntry {
  actor: Actor;
  action: string;
  target: JournalTarget;
  details?: Record<string, unknown>;
  outcome: JournalOutcome;
  /** Why, when refused or failed (French, as shown to users). */
  reason?: string;
}

export interface JournalEntry extends NewJournalEntry {
  id: string;
  at: string;
  /** The Europe/Paris calendar date of `at`. */
  date: CalendarDate;
}

/** Append-only: there is no way to change or remove an entry once written. */
export interface Journal {
  append(entry: NewJournalEntry): Promise<JournalEntry>;
  listForInvoice(invoiceNumber: string): Promise<JournalEntry[]>;
  listForCustomer(customerCode: string): Promise<JournalEntry[]>;
  listForDays(from: CalendarDate, to: CalendarDate): Promise<JournalEntry[]>;
}
