/**
 * What the use cases need from storage, as interfaces. The Azure Tables adapters in src/store
 * implement them (ETag concurrency, derived views); a use case asks for the narrowest slice it
 * uses — `Pick<Stores, 'actions' | 'journal'>` — so its dependencies read in its signature.
 */
import type { DunningAction } from '../../domain/actions';
import type { CalendarDate, MonthKey } from '../../domain/calendar-date';
import type { JobRun } from '../../domain/job-run';
import type { JournalEntry, NewJournalEntry } from '../../domain/journal';
import type { Customer, Invoice, Payment } from '../../domain/ledger';
import type { SalesNotice } from '../../domain/sales-notices';
import type { StoredRate } from '../../domain/stored-rates';
import type { BankRepository } from './bank';
import type { LateFeeRepository } from './late-fees';
import type { SnapshotStore } from './snapshots';

/** A row as read, with the ETag an update must present to succeed. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** Thrown when an update loses an optimistic-concurrency race more times than it may retry. */
export class ConcurrencyError extends Error {
  constructor(readonly target: string) {
    super(`concurrent update of ${target} could not be applied`);
  }
}

export interface CustomerRepository {
  get(code: string): Promise<Customer | null>;
  list(): Promise<Customer[]>;
  upsertMany(customers: readonly Customer[]): Promise<void>;
}

/** What a modification function returns: the new invoice, or null to leave it unchanged. */
export type InvoiceChange = (current: Invoice) => Invoice | null;

export interface InvoiceSave {
  next: Invoice;
  /** The stored version the change was computed from; null for a new invoice. */
  previous: Versioned<Invoice> | null;
}

export interface InvoiceRepository {
  get(customerCode: string, number: string): Promise<Invoice | null>;
  getVersioned(customerCode: string, number: string): Promise<Versioned<Invoice> | null>;
  /** Finds an invoice from its number alone (payments, « historique F2026-0042 »). */
  findByNumber(number: string): Promise<Invoice | null>;
  /** Every invoice number with its customer (imports of payments). */
  listNumberIndex(): Promise<Map<string, { customerCode: string }>>;
  /** Everything a customer owes or owed: one partition. */
  listByCustomer(customerCode: string): Promise<Invoice[]>;
  listByCustomerVersioned(customerCode: string): Promise<Versioned<Invoice>[]>;
  /**
   * The invoices of several customers, versioned, in few queries: `known` is every customer code
   * there is (the customers of `codes` among them); customers of `codes` with no other known
   * customer between them in storage order are read by one range query, not one query each.
   */
  listByCustomersVersioned(codes: readonly string[], known: readonly string[]): Promise<Versioned<Invoice>[]>;
  /** Invoices not paid nor written off: what the daily job reads, never the whole history. */
  listOpen(): Promise<Invoice[]>;
  /** Invoices due in the given months (« impayés du mois M »). */
  listDueIn(months: readonly MonthKey[]): Promise<Invoice[]>;
  /** Streams every invoice, history included (bench reference, KPIs over long periods). */
  scanAll(): AsyncIterable<Invoice>;
  /**
   * Every closed invoice with a loss, history included (« passé en perte »): written off in full,
   * or paid after a part was written off (the open ones with a partial loss are read as open).
   */
  listWrittenOff(): Promise<Invoice[]>;
  /** Inserts new invoices and replaces existing ones (imports). */
  upsertMany(invoices: readonly Invoice[]): Promise<void>;
  /**
   * Saves computed changes, each conditioned on the version it was computed from; returns those
   * that lost a race, for the caller to recompute from a fresh read.
   */
  saveMany(changes: readonly InvoiceSave[]): Promise<InvoiceSave[]>;
  /**
   * Read–modify–write under optimistic concurrency (ETag): the change is re-applied to a fresh
   * read when another writer got there first, so no update is ever lost.
   */
  modify(customerCode: string, number: string, change: InvoiceChange): Promise<Invoice | null>;
  /** Rewrites the derived views from the source of truth; returns the invoices read. */
  rebuildViews(): Promise<number>;
}

export interface PaymentRepository {
  /** Records the payment; false when this payment (same deterministic id) was already recorded. */
  record(payment: Payment): Promise<boolean>;
  /** Records many payments in batched writes; recording one again changes nothing (same id). */
  recordMany(payments: readonly Payment[]): Promise<void>;
  listByInvoice(invoiceNumber: string): Promise<Payment[]>;
  listByMonth(month: MonthKey): Promise<Payment[]>;
}

/** Append-only: there is no way to change or remove an entry once written. */
export interface Journal {
  append(entry: NewJournalEntry): Promise<JournalEntry>;
  /** Appends many entries in batched writes (in their order), e.g. one per statement line applied. */
  appendMany(entries: readonly NewJournalEntry[]): Promise<JournalEntry[]>;
  listForInvoice(invoiceNumber: string): Promise<JournalEntry[]>;
  listForCustomer(customerCode: string): Promise<JournalEntry[]>;
  listForDays(from: CalendarDate, to: CalendarDate): Promise<JournalEntry[]>;
}

export type ActionChange = (current: DunningAction) => DunningAction | null;

export interface ActionRepository {
  listForDate(date: CalendarDate): Promise<DunningAction[]>;
  listForDateVersioned(date: CalendarDate): Promise<Versioned<DunningAction>[]>;
  get(date: CalendarDate, customerCode: string, step: string): Promise<DunningAction | null>;
  /** Inserts new actions; fails whole (409) if one already exists. */
  createMany(actions: readonly DunningAction[]): Promise<void>;
  /** Replaces actions read at the given versions; false if one lost a race. */
  replaceMany(changes: ReadonlyArray<{ next: DunningAction; etag: string }>): Promise<boolean>;
  /** Read–modify–write of one action under its ETag. */
  modify(
    date: CalendarDate,
    customerCode: string,
    step: string,
    change: ActionChange,
  ): Promise<DunningAction | null>;
}

export interface JobRunRepository {
  save(run: JobRun): Promise<void>;
  listForDate(date: CalendarDate): Promise<JobRun[]>;
}

/** One holder at a time across every instance sharing the storage. */
export interface Lease {
  /** True when `owner` now holds the lease (newly, or renewed); false when another valid holder has it. */
  acquire(name: string, owner: string, ttlMs: number, now: Date): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}

export interface SalesNoticeRepository {
  /** True when created now; false when this notice already exists. */
  createIfAbsent(notice: SalesNotice): Promise<boolean>;
  get(customerCode: string, key: string): Promise<SalesNotice | null>;
  listForCustomer(customerCode: string): Promise<SalesNotice[]>;
  listAll(): Promise<SalesNotice[]>;
  modify(
    customerCode: string,
    key: string,
    change: (current: SalesNotice) => SalesNotice | null,
  ): Promise<SalesNotice | null>;
}

/** Someone who talked to the bot, and how to reach them later (proactive messages). */
export interface KnownUser {
  /** Teams user id (`29:…`) in the conversation. */
  userId: string;
  aadObjectId: string | null;
  name: string;
  email: string | null;
  /** The channel's conversation reference, as JSON: only the bot adapter reads it. */
  reference: Record<string, unknown>;
  updatedAt: string;
}

export interface ConversationDirectory {
  save(user: KnownUser): Promise<void>;
  get(aadObjectIdOrUserId: string): Promise<KnownUser | null>;
  list(): Promise<KnownUser[]>;
  findByEmail(email: string): Promise<KnownUser | null>;
}

/** Where a card was posted, so that it is updated in place rather than posted again. */
export interface CardPost {
  cardKey: string;
  userKey: string;
  conversationId: string;
  activityId: string;
  postedAt: string;
}

export interface CardPosts {
  get(cardKey: string, userKey: string): Promise<CardPost | null>;
  list(cardKey: string): Promise<CardPost[]>;
  save(post: CardPost): Promise<void>;
  /**
   * Reserves the card for this user before it is posted: `null` when this caller got it, else the
   * row already there — posted (an activity id) or being posted by another instance (none yet).
   */
  claim(post: CardPost): Promise<CardPost | null>;
  /** Gives up a reservation whose card could not be posted (a posted card is kept). */
  unclaim(cardKey: string, userKey: string): Promise<void>;
}

/**
 * The penalty rates set from Teams (src/domain/stored-rates.ts): one entry per series and
 * semester, the latest save replacing the earlier one (the journal keeps every change).
 */
export interface RateRepository {
  list(): Promise<StoredRate[]>;
  save(entry: StoredRate): Promise<void>;
}

/** An invoice's PDF from accounting (`npm run import -- pdf <dossier>`), kept in the document store. */
export interface InvoicePdf {
  customerCode: string;
  invoiceNumber: string;
  documentId: string;
  sha256: string;
  /** The file's name as imported (« Facture F2026-1042 Biocoop.pdf »). */
  fileName: string;
  size: number;
  importedAt: string;
}

/** One PDF per invoice, the last imported; a small table of its own (invoices' rows are unchanged). */
export interface InvoicePdfRepository {
  get(customerCode: string, invoiceNumber: string): Promise<InvoicePdf | null>;
  listByCustomer(customerCode: string): Promise<InvoicePdf[]>;
  put(pdf: InvoicePdf): Promise<void>;
}

/** Every store of the application, as the composition root wires them. */
export interface Stores {
  customers: CustomerRepository;
  invoices: InvoiceRepository;
  payments: PaymentRepository;
  journal: Journal;
  conversations: ConversationDirectory;
  actions: ActionRepository;
  jobRuns: JobRunRepository;
  lease: Lease;
  cardPosts: CardPosts;
  salesNotices: SalesNoticeRepository;
  rates: RateRepository;
  /** Penalty invoices for invoices paid late, waivers, the penalty numbering. */
  lateFees: LateFeeRepository;
  invoicePdfs: InvoicePdfRepository;
  /** The daily snapshots (#18); absent in stores that keep none (then nothing is saved). */
  snapshots?: SnapshotStore;

  /** Bank statements: lines seen, credits to reconcile, learned IBANs (#19). */
  bank: BankRepository;
}
