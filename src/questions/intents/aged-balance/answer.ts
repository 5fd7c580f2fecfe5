/**
 * « Balance âgée »: the receivables by days late — non échu, 1–30, 31–60, 61–90, over 90 — in
 * total and, « par client », per customer.
 */
import { formatDateLongFr } from '../../../domain/calendar-date';
import type { Invoice } from '../../../domain/ledger';
import { agedMonthsTexts, barsSummary, chartTitles, shortMonth } from '../../../i18n/charts';
import { atDateText } from '../../../i18n/trend';
import { cents, type Cents } from '../../../domain/money';
import { agedMonths, type AgedMonth } from '../../answers/aged-months';
import { AGE_BUCKETS, type AgeBucket } from '../../definitions';
import { fr } from '../../../i18n/fr';
import { customerRef, type AnswerContext } from '../../answer-context';
import { receivablesFor } from '../../answers/receivables';
import { always, type IntentAnswer } from '../../intent-answer';
import { agedBalance, type AgedBalance } from '../../kpis';
import type { StructuredQuery } from '../../query';
import type { AnswerBase, CustomerRef } from '../../results';
import { col, type AnswerTable, type AnswerView, type ViewContext } from '../../view/answer-view';
import { eur, percent } from '../../view/formats';

const t = fr.questions;

export interface AgedBalanceAnswer extends AnswerBase<'aged_balance'>, AgedBalance {
  byCustomer: Array<{ customer: CustomerRef; balance: AgedBalance }> | null;
  /**
   * The whole portfolio's balance at each of the last eleven month-ends (daily snapshots) and
   * today: the chart's stacks. Absent for a filtered question or a sales rep (../../answers/aged-months.ts).
   */
  months?: AgedMonth[];
}

async function answerAgedBalance(query: StructuredQuery, context: AnswerContext): Promise<AgedBalanceAnswer> {
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
  const balance = agedBalance(receivables, context.today);
  const todays = Object.fromEntries(AGE_BUCKETS.map((b) => [b, cents(0)])) as Record<AgeBucket, Cents>;
  for (const b of balance.buckets) todays[b.bucket] = b.amount;
  const months = await agedMonths(query, context, todays);
  return {
    intent: 'aged_balance',
    query,
    today: context.today,
    ...balance,
    byCustomer,
    ...(months ? { months } : {}),
  };
}

function agedTable(balance: AgedBalance): AnswerTable {
  return {
    title: '',
    columns: [
      col(t.columns.bucket, 3),
      col(t.columns.count, 2, 'Right'),
      col(t.columns.amount, 3, 'Right'),
      col(t.columns.share, 2, 'Right'),
    ],
    rows: balance.buckets.map((b) => [
      t.buckets[b.bucket],
      String(b.count),
      eur(b.amount),
      balance.total > 0 ? percent((100 * b.amount) / balance.total) : '—',
    ]),
  };
}

const totalOf = (aged: Readonly<Record<AgeBucket, Cents>>) => AGE_BUCKETS.reduce((s, b) => s + aged[b], 0);

/**
 * The balance over twelve months, one stack per month-end (today for the current month), one band
 * per bucket; a month without its snapshot left empty and said. None when no past month is known.
 */
function monthsChart(answer: AgedBalanceAnswer): AnswerView['chart'] {
  const months = answer.months;
  const known = months?.filter((m): m is AgedMonth & { aged: Record<AgeBucket, Cents> } => m.aged !== null);
  if (!months || !known || known.length < 2) return undefined;
  const first = known[0]!;
  const last = known.at(-1)!;
  const when = (m: AgedMonth) => (m.end === answer.today ? agedMonthsTexts.today : atDateText(m.end));
  const overdue = answer.total - (answer.buckets.find((b) => b.bucket === 'not_due')?.amount ?? 0);
  const missing = months.filter((m) => m.aged === null).map((m) => shortMonth(m.end));
  const summary = agedMonthsTexts.summary(
    eur(cents(totalOf(first.aged))),
    when(first),
    eur(cents(totalOf(last.aged))),
    when(last),
    percent(answer.total > 0 ? (100 * overdue) / answer.total : 0),
  );
  return {
    spec: {
      kind: 'aged_balance',
      title: agedMonthsTexts.title,
      categories: months.map((m) => shortMonth(m.end)),
      series: AGE_BUCKETS.map((bucket) => ({
        name: t.buckets[bucket],
        values: months.map((m) => (m.aged ? m.aged[bucket] : null)),
      })),
      unit: 'cents',
      stacked: true,
    },
    altText: missing.length > 0 ? `${summary} ${agedMonthsTexts.missing(missing.join(', '))}` : summary,
  };
}

/** Today's balance by age, one bar per bucket (none when nothing is owed). */
function agedChart(answer: AgedBalanceAnswer): AnswerView['chart'] {
  const overMonths = monthsChart(answer);
  if (overMonths) return overMonths;
  if (answer.total === 0) return undefined;
  const date = formatDateLongFr(answer.today);
  return {
    spec: {
      kind: 'aged_balance',
      title: chartTitles.agedBalance(date),
      categories: answer.buckets.map((b) => t.buckets[b.bucket]),
      series: [{ name: chartTitles.balance, values: answer.buckets.map((b) => b.amount) }],
      unit: 'cents',
    },
    altText: barsSummary(
      chartTitles.agedBalance(date),
      answer.buckets.map((b) => ({ label: t.buckets[b.bucket], value: eur(b.amount) })),
    ),
  };
}

function agedBalanceView(answer: AgedBalanceAnswer, { filters }: ViewContext): AnswerView {
  return {
    headline: t.headlines.agedBalance(formatDateLongFr(answer.today), eur(answer.total), answer.count),
    subtitle: filters,
    chart: agedChart(answer),
    tables: [
      agedTable(answer),
      ...(answer.byCustomer
        ? [
            {
              title: t.notes.byCustomerTitle,
              columns: [
                col(t.columns.customer, 4),
                col(t.columns.total, 3, 'Right'),
                col(t.buckets.not_due, 3, 'Right'),
                col(t.buckets.over_90, 3, 'Right'),
              ],
              rows: answer.byCustomer.map((r) => [
                r.customer.name,
                eur(r.balance.total),
                eur(r.balance.buckets.find((b) => b.bucket === 'not_due')!.amount),
                eur(r.balance.buckets.find((b) => b.bucket === 'over_90')!.amount),
              ]),
            },
          ]
        : []),
    ],
    notes: [t.definitions.agedBalance],
  };
}

export const agedBalanceAnswer: IntentAnswer<AgedBalanceAnswer> = {
  cutOff: { kind: 'snapshot', what: t.whatOf.aged_balance },
  readsOpenInvoices: always,
  execute: answerAgedBalance,
  view: agedBalanceView,
};
