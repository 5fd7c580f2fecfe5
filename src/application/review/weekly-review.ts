/**
 * The director's weekly review (issue #18): the week in five figures with their change, what
 * moved, the five largest risks, and two charts (as data, with their text summary).
 *
 * The week reviewed is the seven days before the review's date (on a Monday: Monday to Sunday).
 * Stocks (outstanding, overdue, DSO, in litigation) are today's — computed as the daily job's
 * snapshot is, i.e. as the questions answer today; « collected » is the payments dated in the week
 * (« encaissé du … au … »). Their comparisons read the stored snapshots: a stock seven days and 364
 * days (the same weekday, a year back) earlier; a flow summed over the seven days a week and 52
 * weeks earlier, known only when every day of that week has its snapshot. Unknown: null (« — »).
 */
import {
  addDays,
  formatDateLongFr,
  frenchMonthName,
  monthOf,
  yearOf,
  type CalendarDate,
} from '../../domain/calendar-date';
import { stepIndex, stepLabel, transferStep, type LadderConfig } from '../../domain/ladder';
import { balanceOf, type Invoice, type Payment } from '../../domain/ledger';
import { cents, type Cents } from '../../domain/money';
import { formatEuros } from '../../domain/money';
import { agedMonthsTexts, shortMonth } from '../../i18n/charts';
import { review as t } from '../../i18n/fr/review';
import { previousMonthEnds } from '../../questions/answers/aged-months';
import { AGE_BUCKETS, isUnpaid } from '../../questions/definitions';
import { latePayers } from '../../questions/kpis';
import type { Logger, Stores } from '../ports';
import type { ChartImage, ChartPublisher, ChartSpec } from '../ports/charts';
import type { DailySnapshot, SnapshotStore } from '../ports/snapshots';
import { computeSnapshots, type SnapshotReads } from '../snapshots/save-day-snapshot';

export const REVIEW_FIGURES = ['outstanding', 'overdue', 'dso', 'collected', 'inLitigation'] as const;
export type ReviewFigureKey = (typeof REVIEW_FIGURES)[number];

export interface ReviewFigure {
  key: ReviewFigureKey;
  unit: 'cents' | 'days';
  value: number | null;
  /** The same figure a week earlier, and 52 weeks earlier; null when no snapshot says. */
  lastWeek: number | null;
  lastYear: number | null;
}

export interface ReviewRisk {
  customerCode: string;
  customerName: string;
  overdue: Cents;
  count: number;
  maxDaysLate: number;
  /** The furthest step of the ladder done on its overdue invoices (its label), or null. */
  step: string | null;
}

export interface Moved {
  newOverdue: { count: number; amount: Cents };
  paid: { count: number; amount: Cents };
  promisesKept: number;
  promisesBroken: number;
  newDisputes: number;
  sentToFirm: { count: number; amount: Cents };
  recoveredByFirm: Cents;
}

export interface ReviewChart {
  spec: ChartSpec;
  altText: string;
}

export interface WeeklyReview {
  date: CalendarDate;
  week: { from: CalendarDate; to: CalendarDate };
  figures: ReviewFigure[];
  moved: Moved;
  risks: ReviewRisk[];
  charts: { aged: ReviewChart; dso: ReviewChart };
}

export interface ReviewDependencies {
  stores: SnapshotReads & Pick<Stores, 'journal'> & { snapshots?: SnapshotStore };
  ladder: LadderConfig;
  lawFirmName: string;
}

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
/** A month in the summaries' words (« décembre 2025 »), for screen readers and clients without images. */
const monthLabel = (date: CalendarDate) => `${frenchMonthName(monthOf(date))} ${yearOf(date)}`;

/** The review of `today` (see the module comment). */
export async function buildWeeklyReview(
  deps: ReviewDependencies,
  today: CalendarDate,
): Promise<WeeklyReview> {
  const { stores } = deps;
  const week = { from: addDays(today, -7), to: addDays(today, -1) };
  const [[now], kept, customers, open, weekPayments, journal] = await Promise.all([
    computeSnapshots(stores, [today], today),
    stores.snapshots ? stores.snapshots.range(addDays(today, -372), addDays(today, -1)) : Promise.resolve([]),
    stores.customers.list(),
    stores.invoices.listOpen(),
    paymentsOver(stores, week.from, week.to),
    stores.journal.listForDays(week.from, week.to),
  ]);
  const snapshot = new Map(kept.map((s) => [s.date, s]));
  const flow = (from: CalendarDate, pick: (s: DailySnapshot) => number): number | null => {
    const days = [0, 1, 2, 3, 4, 5, 6].map((k) => snapshot.get(addDays(from, k)));
    return days.every((s) => s !== undefined) ? sum(days.map((s) => pick(s!))) : null;
  };
  const stock = (date: CalendarDate, pick: (s: DailySnapshot) => number | null) => {
    const s = snapshot.get(date);
    return s ? pick(s) : null;
  };
  const collected = sum(weekPayments.map((p) => p.amount));
  const figure = (key: ReviewFigureKey, pick: (s: DailySnapshot) => number | null): ReviewFigure => ({
    key,
    unit: key === 'dso' ? 'days' : 'cents',
    value: key === 'collected' ? collected : pick(now!),
    lastWeek:
      key === 'collected'
        ? flow(addDays(week.from, -7), (s) => s.collected)
        : stock(addDays(today, -7), pick),
    lastYear:
      key === 'collected'
        ? flow(addDays(week.from, -364), (s) => s.collected)
        : stock(addDays(today, -364), pick),
  });
  const figures = [
    figure('outstanding', (s) => s.outstanding),
    figure('overdue', (s) => s.overdue),
    figure('dso', (s) => s.dsoDays),
    figure('collected', (s) => s.collected),
    figure('inLitigation', (s) => s.inLitigation),
  ];

  const names = new Map(customers.map((c) => [c.code, c.legalName]));
  const risks = latePayers(open, today)
    .slice(0, 5)
    .map((payer) => {
      let furthest: Invoice['dunning']['lastStep'] = null;
      for (const i of open)
        if (i.customerCode === payer.customerCode && isUnpaid(i, today))
          if (stepIndex(deps.ladder, i.dunning.lastStep) > stepIndex(deps.ladder, furthest))
            furthest = i.dunning.lastStep;
      return {
        customerCode: payer.customerCode,
        customerName: names.get(payer.customerCode) ?? payer.customerCode,
        overdue: payer.overdue,
        count: payer.count,
        maxDaysLate: payer.maxDaysLate,
        step: furthest ? stepLabel(deps.ladder, furthest) : null,
      };
    });

  const moved = await whatMoved(deps, today, week, open, weekPayments, journal);
  // One rule with « graphique de la balance âgée » (../../questions/answers/aged-months.ts): each past
  // month is its month-end's snapshot — none kept, the month is left empty, never guessed — and
  // the current month is today's figures.
  const months = [...previousMonthEnds(today), today];
  const at = (date: CalendarDate): DailySnapshot | undefined => (date === today ? now : snapshot.get(date));
  return {
    date: today,
    week,
    figures,
    moved,
    risks,
    charts: charts(months.map((m) => [m, at(m)] as const)),
  };
}

async function paymentsOver(stores: SnapshotReads, from: CalendarDate, to: CalendarDate): Promise<Payment[]> {
  const months = [...new Set([from.slice(0, 7), to.slice(0, 7)])];
  const read = await Promise.all(months.map((m) => stores.payments.listByMonth(m)));
  return read.flat().filter((p) => p.date >= from && p.date <= to);
}

async function whatMoved(
  deps: ReviewDependencies,
  today: CalendarDate,
  week: { from: CalendarDate; to: CalendarDate },
  open: readonly Invoice[],
  payments: readonly Payment[],
  journal: Awaited<ReturnType<Stores['journal']['listForDays']>>,
): Promise<Moved> {
  const { stores } = deps;
  const newlyOverdue = open.filter(
    (i) => i.dueDate >= week.from && i.dueDate <= week.to && isUnpaid(i, today),
  );
  // The invoices paid this week, read by customer (one partition each).
  const paidCustomers = [...new Set(payments.map((p) => p.customerCode))];
  const theirs = (await Promise.all(paidCustomers.map((c) => stores.invoices.listByCustomer(c)))).flat();
  const byNumber = new Map(theirs.map((i) => [i.number, i]));
  const transfer = transferStep(deps.ladder)?.id ?? null;
  const recovered = payments.filter(
    (p) => transfer !== null && byNumber.get(p.invoiceNumber)?.dunning.lastStep === transfer,
  );
  const closedThisWeek = theirs.filter(
    (i) => i.status === 'paid' && i.closedOn !== null && i.closedOn >= week.from && i.closedOn <= week.to,
  );
  let promisesKept = 0;
  for (const invoice of closedThisWeek) {
    const entries = await stores.journal.listForInvoice(invoice.number);
    if (entries.some((e) => e.action === 'promise.recorded' && e.outcome === 'ok')) promisesKept++;
  }
  const invoicesOf = (action: string) =>
    new Set(
      journal
        .filter((e) => e.action === action && e.outcome === 'ok')
        .flatMap((e) => e.target.invoiceNumbers ?? []),
    );
  const transferred = invoicesOf('litigation.transferred');
  const openByNumber = new Map(open.map((i) => [i.number, i]));
  return {
    newOverdue: { count: newlyOverdue.length, amount: cents(sum(newlyOverdue.map(balanceOf))) },
    paid: { count: payments.length, amount: cents(sum(payments.map((p) => p.amount))) },
    promisesKept,
    promisesBroken: invoicesOf('promise.broken').size,
    newDisputes: invoicesOf('invoice.disputed').size,
    sentToFirm: {
      count: transferred.size,
      amount: cents(sum([...transferred].map((n) => openByNumber.get(n)).map((i) => (i ? balanceOf(i) : 0)))),
    },
    recoveredByFirm: cents(sum(recovered.map((p) => p.amount))),
  };
}

const eur = (c: number) => formatEuros(cents(Math.round(c)));
/** Days to the tenth, as the card's figure and the question « DSO ? » say them (« 57,3 j »). */
const dsoText = (days: number) => t.days(days.toFixed(1).replace('.', ','));

function charts(
  points: ReadonlyArray<readonly [CalendarDate, DailySnapshot | undefined]>,
): WeeklyReview['charts'] {
  // The same labels under the axis as the answers' charts (« déc. 25 »).
  const categories = points.map(([d]) => shortMonth(d));
  const known = points.filter((p): p is readonly [CalendarDate, DailySnapshot] => p[1] !== undefined);
  const aged: ChartSpec = {
    kind: 'aged_balance',
    title: agedMonthsTexts.title,
    categories,
    series: AGE_BUCKETS.map((bucket) => ({
      name: t.charts.buckets[bucket]!,
      values: points.map(([, s]) => (s ? s.aged[bucket] : null)),
    })),
    unit: 'cents',
    stacked: true,
  };
  const dso: ChartSpec = {
    kind: 'dso',
    title: t.charts.dsoTitle,
    categories,
    series: [{ name: t.charts.dsoSeries, values: points.map(([, s]) => s?.dsoDays ?? null) }],
    unit: 'days',
  };
  const first = known[0];
  const last = known.at(-1);
  const agedAlt =
    first && last
      ? t.charts.agedSummary(
          eur(first[1].outstanding),
          monthLabel(first[0]),
          eur(last[1].outstanding),
          monthLabel(last[0]),
          last[1].outstanding > 0
            ? `${Math.round((100 * last[1].overdue) / last[1].outstanding)}\u00a0%`
            : '0\u00a0%',
        )
      : t.charts.noData;
  const withDso = known.filter(([, s]) => s.dsoDays !== null);
  const top = withDso.reduce<(typeof withDso)[number] | undefined>(
    (best, p) => (!best || p[1].dsoDays! > best[1].dsoDays! ? p : best),
    undefined,
  );
  const dsoAlt =
    withDso.length > 0 && top
      ? t.charts.dsoSummary(
          dsoText(withDso[0]![1].dsoDays!),
          monthLabel(withDso[0]![0]),
          dsoText(withDso.at(-1)![1].dsoDays!),
          monthLabel(withDso.at(-1)![0]),
          dsoText(top[1].dsoDays!),
          monthLabel(top[0]),
        )
      : t.charts.noData;
  return { aged: { spec: aged, altText: agedAlt }, dso: { spec: dso, altText: dsoAlt } };
}

/** The two charts as images, when a publisher is there and works; a failure is logged, not thrown. */
export async function publishReviewCharts(
  review: WeeklyReview,
  publisher: ChartPublisher | undefined,
  now: Date,
  logger: Logger,
): Promise<{ aged?: ChartImage; dso?: ChartImage }> {
  if (!publisher) return {};
  const one = async (chart: ReviewChart) => {
    try {
      return await publisher.publish(chart.spec, chart.altText, now);
    } catch (error) {
      logger.warn({ err: error, chart: chart.spec.kind }, 'weekly review chart not published');
      return undefined;
    }
  };
  const [aged, dso] = await Promise.all([one(review.charts.aged), one(review.charts.dso)]);
  return { ...(aged ? { aged } : {}), ...(dso ? { dso } : {}) };
}

/** « du 16 au 22 novembre 2026 ». */
export function weekText(week: { from: CalendarDate; to: CalendarDate }): string {
  const to = formatDateLongFr(week.to);
  const from = formatDateLongFr(week.from);
  if (week.from.slice(0, 7) === week.to.slice(0, 7)) return `du ${from.split(' ')[0]} au ${to}`;
  if (week.from.slice(0, 4) === week.to.slice(0, 4))
    return `du ${from.split(' ').slice(0, 2).join(' ')} au ${to}`;
  return `du ${from} au ${to}`;
}
