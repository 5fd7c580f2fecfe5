/**
 * A figure of the ledger as it stands (DSO, aged balance, overdue ratio, a customer's balance, top
 * debtors, litigation, disputes, payment plans, late rate) asked « aujourd’hui » carries no period:
 * « quel est le DSO aujourd’hui ? » is the DSO, not the DSO of the invoices falling due today.
 * « actuel », « en ce moment », « à date » are no period already. Today's day is kept where it
 * means something: the day's planned actions, the journal, money collected, promises falling due
 * (a promise's period is its promised date), unpaid invoices falling due today (« échues
 * aujourd'hui »; « les impayés aujourd'hui » are as they stand) and losses. A single day
 * to come (« demain ») on such a figure is context, not a period.
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

/** « échues aujourd'hui », « arrivent à échéance aujourd'hui »: invoices falling due that day. */
const FALLING_DUE =
  /^(?:echu|echue|echus|echues|echoit|echoient|echeance|echeances|arrivent|arrive|tombent|tombe)$/;

export function snapshotPeriod(
  intent: QueryIntent | null,
  period: Period | undefined,
  today: CalendarDate,
  words: ReadonlyArray<{ norm: string }> = [],
): Period | undefined {
  // « c'est quoi le stock d'impayés aujourd'hui ? »: the unpaid invoices as they stand — today is a
  // period of theirs only when they fall due that day (fortieth round; the labelling brief).
  if (
    intent === 'unpaid_invoices' &&
    period?.from === today &&
    period.to === today &&
    !words.some((w) => FALLING_DUE.test(w.norm))
  )
    return undefined;
  if (!period || !intent || !SNAPSHOTS.has(intent)) return period;
  if (period.from === today && period.to === today) return undefined;
  // A single day to come (« il déjeune demain avec le client : où en est-il ? ») is the sentence's
  // context: the ledger is not read in the future.
  return period.from === period.to && period.from > today ? undefined : period;
}
