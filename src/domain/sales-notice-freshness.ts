/**
 * Is a sales notice still true when the rep reads it? A notice queued for a rep who could not be
 * reached is delivered later (when they install Relances), and a card stays in their chat: by then
 * the file may have gone to the law firm, the invoices may be paid, the formal notice may have left.
 * Pure: decided from the notice's invoices as they are now and the journal of the customer.
 */
import { calendarDateAt, type CalendarDate } from './calendar-date';
import type { JournalEntry } from './journal';
import { balanceOf, isClosed, type Invoice } from './ledger';
import type { SalesNotice } from './sales-notices';

export type NoticeFreshness =
  /** Says what is true today. */
  | { kind: 'current' }
  /** The file went to the law firm (on that date when known): nothing left to signal. */
  | { kind: 'transferred'; on: CalendarDate | null }
  /** Nothing is owed any more on its invoices (paid, written off). */
  | { kind: 'settled' }
  /** The formal notice it announced « today » left on an earlier day. */
  | { kind: 'notice_sent'; on: CalendarDate };

/** Stale notices are not answered: the rep's answer would change nothing. */
export const isStale = (f: NoticeFreshness): boolean => f.kind === 'transferred' || f.kind === 'settled';

const latest = (dates: readonly CalendarDate[]): CalendarDate | null =>
  dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;

const touches = (entry: JournalEntry, numbers: ReadonlySet<string>) =>
  (entry.target.invoiceNumbers ?? []).some((n) => numbers.has(n));

/**
 * `invoices`: the customer's invoices (those of the notice are picked by number); `journal`: the
 * customer's journal. A notice whose invoices are gone says nothing true any more (settled).
 */
export function noticeFreshness(
  notice: Pick<SalesNotice, 'stage' | 'invoiceNumbers' | 'createdAt'>,
  invoices: readonly Invoice[],
  journal: readonly JournalEntry[],
  today: CalendarDate,
): NoticeFreshness {
  const numbers = new Set(notice.invoiceNumbers);
  const mine = invoices.filter((i) => numbers.has(i.number));
  const atFirm = mine.filter((i) => i.status === 'litigation');
  const transferDates = [
    ...atFirm.map((i) => i.dunning.lastStepDate).filter((d): d is CalendarDate => d !== null),
    ...journal
      .filter((e) => e.action === 'litigation.transferred' && e.outcome === 'ok' && touches(e, numbers))
      .map((e) => e.date),
  ];
  if (notice.stage === 'transferred' || atFirm.length > 0)
    return { kind: 'transferred', on: latest(transferDates) };
  if (mine.every((i) => isClosed(i) || balanceOf(i) <= 0)) return { kind: 'settled' };
  if (notice.stage === 'formal_notice') {
    const created = calendarDateAt(new Date(notice.createdAt));
    const posted = journal
      .filter(
        (e) =>
          e.action === 'formal_notice.posted' &&
          e.outcome === 'ok' &&
          touches(e, numbers) &&
          e.date >= created,
      )
      .map((e) => e.date);
    const on = latest(posted);
    if (on && on < today) return { kind: 'notice_sent', on };
  }
  return { kind: 'current' };
}
