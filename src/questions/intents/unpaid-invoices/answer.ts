/**
 * « Quels impayés ce mois ? »: the unpaid invoices (past due, not fully paid) matching the filters,
 * oldest first — or the `limit` largest (« les 10 plus gros impayés ») — with totals per customer,
 * risk segment or step when asked (« par client »).
 */
import { formatDateLongFr, monthsBetween } from '../../../domain/calendar-date';
import { balanceOf, type Invoice } from '../../../domain/ledger';
import { cents, sumCents, type Cents } from '../../../domain/money';
import { barsSummary, chartTitles } from '../../../i18n/charts';
import { fr } from '../../../i18n/fr';
import { byUrgency, customerRef, invoiceLine, type AnswerContext } from '../../answer-context';
import { isReceivable, isUnpaid } from '../../definitions';
import type { IntentAnswer } from '../../intent-answer';
import { matchesFilters } from '../../invoice-filters';
import type { GroupBy, StructuredQuery } from '../../query';
import type { AnswerBase, GroupLine, InvoiceLine } from '../../results';
import { col, type AnswerTable, type AnswerView, type ViewContext } from '../../view/answer-view';
import { filtersLine } from '../../view/filters-text';
import { eur, lateText, periodText, riskLabel, short } from '../../view/formats';

const t = fr.questions;

export interface UnpaidAnswer extends AnswerBase<'unpaid_invoices'> {
  /** The invoices shown: all of them, or the `limit` largest. */
  invoices: InvoiceLine[];
  /** Balance of the invoices shown. */
  total: Cents;
  /** Every unpaid invoice matching the question, and their balance. */
  count: number;
  allTotal: Cents;
  groups: GroupLine[] | null;
}

/** A due-date period this short is read from the month partitions rather than the open one. */
const MAX_DUE_MONTHS_READ = 3;

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

async function unpaidInvoices(query: StructuredQuery, context: AnswerContext): Promise<UnpaidAnswer> {
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

function unpaidView(answer: UnpaidAnswer, { names }: ViewContext): AnswerView {
  const q = answer.query;
  const scope = q.period
    ? q.dateBasis === 'issue'
      ? t.headlines.issuedIn(periodText(q.period))
      : t.headlines.dueIn(periodText(q.period))
    : '';
  const headline = q.limit
    ? t.headlines.unpaidTop(answer.invoices.length, eur(answer.total))
    : t.headlines.unpaid(answer.count, scope, eur(answer.allTotal));
  const invoices: AnswerTable = {
    title: '',
    columns: [
      col(t.columns.invoice, 3),
      col(t.columns.customer, 4),
      col(t.columns.dueDate, 3),
      col(t.columns.late, 2, 'Right'),
      col(t.columns.balance, 3, 'Right'),
    ],
    rows: answer.invoices.map((l) => [
      l.number,
      l.customer.name,
      short(l.dueDate),
      lateText(l.daysLate),
      eur(l.balance),
    ]),
  };
  // « par client »: the totals per group are the answer, page by page; the invoices are not listed.
  const tables: AnswerTable[] = [invoices];
  if (answer.groups) {
    const label = (key: string) =>
      q.groupBy === 'customer' ? names(key) : q.groupBy === 'risk' ? riskLabel(key) : key || t.noStep;
    tables.splice(0, 1, {
      title: t.notes.groupsTitle,
      columns: [
        col(
          q.groupBy === 'risk'
            ? t.columns.segment
            : q.groupBy === 'step'
              ? t.columns.step
              : t.columns.customer,
          5,
        ),
        col(t.columns.count, 2, 'Right'),
        col(t.columns.balance, 3, 'Right'),
      ],
      rows: answer.groups.map((g) => [label(g.key), String(g.count), eur(g.amount)]),
    });
  }
  // « impayés par segment de risque »: the segments as bars, in the table's order.
  const chart: AnswerView['chart'] =
    answer.groups && q.groupBy === 'risk' && answer.groups.length > 0
      ? {
          spec: {
            kind: 'overdue_by_risk',
            title: chartTitles.overdueByRisk,
            categories: answer.groups.map((g) => riskLabel(g.key)),
            series: [{ name: chartTitles.balance, values: answer.groups.map((g) => g.amount) }],
            unit: 'cents',
          },
          altText: barsSummary(
            chartTitles.overdueByRisk,
            answer.groups.map((g) => ({ label: riskLabel(g.key), value: eur(g.amount) })),
          ),
        }
      : undefined;
  return {
    headline,
    chart,
    subtitle:
      q.limit && q.period
        ? [scope, filtersLine(q, names)].filter(Boolean).join(' — ')
        : filtersLine(q, names),
    facts: q.limit
      ? [{ title: t.facts.allUnpaid, value: t.facts.countAmount(answer.count, eur(answer.allTotal)) }]
      : [],
    tables,
    notes: [
      t.definitions.unpaid,
      ...(q.period ? [q.dateBasis === 'issue' ? t.notes.issueBasis : t.notes.dueBasis] : []),
      ...(q.asOf ? [t.notes.asOf(formatDateLongFr(q.asOf))] : []),
    ],
  };
}

export const unpaidInvoicesAnswer: IntentAnswer<UnpaidAnswer> = {
  cutOff: { kind: 'due_by' },
  // Without a period, every open invoice may be unpaid; a period reads its months when short.
  readsOpenInvoices: (query) => !query.period,
  execute: unpaidInvoices,
  view: unpaidView,
};
