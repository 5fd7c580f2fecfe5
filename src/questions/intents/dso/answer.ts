/**
 * « DSO »: days sales outstanding by the countback method — today's receivables matched against
 * the credit sales of the months before (../../definitions.ts says how).
 */
import {
  addMonths,
  frenchMonthName,
  monthKey,
  monthsBetween,
  parseCalendarDate,
  startOfMonth,
  type MonthKey,
} from '../../../domain/calendar-date';
import { balanceOf, type Invoice } from '../../../domain/ledger';
import { cents, sumCents } from '../../../domain/money';
import { fr } from '../../../i18n/fr';
import type { AnswerContext } from '../../answer-context';
import { DSO_MAX_MONTHS, isReceivable } from '../../definitions';
import { always, type IntentAnswer } from '../../intent-answer';
import { matchesFilters, withoutPeriod } from '../../invoice-filters';
import { countback, daysCounted, type Countback, type SalesMonth } from '../../kpis';
import type { StructuredQuery } from '../../query';
import type { AnswerBase } from '../../results';
import { col, type AnswerView, type ViewContext } from '../../view/answer-view';
import { decimal, eur } from '../../view/formats';

const t = fr.questions;

export interface DsoAnswer extends AnswerBase<'dso'>, Countback {
  monthsWalked: MonthKey[];
}

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

async function answerDso(query: StructuredQuery, context: AnswerContext): Promise<DsoAnswer> {
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

function dsoView(answer: DsoAnswer, { filters }: ViewContext): AnswerView {
  return {
    headline:
      answer.receivables === 0
        ? t.headlines.dsoNone
        : answer.days === null
          ? t.headlines.dsoOver(t.days(decimal(answer.countedDays)))
          : t.headlines.dso(t.days(decimal(answer.days))),
    subtitle: filters,
    facts: [{ title: t.facts.receivables, value: eur(answer.receivables) }],
    tables: [
      {
        title: '',
        columns: [col(t.columns.month, 3), col(t.columns.sales, 3, 'Right'), col(t.columns.days, 3, 'Right')],
        rows: answer.steps.map((s) => [
          `${frenchMonthName(Number(s.month.slice(5, 7)))} ${s.month.slice(0, 4)}`,
          eur(s.sales),
          decimal(s.counted),
        ]),
      },
    ],
    notes: [
      t.definitions.dso,
      ...(answer.days === null && answer.receivables > 0
        ? [t.notes.dsoNotExhausted(answer.steps.length)]
        : []),
    ],
  };
}

export const dsoAnswer: IntentAnswer<DsoAnswer> = {
  cutOff: { kind: 'snapshot', what: t.whatOf.dso },
  readsOpenInvoices: always,
  execute: answerDso,
  view: dsoView,
};
