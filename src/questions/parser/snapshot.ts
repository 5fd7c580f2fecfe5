/**
 * A figure of the ledger as it stands (DSO, aged balance, overdue ratio, a customer's balance, top
 * debtors, litigation, disputes, payment plans, late rate) asked « aujourd’hui » carries no period:
 * « quel est le DSO aujourd’hui ? » is the DSO, not the DSO of the invoices falling due today.
 * « actuel », « en ce moment », « à date » are no period already. Today's day is kept where it
 * means something: the day's planned actions, the journal, money collected, promises falling due
 * (a promise's period is its promised date), unpaid invoices (due today) and losses.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { QueryIntent } from '../catalogue';
import type { Period } from '../query';

const SNAPSHOTS: ReadonlySet<QueryIntent> = new Set<QueryIntent>([
  'dso',
  'aged_balance',
  'overdue_ratio',
  'customer_balance',
  'top_late_payers',
  'litigation',
  'disputes',
  'payment_plans',
  'late_rate',
]);

export function snapshotPeriod(
  intent: QueryIntent | null,
  period: Period | undefined,
  today: CalendarDate,
): Period | undefined {
  if (!period || !intent || !SNAPSHOTS.has(intent)) return period;
  return period.from === today && period.to === today ? undefined : period;
}
