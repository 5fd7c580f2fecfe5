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
   * An invoice new to the ledger with what the same file says was paid of it already applied (a
   * FEC carries invoices and their settlements together): created paid in one write, instead of
   * created then modified once per payment. Returns the invoice unchanged when nothing applies.
   */
  settle?: (fresh: Invoice) => Invoice;
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
): Promise<ReadonlySet<string>> {
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
  return saver.settled;
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
  /** Invoices created with `settle` applied, and saved as such (see `InvoiceImport.settle`). */
  readonly settled = new Set<string>();

  constructor(
    private readonly stores: InvoiceStores,
    private readonly outcome: WriteOutcome,
    private readonly from: InvoiceImport,
  ) {}

  async add(imported: ParsedInvoice, previous: Versioned<Invoice> | null): Promise<void> {
    const row =
      previous && this.from.keepStoredDueDate ? { ...imported, dueDate: previous.value.dueDate } : imported;
    const notices: string[] = [];
    const merged = mergeImportedInvoice(previous?.value ?? null, row, this.from.today, notices);
    const next = merged && !previous && this.from.settle ? this.from.settle(merged) : merged;
    for (const notice of notices) this.outcome.notices.add(notice);
    this.done++;
    if (!next) {
      this.outcome.counts.unchanged++;
      return;
    }
    if (previous) this.outcome.counts.updated++;
    else this.outcome.counts.created++;
    this.saves.push({ next, previous });
    this.rows.set(row.number, row);
    if (this.saves.length >= SAVE_BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    const saves = this.saves;
    const rows = this.rows;
    this.saves = [];
    this.rows = new Map();
    if (saves.length > 0) {
      // Reminders the export says were sent before Relances: into the history, once.
      const carried = saves.map((s) => carriedReminder(s.previous?.value ?? null, s.next));
      const lost = await this.stores.invoices.saveMany(saves);
      const lostNumbers = new Set(lost.map((change) => change.next.number));
      if (this.from.settle) {
        for (const s of saves)
          if (!s.previous && !lostNumbers.has(s.next.number)) this.settled.add(s.next.number);
      }
      await journalCarriedReminders(
        this.stores,
        carried.filter((c): c is CarriedReminder => c !== null && !lostNumbers.has(c.invoiceNumber)),
        this.from,
      );
      // Someone changed these invoices since they were read: merge again from a fresh read.
      for (const change of lost) {
        const row = rows.get(change.next.number)!;
        await this.stores.invoices.modify(change.next.customerCode, change.next.number, (current) =>
          mergeImportedInvoice(current, row, this.from.today, []),
        );
      }
    }
    this.outcome.progress(this.done);
  }
}
