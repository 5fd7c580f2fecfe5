/**
 * Answers about what is owed today: unpaid invoices, a customer's account, the aged balance, the
 * overdue ratio, the top late payers, and the watch lists (litigation, promises, disputes, plans).
 */
import { addDays, monthsBetween, type CalendarDate } from '../domain/calendar-date';
import { balanceOf, type Invoice } from '../domain/ledger';
import { cents, sumCents, type Cents } from '../domain/money';
import type { JournalEntry } from '../domain/ports';
import { byUrgency, customerRef, invoiceLine, type AnswerContext } from './answer-context';
import { DEFAULT_TOP, isReceivable, isUnpaid } from './definitions';
import { matchesFilters } from './invoice-filters';
import { agedBalance, latePayers, overdueRatio } from './kpis';
import type {
  AgedBalanceAnswer,
  CustomerBalanceAnswer,
  GroupLine,
  OverdueRatioAnswer,
  TopLatePayersAnswer,
  UnpaidAnswer,
  WatchAnswer,
  WatchLine,
} from './results';
import type { GroupBy, StructuredQuery } from './query';

/** A due-date period this short is read from the month partitions rather than the open one. */
const MAX_DUE_MONTHS_READ = 3;
const HISTORY_SHOWN = 5;

/** The open invoices the query may be about, read the cheapest exact way. */
async function openCandidates(query: StructuredQuery, context: AnswerContext): Promise<Invoice[]> {
  const few = context.reads.fewCustomers(query.customerCodes);
  if (few) return (await context.reads.ofCustomers(few)).filter(isReceivable);
  const period = query.period;
  if (period && query.dateBasis !== 'issue' && !query.asOf) {
    const months = monthsBetween(period.from, period.to);
    if (months.length <= MAX_DUE_MONTHS_READ) return (await context.reads.dueIn(months)).filter(isReceivable);
  }
  return context.reads.open();
}

function groupKey(invoice: Invoice, groupBy: GroupBy, context: AnswerContext): string {
  if (groupBy === 'customer') return invoice.customerCode;
  if (groupBy === 'risk') return customerRef(context, invoice.customerCode).risk;
  return invoice.dunning.lastStep ?? '';
}

function groups(invoices: readonly Invoice[], groupBy: GroupBy, context: AnswerContext): GroupLine[] {
  const totals = new Map<string, { count: number; amount: number }>();
  for (const invoice of invoices) {
    const key = groupKey(invoice, groupBy, context);
    const entry = totals.get(key) ?? { count: 0, amount: 0 };
    entry.count++;
    entry.amount += balanceOf(invoice);
    totals.set(key, entry);
  }
  return [...totals]
    .map(([key, e]) => ({ key, count: e.count, amount: cents(e.amount) }))
    .sort((a, b) => b.amount - a.amount || a.key.localeCompare(b.key));
}

export async function unpaidInvoices(query: StructuredQuery, context: AnswerContext): Promise<UnpaidAnswer> {
  const matched = (await openCandidates(query, context)).filter(
    (i) => isUnpaid(i, context.today) && matchesFilters(i, query, context),
  );
  const lines = matched.map((i) => invoiceLine(context, i));
  // « les 10 plus gros impayés »: a ranking by amount; otherwise the oldest first.
  const shown = query.limit
    ? lines.sort((a, b) => b.balance - a.balance || byUrgency(a, b)).slice(0, query.limit)
    : lines.sort(byUrgency);
  return {
    intent: 'unpaid_invoices',
    query,
    today: context.today,
    invoices: shown,
    total: sumCents(shown, (l) => l.balance),
    count: matched.length,
    allTotal: sumCents(matched, balanceOf),
    groups: query.groupBy ? groups(matched, query.groupBy, context) : null,
  };
}

export async function customerBalance(
  query: StructuredQuery,
  codes: readonly string[],
  context: AnswerContext,
): Promise<CustomerBalanceAnswer> {
  const invoices = await context.reads.ofCustomers(codes);
  const receivables = invoices.filter((i) => isReceivable(i) && matchesFilters(i, query, context));
  const lines = receivables
    .map((i) => invoiceLine(context, i))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
  const overdue = lines.filter((l) => l.daysLate > 0);
  const yearAgo = addDays(context.today, -365);
  const paid = invoices.filter(
    (i) => i.status === 'paid' && i.closedOn !== null && i.closedOn > yearAgo && i.closedOn <= context.today,
  );
  const journal: JournalEntry[] = (
    await Promise.all(codes.map((c) => context.sources.journal.listForCustomer(c)))
  ).flat();
  const history = [...new Map(journal.map((e) => [e.id, e])).values()].sort((a, b) =>
    b.id.localeCompare(a.id),
  );
  return {
    intent: 'customer_balance',
    query,
    today: context.today,
    customers: codes.map((c) => customerRef(context, c)),
    invoices: lines,
    total: sumCents(lines, (l) => l.balance),
    overdue: sumCents(overdue, (l) => l.balance),
    overdueCount: overdue.length,
    paidLastYear: { count: paid.length, amount: sumCents(paid, (i) => i.amountInclTax) },
    history: history.slice(0, HISTORY_SHOWN),
    historyCount: history.length,
  };
}

async function receivablesFor(query: StructuredQuery, context: AnswerContext): Promise<Invoice[]> {
  const few = context.reads.fewCustomers(query.customerCodes);
  const invoices = few ? await context.reads.ofCustomers(few) : await context.reads.open();
  return invoices.filter((i) => isReceivable(i) && matchesFilters(i, query, context));
}

export async function agedBalanceAnswer(
  query: StructuredQuery,
  context: AnswerContext,
): Promise<AgedBalanceAnswer> {
  const receivables = await receivablesFor(query, context);
  let byCustomer: AgedBalanceAnswer['byCustomer'] = null;
  if (query.groupBy === 'customer') {
    const perCustomer = new Map<string, Invoice[]>();
    for (const i of receivables)
      perCustomer.set(i.customerCode, [...(perCustomer.get(i.customerCode) ?? []), i]);
    byCustomer = [...perCustomer]
      .map(([code, list]) => ({
        customer: customerRef(context, code),
        balance: agedBalance(list, context.today),
      }))
      .sort((a, b) => b.balance.total - a.balance.total || a.customer.code.localeCompare(b.customer.code));
  }
  return {
    intent: 'aged_balance',
    query,
    today: context.today,
    ...agedBalance(receivables, context.today),
    byCustomer,
  };
}

export async function overdueRatioAnswer(
  query: StructuredQuery,
  context: AnswerContext,
): Promise<OverdueRatioAnswer> {
  return {
    intent: 'overdue_ratio',
    query,
    today: context.today,
    ...overdueRatio(await receivablesFor(query, context), context.today),
  };
}

export async function topLatePayers(
  query: StructuredQuery,
  context: AnswerContext,
): Promise<TopLatePayersAnswer> {
  const ranked = latePayers(await receivablesFor(query, context), context.today);
  const limit = query.limit ?? DEFAULT_TOP;
  return {
    intent: 'top_late_payers',
    query: { ...query, limit },
    today: context.today,
    rows: ranked.slice(0, limit).map((r) => ({ ...r, customer: customerRef(context, r.customerCode) })),
    customersLate: ranked.length,
    totalOverdue: sumCents(ranked, (r) => r.overdue),
  };
}

/** The next installment of a plan not yet covered by what was paid since the plan started. */
function nextInstallment(invoice: Invoice): { date: CalendarDate; amount: Cents } | null {
  const hold = invoice.dunning.hold;
  if (hold?.kind !== 'plan') return null;
  let covered = invoice.amountPaid - hold.paidAtStart;
  for (const installment of hold.installments) {
    if (covered >= installment.amount) {
      covered -= installment.amount;
      continue;
    }
    return { date: installment.dueDate, amount: cents(installment.amount - Math.max(0, covered)) };
  }
  return null;
}

function watchLine(
  invoice: Invoice,
  intent: WatchAnswer['intent'],
  context: AnswerContext,
): WatchLine | null {
  const line = invoiceLine(context, invoice);
  const hold = invoice.dunning.hold;
  const today = context.today;
  switch (intent) {
    case 'litigation':
      return invoice.status === 'litigation'
        ? { invoice: line, date: invoice.dunning.lastStepDate, detail: null, amount: null, state: 'open' }
        : null;
    case 'disputes':
      return hold?.kind === 'dispute'
        ? { invoice: line, date: hold.since, detail: hold.reason, amount: null, state: 'open' }
        : null;
    case 'promises':
      if (hold?.kind === 'promise') {
        const state = hold.promisedDate <= today ? 'due' : 'upcoming';
        return { invoice: line, date: hold.promisedDate, detail: null, amount: null, state };
      }
      return !hold && invoice.dunning.alert?.kind === 'broken_promise'
        ? { invoice: line, date: invoice.dunning.alert.since, detail: null, amount: null, state: 'broken' }
        : null;
    case 'payment_plans': {
      if (hold?.kind !== 'plan') return null;
      const next = nextInstallment(invoice);
      return {
        invoice: line,
        date: next?.date ?? null,
        detail: String(hold.installments.length),
        amount: next?.amount ?? null,
        state: next && next.date < today ? 'due' : 'upcoming',
      };
    }
  }
}

export async function watchList(
  intent: WatchAnswer['intent'],
  query: StructuredQuery,
  context: AnswerContext,
): Promise<WatchAnswer> {
  // A promise's period is its promised date, not the invoice's due date.
  const { period, ...rest } = query;
  const filters = intent === 'promises' ? rest : query;
  const items = (await receivablesFor(filters, context))
    .map((i) => watchLine(i, intent, context))
    .filter((w): w is WatchLine => w !== null)
    .filter(
      (w) =>
        intent !== 'promises' || !period || (w.date !== null && w.date >= period.from && w.date <= period.to),
    )
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || byUrgency(a.invoice, b.invoice));
  return { intent, query, today: context.today, items, total: sumCents(items, (w) => w.invoice.balance) };
}
