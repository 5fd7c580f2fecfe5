/**
 * « client biocoop », « fiche Biocoop »: everything about one customer in one place — contacts,
 * every open invoice with its step and next date, pauses (promises, disputes, plans,
 * postponements), the sales rep's answers, and the whole history, reminders carried over by the
 * import included (shown as such). Read-only; the decisions are in ./customer-decisions.ts.
 */
import type { BusinessCalendar } from '../../domain/business-calendar';
import type { Clock } from '../../domain/calendar-date';
import type { CalendarDate } from '../../domain/calendar-date';
import { findCustomers } from '../../domain/customer-search';
import { decide, type Decision } from '../../domain/dunning-engine';
import { declarationStatus, type DeclarationStatus } from '../../domain/insolvency';
import type { CustomerPenaltyWaiver } from '../../domain/late-fees';
import type { JournalEntry } from '../../domain/journal';
import type { LadderConfig } from '../../domain/ladder';
import { balanceOf, isClosed, type Customer, type Invoice, type StepId } from '../../domain/ledger';
import type { Cents } from '../../domain/money';
import type { SalesNotice } from '../../domain/sales-notices';
import { inScope, type Scope } from '../../questions/scope';
import type { Stores } from '../ports';
import { lastUndoable } from './undo-rules';

export type CustomerStores = Pick<Stores, 'customers' | 'invoices' | 'journal' | 'salesNotices'> &
  Partial<Pick<Stores, 'lateFees'>>;

export interface CustomerFileDependencies {
  stores: CustomerStores;
  ladder: LadderConfig;
  calendar: BusinessCalendar;
  clock: Clock;
  /** How long after a decision « Annuler » is offered (minutes; 0: never). */
  undoMinutes: number;
}

export interface OpenInvoice {
  invoice: Invoice;
  balance: Cents;
  /** What the engine says today: due (step), waiting (step and date), paused, finished. */
  next: Decision;
}

/** A sales rep's answer that proposes something the controller may accept. */
export interface RepProposal {
  notice: SalesNotice;
  /** The journal entry that accepted it, once accepted. */
  accepted: JournalEntry | null;
}

export type HistoryItem =
  | { kind: 'journal'; entry: JournalEntry }
  /** A step done before Relances, as the accounting export said: carried over by the import. */
  | { kind: 'imported'; invoice: string; step: StepId; date: CalendarDate };

export interface CustomerFile {
  customer: Customer;
  open: OpenInvoice[];
  proposals: RepProposal[];
  /** Newest first. */
  history: HistoryItem[];
  /** The decision « Annuler » would undo now, and until when; null when there is none. */
  undo: { entry: JournalEntry; until: string } | null;
  /** Under collective proceedings: where the claim declaration stands (null otherwise). */
  declaration?: DeclarationStatus | null;
  /** Penalties on invoices paid late are not billed to this customer (« Ne pas facturer… »). */
  lateFeeWaiver?: CustomerPenaltyWaiver | null;
}

export type CustomerFileResult =
  | { kind: 'found'; file: CustomerFile }
  | { kind: 'not_found' }
  | { kind: 'not_yours' }
  | { kind: 'choose'; candidates: Customer[] };

/** The customer a code (a button) or a name as typed designates, within what the person may see. */
export async function findCustomer(
  stores: Pick<Stores, 'customers'>,
  scope: Scope,
  asked: { code: string } | { name: string },
): Promise<{ kind: 'one'; customer: Customer } | Exclude<CustomerFileResult, { kind: 'found' }>> {
  if ('code' in asked) {
    const found = await stores.customers.get(asked.code);
    if (!found) return { kind: 'not_found' };
    return inScope(scope, found.code) ? { kind: 'one', customer: found } : { kind: 'not_yours' };
  }
  const visible = (await stores.customers.list()).filter((c) => inScope(scope, c.code));
  const found = findCustomers(asked.name, visible);
  if (found.length === 0) {
    const anywhere = findCustomers(asked.name, await stores.customers.list());
    return anywhere.length > 0 ? { kind: 'not_yours' } : { kind: 'not_found' };
  }
  if (found.length === 1) return { kind: 'one', customer: found[0]! };
  return { kind: 'choose', candidates: found.slice(0, 6) };
}

/** Steps a journal entry records as done on its invoices (e-mail sent, letter posted…). */
function stepDone(entry: JournalEntry, invoice: string, step: StepId): boolean {
  return (
    entry.outcome === 'ok' &&
    entry.details?.step === step &&
    (entry.target.invoiceNumbers ?? []).includes(invoice)
  );
}

export function importedSteps(invoices: readonly Invoice[], journal: readonly JournalEntry[]): HistoryItem[] {
  const items: HistoryItem[] = [];
  for (const invoice of invoices) {
    const { lastStep, lastStepDate } = invoice.dunning;
    if (!lastStep || !lastStepDate) continue;
    if (journal.some((e) => stepDone(e, invoice.number, lastStep))) continue;
    items.push({ kind: 'imported', invoice: invoice.number, step: lastStep, date: lastStepDate });
  }
  return items;
}

function newestFirst(a: HistoryItem, b: HistoryItem): number {
  const key = (i: HistoryItem) => (i.kind === 'journal' ? i.entry.at : `${i.date}T00:00:00.000Z`);
  return key(b).localeCompare(key(a));
}

export async function readCustomerFile(
  deps: CustomerFileDependencies,
  customer: Customer,
): Promise<CustomerFile> {
  const today = deps.clock.today();
  const [invoices, journal, notices, lateFeeWaiver] = await Promise.all([
    deps.stores.invoices.listByCustomer(customer.code),
    deps.stores.journal.listForCustomer(customer.code),
    deps.stores.salesNotices.listForCustomer(customer.code),
    deps.stores.lateFees?.getCustomerWaiver(customer.code) ?? null,
  ]);
  const context = { ladder: deps.ladder, calendar: deps.calendar, today };
  const open = invoices
    .filter((i) => !isClosed(i))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number))
    .map((invoice) => ({ invoice, balance: balanceOf(invoice), next: decide(invoice, customer, context) }));
  const proposals = notices
    .filter((n) => n.answer?.kind === 'agreement' || n.answer?.kind === 'dispute')
    .sort((a, b) => (b.answeredAt ?? '').localeCompare(a.answeredAt ?? ''))
    .map((notice) => ({
      notice,
      accepted:
        journal.find(
          (e) => e.action === 'salesrep.answer_accepted' && e.outcome === 'ok' && e.target.ref === notice.key,
        ) ?? null,
    }));
  const history: HistoryItem[] = [
    ...journal.map((entry): HistoryItem => ({ kind: 'journal', entry })),
    ...importedSteps(invoices, journal),
  ].sort(newestFirst);
  return {
    customer,
    open,
    proposals,
    history,
    undo: lastUndoable(journal, deps.clock.now(), deps.undoMinutes),
    declaration: customer.insolvency ? declarationStatus(customer.insolvency, today, deps.calendar) : null,
    lateFeeWaiver,
  };
}

export async function customerFile(
  deps: CustomerFileDependencies,
  scope: Scope,
  asked: { code: string } | { name: string },
): Promise<CustomerFileResult> {
  const found = await findCustomer(deps.stores, scope, asked);
  if (found.kind !== 'one') return found;
  return { kind: 'found', file: await readCustomerFile(deps, found.customer) };
}
