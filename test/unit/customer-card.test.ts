/** The customer's card view (pure) and the undo rules: bounded size, latest decision only, window. */
import type { CustomerFile } from '../../src/application/customer/customer-file';
import { lastUndoable } from '../../src/application/customer/undo-rules';
import { cardSize, MAX_CARD_BYTES } from '../../src/bot/card-templates';
import { buildCustomerCard } from '../../src/bot/customer/customer-card';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import type { JournalEntry } from '../../src/domain/journal';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { EMPTY_DUNNING, type Invoice } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { textContext } from '../../src/i18n/reasons';
import { cardText } from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);

function entry(i: number, overrides: Partial<JournalEntry> = {}): JournalEntry {
  const at = new Date(Date.UTC(2026, 10, 23, 7, 0, 0) + i * 60_000).toISOString();
  return {
    id: `${String(i).padStart(15, '0')}-000000-abcd`,
    at,
    date: MONDAY,
    actor: { id: 'a', name: 'Camille Roux' },
    action: 'customer.called',
    target: { customerCodes: ['C001'], invoiceNumbers: ['F2026-1037'] },
    details: { note: 'x'.repeat(400), outcome: 'reached' },
    outcome: 'ok',
    ...overrides,
  };
}

function invoice(i: number): Invoice {
  return {
    number: `F2026-${2000 + i}`,
    customerCode: 'C001',
    issueDate: '2026-09-01' as CalendarDate,
    dueDate: '2026-10-01' as CalendarDate,
    amountExclTax: cents(100000),
    vatAmount: cents(20000),
    amountInclTax: cents(120000),
    amountPaid: cents(0),
    currency: 'EUR',
    orderRef: null,
    status: 'open',
    dunning: { ...EMPTY_DUNNING, lastStep: 'J+3', lastStepDate: '2026-10-04' as CalendarDate },
    closedOn: null,
    appliedPaymentIds: [],
  };
}

const file = (entries: JournalEntry[], invoices: number): CustomerFile => ({
  customer: {
    code: 'C001',
    legalName: 'Biocoop Lyon Croix-Rousse',
    siren: null,
    address: { lines: ['12 rue d’Austerlitz'], postalCode: '69004', city: 'Lyon', country: 'FR' },
    billingEmails: ['compta@biocoop-croixrousse.example'],
    phone: '04 78 28 12 34',
    salesRepEmail: 'claire.martin@greenova.example',
    risk: 'moderate',
    type: 'B2B',
    paymentTermsDays: 30,
    contractualPenaltyRateBp: null,
  },
  open: Array.from({ length: invoices }, (_, i) => ({
    invoice: invoice(i),
    balance: cents(120000),
    next: {
      kind: 'waiting',
      step: 'J+10',
      dueOn: '2026-12-01' as CalendarDate,
      alert: null,
      why: { code: 'offset' },
    },
  })),
  proposals: [],
  history: entries.map((e) => ({ kind: 'journal', entry: e })),
  undo: null,
});

const options = {
  today: MONDAY,
  texts: textContext(GREENOVA_LADDER, 'Aptos Avocats'),
  canAct: true,
  refreshUserIds: ['u'],
  documentUrl: (id: string) => `http://x/documents/${id}`,
};

it('stays under 28 KB with a long history and many invoices, and offers the whole history', () => {
  const entries = Array.from({ length: 300 }, (_, i) => entry(i));
  const card = buildCustomerCard(file(entries, 40), options);
  expect(cardSize(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
  const text = cardText(card);
  expect(text).toContain('Voir tout l’historique');
  expect(text).toMatch(/Historique — les \d+ plus récents sur 300/);
  // Invoices beyond what fits are counted, with their amount.
  expect(text).toContain('F2026-2000');
  expect(text).toMatch(/… et \d+ autres factures ouvertes \([\d\u00a0]+,00\u00a0€\)/);
});

it('shows everything, without « Voir tout », when the history is short', () => {
  const card = buildCustomerCard(file([entry(1), entry(2)], 2), options);
  const text = cardText(card);
  expect(text).toContain('Historique — 2 événements');
  expect(text).not.toContain('Voir tout l’historique');
  expect(text).toContain('Dernière relance : J+3 le 04/10/2026');
  expect(text).toContain('Prochaine étape : J+10 le 01/12/2026');
});

it('undoes only the latest decision not undone yet, within the window', () => {
  const undo = { undo: [{ number: 'F1', before: {}, after: {} }] };
  const first = entry(1, { action: 'promise.recorded', details: undo });
  const second = entry(2, { action: 'action.postponed', details: undo });
  const call = entry(3); // a call changes nothing: never undone
  const at = (minutes: number) => new Date(new Date(second.at).getTime() + minutes * 60_000);
  expect(lastUndoable([first, second, call], at(5), 15)?.entry.id).toBe(second.id);
  expect(lastUndoable([first, second, call], at(16), 15)).toBeNull();
  expect(lastUndoable([first, second], at(5), 0)).toBeNull();
  const undone = entry(4, { action: 'decision.undone', target: { ref: second.id } });
  expect(lastUndoable([first, second, undone], at(5), 15)?.entry.id).toBe(first.id);
  // Refused decisions changed nothing.
  expect(lastUndoable([{ ...second, outcome: 'refused' }], at(5), 15)).toBeNull();
});
