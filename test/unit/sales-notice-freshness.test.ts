/** Is a sales notice still true when the rep reads it (delivered late, or refreshed later)? */
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import type { JournalEntry } from '../../src/domain/journal';
import { isStale, noticeFreshness } from '../../src/domain/sales-notice-freshness';
import { anInvoice } from '../support/fixtures';

const MONDAY = calendarDate(2026, 11, 23);
const TUESDAY = calendarDate(2026, 11, 24);
const notice = (stage: 'formal_notice' | 'pre_transfer' | 'transferred') => ({
  stage,
  invoiceNumbers: ['F1', 'F2'],
  createdAt: '2026-11-23T07:00:00.000Z',
});
const open = [
  anInvoice({ number: 'F1', customerCode: 'C1' }),
  anInvoice({ number: 'F2', customerCode: 'C1' }),
];
const entry = (action: string, date: CalendarDate, numbers = ['F1', 'F2']): JournalEntry => ({
  id: `${date}-${action}`,
  at: `${date}T09:00:00.000Z`,
  date,
  actor: { id: 'u', name: 'Camille Roux' },
  action,
  target: { invoiceNumbers: numbers, customerCodes: ['C1'] },
  outcome: 'ok',
});

it('is current while nothing it says has changed', () => {
  expect(noticeFreshness(notice('pre_transfer'), open, [], TUESDAY)).toEqual({ kind: 'current' });
  expect(noticeFreshness(notice('formal_notice'), open, [], TUESDAY)).toEqual({ kind: 'current' });
});

it('knows when the file went to the firm, from the invoices or the journal', () => {
  const atFirm = open.map((i) => ({
    ...i,
    status: 'litigation' as const,
    dunning: { ...i.dunning, lastStep: 'J+30', lastStepDate: MONDAY },
  }));
  const fromInvoices = noticeFreshness(notice('pre_transfer'), atFirm, [], TUESDAY);
  expect(fromInvoices).toEqual({ kind: 'transferred', on: MONDAY });
  expect(isStale(fromInvoices)).toBe(true);
  const fromJournal = noticeFreshness(
    notice('transferred'),
    open,
    [entry('litigation.transferred', MONDAY)],
    TUESDAY,
  );
  expect(fromJournal).toEqual({ kind: 'transferred', on: MONDAY });
});

it('is settled when nothing is owed on its invoices any more, or they are gone', () => {
  const paid = open.map((i) => ({ ...i, status: 'paid' as const, amountPaid: i.amountInclTax }));
  expect(noticeFreshness(notice('pre_transfer'), paid, [], TUESDAY)).toEqual({ kind: 'settled' });
  expect(noticeFreshness(notice('pre_transfer'), [], [], TUESDAY)).toEqual({ kind: 'settled' });
  // One still due: the notice still holds.
  expect(noticeFreshness(notice('pre_transfer'), [paid[0]!, open[1]!], [], TUESDAY).kind).toBe('current');
});

it('a formal notice « part aujourd’hui » is rewritten once it left on an earlier day, not the same day', () => {
  const posted = [entry('formal_notice.posted', MONDAY)];
  expect(noticeFreshness(notice('formal_notice'), open, posted, MONDAY)).toEqual({ kind: 'current' });
  const later = noticeFreshness(notice('formal_notice'), open, posted, TUESDAY);
  expect(later).toEqual({ kind: 'notice_sent', on: MONDAY });
  expect(isStale(later)).toBe(false);
  // A posting of other invoices, or refused, says nothing about this notice.
  const other = [
    entry('formal_notice.posted', MONDAY, ['F9']),
    { ...posted[0]!, outcome: 'refused' as const },
  ];
  expect(noticeFreshness(notice('formal_notice'), open, other, TUESDAY)).toEqual({ kind: 'current' });
});
