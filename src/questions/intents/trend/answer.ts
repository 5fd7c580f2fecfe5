/**
 * « Évolution des retards », « ça va mieux que le mois dernier ? »: a measure at each day, week or
 * month of the period (the last twelve months by default), and the current unit against the one
 * before (this month against last month, this week against last week). The figures come from a
 * `TrendSource` (../../trend-source.ts): the daily snapshots where kept, else the ledger's history.
 */
import type { CalendarDate } from '../../../domain/calendar-date';
import { cents } from '../../../domain/money';
import { fr } from '../../../i18n/fr';
import {
  atDateText,
  pointLabel,
  points,
  trendMeasures,
  trendTexts as tt,
  windowText,
  type TrendDirection,
} from '../../../i18n/trend';
import type { ChartUnit } from '../../../application/ports/charts';
import { collectedVsDueTexts, lineSummary, shortDay, shortMonth } from '../../../i18n/charts';
import { fallingDueOver, type FallingDue } from '../../answers/falling-due';
import { customerRef, type AnswerContext } from '../../answer-context';
import { lastTwelveMonths } from '../../definitions';
import type { IntentAnswer } from '../../intent-answer';
import { compact, type Period, type StructuredQuery, type TrendMeasure } from '../../query';
import type { AnswerBase, CustomerRef } from '../../results';
import { snapshotSource, type TrendSource } from '../../trend-source';
import {
  changeOf,
  comparisonOf,
  granularityOf,
  isStock,
  pastPart,
  trendWindows,
  type Change,
  type Granularity,
  type TrendWindow,
} from '../../trends';
import { col, type AnswerView, type ViewContext } from '../../view/answer-view';
import { decimal, eur, percent, periodText } from '../../view/formats';

const t = fr.questions;

export interface TrendPoint extends TrendWindow {
  /** Cents (overdue, outstanding, collected), days (DSO), a percentage (late rate); null: none. */
  value: number | null;
}

export interface TrendAnswer extends AnswerBase<'trend'> {
  measure: TrendMeasure;
  /** The customers the question named (their names for the card's filters line). */
  customers: CustomerRef[];
  /** Filters of the question a trend does not apply (days late, amount, step, grouping, ranking). */
  ignored: boolean;
  /** The period asked (the last twelve months by default). */
  period: Period;
  granularity: Granularity;
  /** Oldest first; empty when the period has not begun. */
  points: TrendPoint[];
  comparison: {
    unit: Granularity;
    current: TrendPoint;
    previous: TrendPoint;
    change: Change | null;
  } | null;
  /** « Encaissé vs échu »: what fell due over each point's window (the collected measure, by month). */
  fallingDue?: FallingDue;
}

/** The period of a trend: as asked; else the twelve months up to a cut-off date, or to today. */
export function trendPeriodOf(query: StructuredQuery, today: CalendarDate): Period {
  if (query.period) return query.period;
  if (query.asOf) return { from: lastTwelveMonths(query.asOf).from, to: query.asOf };
  return lastTwelveMonths(today);
}

/** The trend from a source: the points of the period and the comparison of its last unit. */
export async function computeTrend(
  query: StructuredQuery,
  today: CalendarDate,
  source: TrendSource,
  customers: CustomerRef[] = [],
): Promise<TrendAnswer> {
  const measure = query.measure ?? 'overdue';
  const period = trendPeriodOf(query, today);
  const past = pastPart(period, today);
  const { intent, customerCodes, risk } = query;
  const ignored = ['amount', 'daysLate', 'step', 'groupBy', 'limit', 'dateBasis'].some(
    (key) => query[key as keyof StructuredQuery] !== undefined,
  );
  const kept = compact({ intent, period, customerCodes, risk, measure: query.measure });
  const base = { intent: 'trend' as const, query: kept, today, measure, period, customers, ignored };
  if (!past) return { ...base, granularity: 'month', points: [], comparison: null };
  const granularity = granularityOf(past);
  const windows = trendWindows(past, granularity);
  const compared = comparisonOf(period, past, granularity, isStock(measure));
  const values = await source.measure(measure, [...windows, compared.current, compared.previous]);
  const current = { ...compared.current, value: values[windows.length] ?? null };
  const previous = { ...compared.previous, value: values[windows.length + 1] ?? null };
  return {
    ...base,
    granularity,
    points: windows.map((w, i) => ({ ...w, value: values[i] ?? null })),
    comparison: { unit: compared.unit, current, previous, change: changeOf(current.value, previous.value) },
  };
}

async function answerTrend(query: StructuredQuery, context: AnswerContext): Promise<TrendAnswer> {
  const customers = (query.customerCodes ?? []).map((code) => customerRef(context, code));
  const trend = await computeTrend(query, context.today, snapshotSource(query, context), customers);
  if (trend.measure !== 'collected' || trend.granularity !== 'month' || trend.points.length === 0)
    return trend;
  return { ...trend, fallingDue: await fallingDueOver(trend.points, query, context) };
}

// ---------------------------------------------------------------- the card

const MINUS = '\u2212';
const signed = (text: string, value: number) =>
  value > 0 ? `+${text}` : value < 0 ? `${MINUS}${text}` : text;

function valueText(measure: TrendMeasure, value: number | null): string {
  if (value === null) return tt.noValue;
  if (measure === 'dso') return t.days(decimal(value));
  if (measure === 'late_rate') return percent(value);
  return eur(cents(Math.round(value)));
}

/** « −17,7 % » of an amount, « +3,2 j » of a DSO, « −1,5 point » of a rate; empty when none. */
function changeText(measure: TrendMeasure, change: Change | null): string {
  if (!change) return '';
  if (measure === 'dso')
    return signed(t.days(decimal(Math.abs(change.difference))), round1(change.difference));
  if (measure === 'late_rate') {
    const d = Math.abs(change.difference);
    return signed(points(decimal(d), round1(d)), round1(change.difference));
  }
  if (change.percent === null) return change.difference === 0 ? percent(0) : '';
  return signed(percent(Math.abs(change.percent)), round1(change.percent));
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function directionOf(measure: TrendMeasure, change: Change): TrendDirection {
  const d =
    measure === 'dso' || measure === 'late_rate' ? round1(change.difference) : Math.round(change.difference);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'flat';
}

function whenText(measure: TrendMeasure, point: TrendPoint): string {
  return isStock(measure) ? atDateText(point.to) : windowText(point.from, point.to);
}

function headline(answer: TrendAnswer): string {
  const words = trendMeasures[answer.measure];
  const c = answer.comparison;
  if (!c) return tt.futurePeriod(words.title);
  const { current, previous, change } = c;
  if (change) {
    return tt.headline(
      words.subject,
      words.verbs[directionOf(answer.measure, change)],
      valueText(answer.measure, current.value),
      whenText(answer.measure, current),
      valueText(answer.measure, previous.value),
      whenText(answer.measure, previous),
      changeText(answer.measure, change),
    );
  }
  if (current.value !== null)
    return tt.headlineOne(
      words.title,
      valueText(answer.measure, current.value),
      whenText(answer.measure, current),
    );
  return tt.headlineNone(words.title);
}

function changeBetween(measure: TrendMeasure, point: TrendPoint, before: TrendPoint | undefined): string {
  return before ? changeText(measure, changeOf(point.value, before.value)) : '';
}

/** Collected and falling due, grouped bars per month. */
function collectedVsDueChart(answer: TrendAnswer, due: FallingDue): AnswerView['chart'] {
  return {
    spec: {
      kind: 'collected_vs_due',
      title: collectedVsDueTexts.title,
      categories: answer.points.map((p) => shortMonth(p.from)),
      series: [
        { name: collectedVsDueTexts.collected, values: answer.points.map((p) => p.value) },
        { name: collectedVsDueTexts.fallingDue, values: due.values },
      ],
      unit: 'cents',
    },
    altText: collectedVsDueTexts.summary(
      answer.points.map((p, i) => ({
        label: pointLabel(answer.granularity, p.from, p.to),
        collected: valueText('collected', p.value),
        fallingDue: eur(cents(due.values[i] ?? 0)),
      })),
    ),
  };
}

/** The points as a line (two points at least: one point is not a trend). */
function trendChart(answer: TrendAnswer): AnswerView['chart'] {
  if (answer.fallingDue && answer.points.length >= 1) return collectedVsDueChart(answer, answer.fallingDue);
  const known = answer.points.filter((p) => p.value !== null);
  if (answer.points.length < 2 || known.length === 0) return undefined;
  const words = trendMeasures[answer.measure];
  const unit: ChartUnit =
    answer.measure === 'dso' ? 'days' : answer.measure === 'late_rate' ? 'percent' : 'cents';
  const category = (p: TrendPoint) =>
    answer.granularity === 'month' ? shortMonth(p.from) : shortDay(p.from);
  const said = (p: TrendPoint) => ({
    label: pointLabel(answer.granularity, p.from, p.to),
    value: valueText(answer.measure, p.value),
  });
  const byValue = [...known].sort((a, b) => a.value! - b.value!);
  return {
    spec: {
      kind: answer.measure === 'dso' ? 'dso' : 'trend',
      title: words.title,
      categories: answer.points.map(category),
      series: [{ name: words.column, values: answer.points.map((p) => p.value) }],
      unit,
    },
    altText: lineSummary(
      words.title,
      said(known[0]!),
      said(known.at(-1)!),
      said(byValue.at(-1)!),
      said(byValue[0]!),
    ),
  };
}

function trendView(answer: TrendAnswer, { filters }: ViewContext): AnswerView {
  const words = trendMeasures[answer.measure];
  const definition = {
    overdue: t.definitions.unpaid,
    outstanding: tt.notes.outstanding,
    dso: t.definitions.dso,
    late_rate: t.definitions.lateRate,
    collected: t.definitions.collected,
  }[answer.measure];
  return {
    headline: headline(answer),
    subtitle: filters,
    facts: [{ title: tt.facts.period, value: periodText(answer.period) }],
    chart: trendChart(answer),
    tables: answer.points.length
      ? [
          {
            title: words.title,
            columns: [
              col(tt.columns.point, 5),
              col(words.column, 3, 'Right'),
              ...(answer.fallingDue ? [col(collectedVsDueTexts.column, 3, 'Right')] : []),
              col(tt.columns.change, 2, 'Right'),
            ],
            rows: answer.points.map((p, i) => [
              pointLabel(answer.granularity, p.from, p.to),
              valueText(answer.measure, p.value),
              ...(answer.fallingDue ? [eur(cents(answer.fallingDue.values[i] ?? 0))] : []),
              changeBetween(answer.measure, p, answer.points[i - 1]),
            ]),
          },
        ]
      : [],
    notes: [
      ...(answer.ignored ? [tt.notes.ignored] : []),
      definition,
      isStock(answer.measure) ? tt.notes.stockAtEnd : tt.notes.sameDays,
      ...(answer.fallingDue && answer.fallingDue.rebuilt.length > 0
        ? [
            collectedVsDueTexts.partly(
              answer.fallingDue.rebuilt
                .map((i) => pointLabel(answer.granularity, answer.points[i]!.from, answer.points[i]!.to))
                .join(', '),
            ),
          ]
        : []),
      ...(answer.measure === 'collected'
        ? [t.notes.collectedSource]
        : [tt.notes.reconstructed, tt.notes.horizon]),
    ],
  };
}

export const trendAnswer: IntentAnswer<TrendAnswer> = {
  // « évolution des impayés au 30 septembre »: the twelve months up to that date.
  cutOff: { kind: 'ignored' },
  readsOpenInvoices: (query) => (query.measure ?? 'overdue') !== 'collected',
  execute: answerTrend,
  view: trendView,
};
