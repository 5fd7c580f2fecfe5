/**
 * The day's digest as it stands now — for a card refreshed after a click, « relances du jour », or
 * a controller who installs the app after the job ran. Actions come from storage (with what was
 * decided on them); the watch lists and warnings are recomputed from the open invoices.
 */
import type { BusinessCalendar } from '../../domain/business-calendar';
import type { CalendarDate } from '../../domain/calendar-date';
import { planDay } from '../../domain/daily-plan';
import type { LadderConfig } from '../../domain/ladder';
import type { RateTable } from '../../domain/rate-table';
import type { Stores } from '../ports';
import type { DailyDigest } from './digest';
import { digestWarnings } from './run-daily-job';
import { unsettledBefore } from './unsettled';

export interface DigestSources {
  stores: Stores;
  ladder: LadderConfig;
  calendar: BusinessCalendar;
  rates: RateTable;
}

export async function loadDigest(
  { stores, ladder, calendar, rates }: DigestSources,
  date: CalendarDate,
): Promise<DailyDigest> {
  const [carried, actions, customers, open] = await Promise.all([
    unsettledBefore(stores, date),
    stores.actions.listForDate(date),
    stores.customers.list(),
    stores.invoices.listOpen(),
  ]);
  const plan = planDay(open, new Map(customers.map((c) => [c.code, c])), { ladder, calendar, today: date });
  return {
    date,
    actions: [...carried, ...actions.filter((a) => a.status !== 'superseded')],
    promisesDue: plan.promisesDue,
    openDisputes: plan.openDisputes,
    notices: plan.notices,
    insolvencies: plan.insolvencies,
    warnings: digestWarnings(rates, plan),
  };
}
