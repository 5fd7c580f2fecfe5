/**
 * Answers about a period: the DSO (countback), the late rate, money collected, write-offs against
 * the year before, the journal (what was done), and the day's proposed actions.
 */
import {
  addDays,
  addMonths,
  minDate,
  monthKey,
  monthsBetween,
  parseCalendarDate,
  startOfMonth,
  type CalendarDate,
  type MonthKey,
} from '../domain/calendar-date';
import { balanceOf, type Invoice } from '../domain/ledger';
import { cents, sumCents } from '../domain/money';
import type { JournalEntry } from '../domain/ports';
import { customerRef, invoiceLine, type AnswerContext } from './answer-context';
import {
  COLLECTED_MAX_MONTHS,
  DSO_MAX_MONTHS,
  isReceivable,
  JOURNAL_MAX_DAYS,
  lastDaysOf,
  previousYear,
} from './definitions';
import { matchesFilters } from './invoice-filters';
import { countback, daysCounted, lateRate, type SalesMonth } from './kpis';
import type {
  CollectedAnswer,
  DsoAnswer,
  JournalAnswer,
  LateRateAnswer,
  PlannedActionsAnswer,
  WrittenOffAnswer,
} from './results';
import { inScope } from './scope';
import type { Period, StructuredQuery } from './query';

/** Filters that still make sense once the period has been used for something else. */
const withoutPeriod = (query: StructuredQuery): StructuredQuery => {
  const { period: _p, dateBasis: _b, asOf: _a, daysLate: _d, amount: _m, ...rest } = query;
  return rest;
};

/** Months an invoice's due date may follow its issue date by: the longest terms, plus a month. */
function dueHorizonMonths(context: AnswerContext): number {
  const longest = Math.max(60, ...[...context.customers.values()].map((c) => c.paymentTermsDays));
  return Math.ceil(longest / 28) + 1;
}

/**
 * Credit sales month by month, most recent first. Invoices are not indexed by issue date: for a
 * few customers their partitions are read whole; otherwise the invoices issued in month M are
 * found in the due partitions M … M + horizon (due dates follow issue dates by the payment terms).
 */
async function salesMonths(
  query: StructuredQuery,
  context: AnswerContext,
  months: readonly MonthKey[],
): Promise<SalesMonth[]> {
  const filters = withoutPeriod(query);
  const few = context.reads.fewCustomers(query.customerCodes);
  let invoices: Invoice[];
  if (few) invoices = await context.reads.ofCustomers(few);
  else {
    const horizon = dueHorizonMonths(context);
    const last = months[0]!;
    const first = months[months.length - 1]!;
    const dueMonths = monthsBetween(
      parseCalendarDate(`${first}-01`),
      addMonths(parseCalendarDate(`${last}-01`), horizon),
    );
    invoices = await context.reads.dueIn(dueMonths);
  }
  const wanted = new Set(months);
  const sales = new Map<MonthKey, number>();
  for (const invoice of invoices) {
    const month = monthKey(invoice.issueDate);
    if (!wanted.has(month) || invoice.issueDate > context.today) continue;
    if (!matchesFilters(invoice, filters, context)) continue;
    sales.set(month, (sales.get(month) ?? 0) + invoice.amountInclTax);
  }
  return months.map((month) => ({
    month,
    sales: cents(sales.get(month) ?? 0),
    days: daysCounted(month, context.today),
  }));
}

export async function dsoAnswer(query: StructuredQuery, context: AnswerContext): Promise<DsoAnswer> {
  const filters = withoutPeriod(query);
  const few = context.reads.fewCustomers(query.customerCodes);
  const source = few ? await context.reads.ofCustomers(few) : await context.reads.open();
  const receivables = sumCents(
    source.filter((i) => isReceivable(i) && matchesFilters(i, filters, context)),
    balanceOf,
  );
  // Walk back three months at a time: most portfolios are explained within the first three.
  const walked: SalesMonth[] = [];
  let result = countback(receivables, walked);
  while (result.days === null && walked.length < DSO_MAX_MONTHS) {
    const batch = [0, 1, 2]
      .map((k) => monthKey(addMonths(startOfMonth(context.today), -(walked.length + k))))
      .slice(0, DSO_MAX_MONTHS - walked.length);
    walked.push(...(await salesMonths(query, context, batch)));
    result = countback(receivables, walked);
  }
  return {
    intent: 'dso',
    query,
    today: context.today,
    ...result,
    monthsWalked: result.steps.map((s) => s.month),
  };
}

export async function lateRateAnswer(
  query: StructuredQuery & { period: Period },
  context: AnswerContext,
): Promise<LateRateAnswer> {
  const period = query.period;
  const end = minDate(period.to, addDays(context.today, -1));
  const few = context.reads.fewCustomers(query.customerCodes);
  const source =
    end < period.from
      ? []
      : few
        ? await context.reads.ofCustomers(few)
        : await context.reads.dueIn(monthsBetween(period.from, end));
  const due = source.filter(
    (i) =>
      i.dueDate >= period.from &&
      i.dueDate <= end &&
      matchesFilters(i, { ...query, dateBasis: 'due' }, context),
  );
  let groups: LateRateAnswer['groups'] = null;
  if (query.groupBy === 'customer' || query.groupBy === 'risk') {
    const by = query.groupBy;
    const split = new Map<string, Invoice[]>();
    for (const i of due) {
      const key = by === 'customer' ? i.customerCode : customerRef(context, i.customerCode).risk;
      split.set(key, [...(split.get(key) ?? []), i]);
    }
    groups = [...split]
      .map(([key, list]) => ({
        key,
        customer: by === 'customer' ? customerRef(context, key) : null,
        rate: lateRate(list, context.today),
      }))
      .filter((g) => g.rate.considered > 0)
      .sort(
        (a, b) =>
          (b.rate.rate ?? 0) - (a.rate.rate ?? 0) ||
          b.rate.considered - a.rate.considered ||
          a.key.localeCompare(b.key),
      );
  }
  return {
    intent: 'late_rate',
    query,
    today: context.today,
    period,
    ...lateRate(due, context.today),
    groups,
  };
}

export async function collectedAnswer(
  query: StructuredQuery & { period: Period },
  context: AnswerContext,
): Promise<CollectedAnswer> {
  const all = monthsBetween(query.period.from, minDate(query.period.to, context.today));
  const months = all.slice(-COLLECTED_MAX_MONTHS);
  const payments = (await Promise.all(months.map((m) => context.sources.payments.listByMonth(m))))
    .flat()
    .filter(
      (p) =>
        p.date >= query.period.from &&
        p.date <= query.period.to &&
        inScope(context.scope, p.customerCode) &&
        (!query.customerCodes || query.customerCodes.includes(p.customerCode)) &&
        (!query.risk || customerRef(context, p.customerCode).risk === query.risk),
    );
  const byCustomer = new Map<string, { amount: number; count: number }>();
  for (const p of payments) {
    const entry = byCustomer.get(p.customerCode) ?? { amount: 0, count: 0 };
    entry.amount += p.amount;
    entry.count++;
    byCustomer.set(p.customerCode, entry);
  }
  return {
    intent: 'collected',
    query,
    today: context.today,
    period: query.period,
    total: sumCents(payments, (p) => p.amount),
    count: payments.length,
    byCustomer: [...byCustomer]
      .map(([code, e]) => ({ customer: customerRef(context, code), amount: cents(e.amount), count: e.count }))
      .sort((a, b) => b.amount - a.amount || a.customer.code.localeCompare(b.customer.code)),
    shortened: months.length < all.length,
  };
}

export async function writtenOffAnswer(
  query: StructuredQuery & { period: Period },
  context: AnswerContext,
): Promise<WrittenOffAnswer> {
  const period = query.period;
  const previous = previousYear(period);
  const filters = withoutPeriod(query);
  const inEither = (i: Invoice) =>
    i.status === 'written_off' &&
    i.closedOn !== null &&
    ((i.closedOn >= period.from && i.closedOn <= period.to) ||
      (i.closedOn >= previous.from && i.closedOn <= previous.to));
  const few = context.reads.fewCustomers(query.customerCodes);
  const found = (
    few ? (await context.reads.ofCustomers(few)).filter(inEither) : await context.reads.all(inEither)
  ).filter((i) => matchesFilters(i, filters, context));
  const current = found.filter((i) => i.closedOn! >= period.from && i.closedOn! <= period.to);
  const before = found.filter((i) => i.closedOn! >= previous.from && i.closedOn! <= previous.to);
  return {
    intent: 'written_off',
    query,
    today: context.today,
    period,
    previousPeriod: previous,
    total: sumCents(current, balanceOf),
    count: current.length,
    previousTotal: sumCents(before, balanceOf),
    previousCount: before.length,
    invoices: current
      .map((i) => invoiceLine(context, i))
      .sort((a, b) => b.balance - a.balance || a.number.localeCompare(b.number)),
  };
}

/** Whether a sales rep may read a journal entry: only entries about their own customers. */
function visibleEntry(
  entry: JournalEntry,
  context: AnswerContext,
  customerCodes?: readonly string[],
): boolean {
  const codes = entry.target.customerCodes ?? [];
  if (customerCodes && !codes.some((c) => customerCodes.includes(c))) return false;
  return context.scope.kind === 'all' || codes.some((c) => inScope(context.scope, c));
}

export async function journalAnswer(
  query: StructuredQuery & { period: Period },
  context: AnswerContext,
): Promise<JournalAnswer> {
  const bounded: Period = { from: query.period.from, to: minDate(query.period.to, context.today) };
  const period = bounded.to < bounded.from ? bounded : lastDaysOf(bounded, JOURNAL_MAX_DAYS);
  const entries =
    period.to < period.from
      ? []
      : (await context.sources.journal.listForDays(period.from, period.to))
          .filter((e) => visibleEntry(e, context, query.customerCodes))
          .filter((e) => !query.step || e.details?.step === query.step)
          .sort((a, b) => b.id.localeCompare(a.id));
  return {
    intent: 'journal_activity',
    query,
    today: context.today,
    period: query.period,
    entries,
    shortened: period.from !== bounded.from,
  };
}

/** Days of proposals read at most (a week). */
const ACTION_DAYS = 7;

export async function plannedActionsAnswer(
  query: StructuredQuery & { period: Period },
  context: AnswerContext,
): Promise<PlannedActionsAnswer> {
  const to = minDate(query.period.to, context.today);
  const days: CalendarDate[] = [];
  for (let d = to; d >= query.period.from && days.length < ACTION_DAYS; d = addDays(d, -1)) days.push(d);
  const actions = (await Promise.all(days.map((d) => context.sources.actions.listForDate(d))))
    .flat()
    .filter(
      (a) =>
        inScope(context.scope, a.customerCode) &&
        (!query.customerCodes || query.customerCodes.includes(a.customerCode)) &&
        (!query.step || a.step === query.step) &&
        (!query.risk || a.risk === query.risk),
    )
    .map((a) => ({
      customer: customerRef(context, a.customerCode),
      step: a.step,
      invoiceCount: a.invoices.length,
      total: a.total,
      maxDaysLate: a.maxDaysLate,
      status: a.status,
    }))
    .sort(
      (a, b) =>
        b.maxDaysLate - a.maxDaysLate || b.total - a.total || a.customer.code.localeCompare(b.customer.code),
    );
  return {
    intent: 'planned_actions',
    query,
    today: context.today,
    date: to,
    actions,
    total: sumCents(actions, (a) => a.total),
  };
}
