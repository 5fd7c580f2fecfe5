import { frenchBusinessCalendar } from '../../src/domain/business-calendar';
import { calendarDate } from '../../src/domain/calendar-date';
import { guardAction } from '../../src/domain/escalation-guard';
import { placeHold } from '../../src/domain/holds';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { applyPayment, type Invoice } from '../../src/domain/ledger';
import { droppedText, textContext } from '../../src/i18n/reasons';
import { anInvoice } from '../support/fixtures';

const today = calendarDate(2026, 11, 23);
const context = { ladder: GREENOVA_LADDER, calendar: frenchBusinessCalendar(), today };
const due = (number: string) =>
  anInvoice({ number, dueDate: calendarDate(2026, 11, 20), issueDate: calendarDate(2026, 10, 21) });

it('keeps the invoices still due at the step and says why the others were dropped', () => {
  const stillDue = due('F1');
  const paid = applyPayment(due('F2'), { id: 'p', amount: due('F2').amountInclTax, date: today })!;
  const disputed = (
    placeHold(due('F3'), { kind: 'dispute', reason: 'contestée', since: today }) as { invoice: Invoice }
  ).invoice;
  const promised = (
    placeHold(due('F4'), { kind: 'promise', promisedDate: calendarDate(2026, 11, 30), since: today }) as {
      invoice: Invoice;
    }
  ).invoice;
  const fresh = new Map([stillDue, paid, disputed, promised].map((i) => [i.number, i]));
  const result = guardAction('J+3', ['F1', 'F2', 'F3', 'F4', 'F5'], fresh, { risk: 'low' }, context);
  expect(result.keep.map((i) => i.number)).toEqual(['F1']);
  expect(result.dropped).toEqual([
    { number: 'F2', reason: { code: 'finished', finish: 'closed' } },
    { number: 'F3', reason: { code: 'paused', pause: 'dispute' } },
    { number: 'F4', reason: { code: 'paused', pause: 'promise' } },
    { number: 'F5', reason: { code: 'missing' } },
  ]);
  // As the card says it.
  expect(droppedText(result.dropped, textContext(GREENOVA_LADDER, 'Cabinet Aptos Avocats'))).toBe(
    'F2 réglée ou passée en perte ; F3 en litige ; F4 promesse de paiement en cours ; F5 facture introuvable',
  );
});

it('drops an invoice whose step was already done by someone else', () => {
  const done = anInvoice({
    number: 'F1',
    dueDate: calendarDate(2026, 11, 20),
    dunning: { lastStep: 'J+3', lastStepDate: today, hold: null, alert: null },
  });
  const result = guardAction('J+3', ['F1'], new Map([['F1', done]]), { risk: 'low' }, context);
  expect(result.keep).toEqual([]);
  expect(result.dropped[0]!.reason).toEqual({ code: 'waiting', step: 'J+10', on: '2026-11-30' });
  expect(droppedText(result.dropped, textContext(GREENOVA_LADDER, 'Cabinet Aptos Avocats'))).toBe(
    'F1 prochaine étape J+10 le 30/11/2026',
  );
});
