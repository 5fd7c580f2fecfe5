/**
 * The day's digest as it stands now — for a card refreshed after a click, « relances du jour », or
 * a controller who installs the app after the job ran. Actions come from storage (with what was
 * decided on them); the watch lists and warnings are recomputed from the open invoices.
 */
import type { BusinessCalendar } from '../../domain/business-calendar';
import type { CalendarDate } from '../../domain/calendar-date';
import { planDay } from '../../domain/daily-plan';
import type { LadderConfig } from '../../domain/ladder';
import { currentRates, type Rates } from '../rates/effective-rates';
import type { Cents } from '../../domain/money';
import { lateFeeProposals } from '../late-fees/proposals';
import { reconcileItems } from '../bank/reconcile';
import type { Stores } from '../ports';
import type { DailyDigest } from './digest';
import { digestWarnings, rateFloorWarnings } from './run-daily-job';
import { unsettledBefore } from './unsettled';

export interface DigestSources {
  stores: Stores;
  ladder: LadderConfig;
  calendar: BusinessCalendar;
  rates: Rates;
  /** Today, when the card may be an earlier day's (the rates are asked for as of today). */
  today?: () => CalendarDate;
  /** Penalties on invoices paid late are proposed from this total per customer; absent: never. */
  lateFeeThreshold?: Cents;
}

export async function loadDigest(
  { stores, ladder, calendar, rates, today, lateFeeThreshold }: DigestSources,
  date: CalendarDate,
): Promise<DailyDigest> {
  // Every read at once: the card is redrawn after each click, within Teams' few seconds.
  const rated = currentRates(rates);
  const [carried, actions, customers, open, table, lateFees, pending] = await Promise.all([
    unsettledBefore(stores, date),
    stores.actions.listForDate(date),
    stores.customers.list(),
    stores.invoices.listOpen(),
    rated,
    lateFeeThreshold === undefined
      ? undefined
      : // A secondary section: the day's work shows even when it cannot be read.
        rated
          .then((t) => lateFeeProposals({ stores, rates: t, threshold: lateFeeThreshold }, date))
          .catch(() => undefined),
    // A secondary section too: the credits of the bank statements left to the controller.
    Promise.resolve()
      .then(() => stores.bank.listPending())
      .catch(() => []),
  ]);
  const reconcile = reconcileItems(pending, open, customers);
  const plan = planDay(open, new Map(customers.map((c) => [c.code, c])), { ladder, calendar, today: date });
  return {
    date,
    actions: [...carried, ...actions.filter((a) => a.status !== 'superseded')],
    promisesDue: plan.promisesDue,
    openDisputes: plan.openDisputes,
    notices: plan.notices,
    insolvencies: plan.insolvencies,
    warnings: [...digestWarnings(table, plan, today?.()), ...rateFloorWarnings(table, date, customers, open)],
    ...(lateFees ? { lateFees } : {}),
    ...(reconcile.length > 0 ? { reconcile } : {}),
  };
}
