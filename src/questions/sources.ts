/**
 * What the query service reads, and how cheaply: one customer's partition when the question is
 * about a few customers, a month's due partition for « impayés du mois M », the open partition for
 * anything about what is owed today (≈ 10 % of the history) — never the whole history, except for
 * write-offs (closed invoices, not indexed by closing date; see the README's index proposal).
 * Every read is filtered to the asker's scope here, before any figure is computed.
 */
import type { LateFeeRepository } from '../application/ports/late-fees';
import type { SnapshotStore } from '../application/ports/snapshots';
import type { CalendarDate, MonthKey } from '../domain/calendar-date';
import type { DunningAction } from '../domain/actions';
import type { Customer, Invoice } from '../domain/ledger';
import type { CustomerRepository, InvoiceRepository, Journal, PaymentRepository } from '../application/ports';
import { inScope, type Scope } from './scope';

export interface QuerySources {
  /** `listWrittenOff` absent: the write-offs are found by reading the whole history. */
  invoices: Pick<InvoiceRepository, 'listOpen' | 'listDueIn' | 'listByCustomer' | 'scanAll'> &
    Partial<Pick<InvoiceRepository, 'listWrittenOff'>>;
  customers: Pick<CustomerRepository, 'list'>;
  payments: Pick<PaymentRepository, 'listByMonth'>;
  /** Penalty invoices and waivers (KPIs billed, collected, waived); absent: not shown. */
  lateFees?: Pick<LateFeeRepository, 'listBills' | 'listWaivers' | 'listNumberIndex'>;
  journal: Pick<Journal, 'listForDays' | 'listForCustomer'>;
  /** The daily snapshots (#18): trends read them where they exist; absent: the ledger's history. */
  snapshots?: Pick<SnapshotStore, 'range'>;
  actions: { listForDate(date: CalendarDate): Promise<DunningAction[]> };
}

/** Up to this many customers, reading their partitions beats reading a shared view. */
export const CUSTOMER_READ_LIMIT = 20;

/** Reads of one query, memoised (a KPI may need the same partition twice) and scoped. */
export class InvoiceReads {
  private openRead: Promise<Invoice[]> | null = null;
  private readonly months = new Map<MonthKey, Promise<Invoice[]>>();
  private readonly byCustomer = new Map<string, Promise<Invoice[]>>();

  constructor(
    private readonly sources: QuerySources,
    private readonly scope: Scope,
  ) {}

  private scoped(invoices: Invoice[]): Invoice[] {
    return this.scope.kind === 'all' ? invoices : invoices.filter((i) => inScope(this.scope, i.customerCode));
  }

  /** Invoices neither paid nor written off. */
  open(): Promise<Invoice[]> {
    this.openRead ??= this.sources.invoices.listOpen().then((list) => this.scoped(list));
    return this.openRead;
  }

  /** Every invoice due in these months (paid or not). */
  async dueIn(months: readonly MonthKey[]): Promise<Invoice[]> {
    const missing = months.filter((m) => !this.months.has(m));
    if (missing.length > 0) {
      const read = this.sources.invoices.listDueIn(missing).then((list) => this.scoped(list));
      for (const m of missing) {
        this.months.set(
          m,
          read.then((list) => list.filter((i) => i.dueDate.startsWith(m))),
        );
      }
    }
    return (await Promise.all(months.map((m) => this.months.get(m)!))).flat();
  }

  /** Every invoice of these customers, history included (codes already checked against the scope). */
  async ofCustomers(codes: readonly string[]): Promise<Invoice[]> {
    for (const code of codes) {
      if (!this.byCustomer.has(code)) this.byCustomer.set(code, this.sources.invoices.listByCustomer(code));
    }
    return (await Promise.all(codes.map((c) => this.byCustomer.get(c)!))).flat();
  }

  /** The customers to read one by one, when the question or the scope names few enough; else null. */
  fewCustomers(customerCodes: readonly string[] | undefined): string[] | null {
    if (customerCodes) return [...customerCodes];
    if (this.scope.kind === 'customers' && this.scope.codes.size <= CUSTOMER_READ_LIMIT)
      return [...this.scope.codes];
    return null;
  }

  /** Every invoice written off, history included, scoped. */
  async writtenOff(): Promise<Invoice[]> {
    const invoices = this.sources.invoices;
    if (!invoices.listWrittenOff) return this.all((i) => i.status === 'written_off');
    return this.scoped(await invoices.listWrittenOff());
  }

  /** Every invoice, streamed and scoped. */
  async all(filter: (invoice: Invoice) => boolean): Promise<Invoice[]> {
    const kept: Invoice[] = [];
    for await (const invoice of this.sources.invoices.scanAll()) {
      if (inScope(this.scope, invoice.customerCode) && filter(invoice)) kept.push(invoice);
    }
    return kept;
  }
}

export type CustomerIndex = ReadonlyMap<string, Customer>;
