/**
 * The invoices of a valid file into the ledger, merged with what the ledger holds
 * (`mergeImportedInvoice`), saved in batches under optimistic concurrency.
 *
 * Each row must be compared with the stored invoice of the same number, and reading a customer's
 * invoices a partition at a time is what the store does fast (point reads are an order of
 * magnitude slower). Holding every stored invoice of every customer of the file would hold the
 * whole ledger, though. So the customers of the file are taken in windows of at most
 * `WINDOW_INVOICES` stored invoices: each window loads its customers' invoices, then reads the
 * file again for their rows. A first import (nothing stored) is one window, one reading.
 */
import type { Invoice } from '../../domain/ledger';
import type { CalendarDate } from '../../domain/calendar-date';
import type { Actor } from '../../domain/journal';
import type { ParsedInvoice } from '../../import';
import type { InvoiceSave, Stores, Versioned } from '../ports';
import { forEachConcurrently } from './concurrently';
import type { ReadValidRows, WriteOutcome } from './import-writing';
import { mergeImportedInvoice } from './merge-imported-invoice';
import { carriedReminder, journalCarriedReminders, type CarriedReminder } from './carried-reminders';

type InvoiceStores = Pick<Stores, 'invoices' | 'journal'>;

/** Who imports which file on which day: reminders the export carries over are journaled as such. */
export interface InvoiceImport {
  today: CalendarDate;
  actor: Actor;
  fileName: string;
  /** An invoice already known keeps its due date (a FEC has none: its rows carry a computed one). */
  keepStoredDueDate?: boolean;
  /**
   * What the same file says was paid of an invoice, applied to it before it is saved — new or
   * already known, in the same write as the rest of the row (a FEC carries invoices and their
   * settlements together): one write per invoice instead of a read-modify-write per payment.
   * Returns the very invoice it was given when nothing applies. Not applied to an invoice the
   * ledger holds under another customer (the row is refused with a notice).
   */
  settle?: (invoice: Invoice) => Invoice;
  /**
   * Called with each batch of saves before it is written: a FEC records the payments they apply
   * first, so that a payment applied to an invoice is always a recorded payment.
   */
  beforeSave?: (saves: readonly InvoiceSave[]) => Promise<void>;
  /** Called for each invoice saved: as it was stored (null when new) and as it is now. */
  saved?: (previous: Invoice | null, next: Invoice) => void;
  /** Invoices saved per call to the store (default 2,000): fewer hold less while they are written. */
  saveBatch?: number;
}

/** Stored invoices held at once to compare the file with (about 1 KB each). */
const WINDOW_INVOICES = 20_000;
/** Invoices saved per call to the store. */
const SAVE_BATCH = 2_000;
const READ_CONCURRENCY = 16;

type NumberIndex = ReadonlyMap<string, { customerCode: string }>;

export async function writeInvoices(
  stores: InvoiceStores,
  rows: ReadValidRows<ParsedInvoice>,
  fileCustomers: ReadonlySet<string>,
  outcome: WriteOutcome,
  from: InvoiceImport,
  /** The number index when the caller has just read it (nothing written since). */
  knownNumbers?: NumberIndex,
): Promise<void> {
  // The same number under another customer is found through the number index.
  const numbers = knownNumbers ?? (await stores.invoices.listNumberIndex());
  const windows = invoiceWindows(fileCustomers, numbers, WINDOW_INVOICES);
  const windowOf = new Map(windows.flatMap((customers, index) => customers.map((c) => [c, index] as const)));
  const saver = new InvoiceSaver(stores, outcome, from);
  for (const [index, customers] of windows.entries()) {
    const existing = await storedInvoices(stores, customers);
    for await (const { record: row } of rows()) {
      // Customers with nothing stored go with the first window.
      if ((windowOf.get(row.customerCode) ?? 0) !== index) continue;
      let previous = existing.get(row.number) ?? null;
      const elsewhere = numbers.get(row.number);
      if (!previous && elsewhere && elsewhere.customerCode !== row.customerCode) {
        previous = await stores.invoices.getVersioned(elsewhere.customerCode, row.number);
      }
      await saver.add(row, previous);
    }
    await saver.flush();
  }
}

/**
 * The customers of the file that have stored invoices, in windows of at most `budget` stored
 * invoices (a customer with more has a window of its own); always at least one window.
 */
export function invoiceWindows(
  fileCustomers: ReadonlySet<string>,
  numbers: NumberIndex,
  budget: number,
): string[][] {
  const stored = new Map<string, number>();
  for (const { customerCode } of numbers.values()) {
    if (fileCustomers.has(customerCode)) stored.set(customerCode, (stored.get(customerCode) ?? 0) + 1);
  }
  const windows: string[][] = [[]];
  let size = 0;
  for (const [customer, count] of stored) {
    if (size > 0 && size + count > budget) {
      windows.push([]);
      size = 0;
    }
    windows[windows.length - 1]!.push(customer);
    size += count;
  }
  return windows;
}

async function storedInvoices(
  stores: InvoiceStores,
  customers: readonly string[],
): Promise<Map<string, Versioned<Invoice>>> {
  const existing = new Map<string, Versioned<Invoice>>();
  await forEachConcurrently(customers, READ_CONCURRENCY, async (code) => {
    for (const v of await stores.invoices.listByCustomerVersioned(code)) existing.set(v.value.number, v);
  });
  return existing;
}

/** Merges each row with its stored invoice and saves the changes in batches. */
class InvoiceSaver {
  private saves: InvoiceSave[] = [];
  private rows = new Map<string, ParsedInvoice>();
  private done = 0;

  constructor(
    private readonly stores: InvoiceStores,
    private readonly outcome: WriteOutcome,
    private readonly from: InvoiceImport,
  ) {}

  async add(imported: ParsedInvoice, previous: Versioned<Invoice> | null): Promise<void> {
    const row =
      previous && this.from.keepStoredDueDate ? { ...imported, dueDate: previous.value.dueDate } : imported;
    const notices: string[] = [];
    const stored = previous?.value ?? null;
    const merged = mergeImportedInvoice(stored, row, this.from.today, notices);
    const next = this.settled(stored, merged, row);
    for (const notice of notices) this.outcome.notices.add(notice);
    this.done++;
    // Counted by what the row changes; what the file's payments change is the caller's to count.
    if (!merged) this.outcome.counts.unchanged++;
    else if (previous) this.outcome.counts.updated++;
    else this.outcome.counts.created++;
    if (!next) return;
    this.saves.push({ next, previous });
    this.rows.set(row.number, row);
    if (this.saves.length >= (this.from.saveBatch ?? SAVE_BATCH)) await this.flush();
  }

  /** The invoice to save: the row merged, then the file's payments applied; null when unchanged. */
  private settled(stored: Invoice | null, merged: Invoice | null, row: ParsedInvoice): Invoice | null {
    const base = merged ?? stored;
    if (!base || !this.from.settle || (stored && stored.customerCode !== row.customerCode)) return merged;
    const next = this.from.settle(base);
    return next === stored ? null : next;
  }

  async flush(): Promise<void> {
    const saves = this.saves;
    const rows = this.rows;
    this.saves = [];
    this.rows = new Map();
    if (saves.length > 0) {
      // Reminders the export says were sent before Relances: into the history, once.
      const carried = saves.map((s) => carriedReminder(s.previous?.value ?? null, s.next));
      if (this.from.beforeSave) await this.from.beforeSave(saves);
      const lost = await this.stores.invoices.saveMany(saves);
      const lostNumbers = new Set(lost.map((change) => change.next.number));
      if (this.from.saved) {
        for (const s of saves)
          if (!lostNumbers.has(s.next.number)) this.from.saved(s.previous?.value ?? null, s.next);
      }
      await journalCarriedReminders(
        this.stores,
        carried.filter((c): c is CarriedReminder => c !== null && !lostNumbers.has(c.invoiceNumber)),
        this.from,
      );
      // Someone changed these invoices since they were read: merge again from a fresh read.
      for (const change of lost) {
        const row = rows.get(change.next.number)!;
        let before: Invoice | null = null;
        const after = await this.stores.invoices.modify(
          change.next.customerCode,
          change.next.number,
          (current) => {
            before = current;
            return this.settled(current, mergeImportedInvoice(current, row, this.from.today, []), row);
          },
        );
        if (before && after && after !== before) this.from.saved?.(before, after);
      }
    }
    this.outcome.progress(this.done);
  }
}
