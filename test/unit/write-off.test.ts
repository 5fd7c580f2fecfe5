import { calendarDate } from '../../src/domain/calendar-date';
import { balanceOf, EMPTY_DUNNING, type Invoice } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { applyWriteOff, checkWriteOff, lossesOf } from '../../src/domain/write-off';
import { canWriteOff } from '../../src/bot/people';
import { writeOffOutcomeText, writtenOffLine } from '../../src/i18n/write-off';

const today = calendarDate(2026, 11, 23);
const tolerance = cents(100);

const invoice = (over: Partial<Invoice> = {}): Invoice => ({
  number: 'F2026-0042',
  customerCode: 'C001',
  issueDate: calendarDate(2026, 3, 1),
  dueDate: calendarDate(2026, 3, 31),
  amountExclTax: cents(100000),
  vatAmount: cents(20000),
  amountInclTax: cents(120000),
  amountPaid: cents(20000),
  currency: 'EUR',
  orderRef: null,
  status: 'partially_paid',
  dunning: EMPTY_DUNNING,
  closedOn: null,
  appliedPaymentIds: [],
  ...over,
});

const request = (over: Partial<Parameters<typeof checkWriteOff>[1]> = {}) => ({
  amount: null,
  date: today,
  reason: 'liquidated',
  note: '',
  ...over,
});

describe('the amount', () => {
  it('defaults to the balance, and closes the invoice on the date of the write-off', () => {
    const check = checkWriteOff(invoice(), request(), today, tolerance);
    expect(check.ok && check.writeOff).toMatchObject({ amount: 100000, closes: true, reason: 'liquidated' });
    if (!check.ok) throw new Error('refused');
    const after = applyWriteOff(invoice(), { ...check.writeOff, by: 'Camille Roux' });
    expect(after.status).toBe('written_off');
    expect(after.closedOn).toBe(today);
    // Its balance stays what was lost (what the outstanding was until that day).
    expect(balanceOf(after)).toBe(100000);
    expect(lossesOf(after)).toEqual([{ date: today, amount: 100000, reason: 'liquidated' }]);
  });

  it('less than the balance: a partial loss, the rest stays owed and dunned', () => {
    const check = checkWriteOff(invoice(), request({ amount: cents(30000) }), today, tolerance);
    if (!check.ok) throw new Error('refused');
    expect(check.writeOff.closes).toBe(false);
    const after = applyWriteOff(invoice(), { ...check.writeOff, by: 'Camille Roux' });
    expect(after.status).toBe('partially_paid');
    expect(balanceOf(after)).toBe(70000);
    expect(lossesOf(after)).toEqual([{ date: today, amount: 30000, reason: 'liquidated' }]);
  });

  it('within the tolerance of the balance closes it for the whole balance', () => {
    const check = checkWriteOff(invoice(), request({ amount: cents(99950) }), today, tolerance);
    expect(check.ok && check.writeOff).toMatchObject({ amount: 100000, closes: true });
  });

  it('never more than the balance, never zero or negative', () => {
    for (const amount of [cents(100001), cents(0), cents(-5)])
      expect(checkWriteOff(invoice(), request({ amount }), today, tolerance)).toEqual({
        ok: false,
        code: 'bad_amount',
      });
  });
});

describe('the date and the reason', () => {
  it('not in the future, not before the invoice was issued', () => {
    expect(checkWriteOff(invoice(), request({ date: calendarDate(2026, 11, 24) }), today, tolerance)).toEqual(
      {
        ok: false,
        code: 'bad_date',
      },
    );
    expect(checkWriteOff(invoice(), request({ date: calendarDate(2026, 2, 28) }), today, tolerance)).toEqual({
      ok: false,
      code: 'bad_date',
    });
    expect(checkWriteOff(invoice(), request({ date: calendarDate(2026, 3, 1) }), today, tolerance).ok).toBe(
      true,
    );
  });

  it('a reason from the list; « autre » needs a few words', () => {
    expect(checkWriteOff(invoice(), request({ reason: 'lost' }), today, tolerance)).toEqual({
      ok: false,
      code: 'reason_required',
    });
    expect(checkWriteOff(invoice(), request({ reason: 'other' }), today, tolerance)).toEqual({
      ok: false,
      code: 'note_required',
    });
    expect(
      checkWriteOff(invoice(), request({ reason: 'other', note: 'Remise accordée' }), today, tolerance).ok,
    ).toBe(true);
  });

  it('a closed invoice cannot be written off; the same decision again is recognised, not applied twice', () => {
    expect(checkWriteOff(invoice({ status: 'paid' }), request(), today, tolerance)).toEqual({
      ok: false,
      code: 'closed',
    });
    const partial = checkWriteOff(invoice(), request({ amount: cents(30000) }), today, tolerance);
    if (!partial.ok) throw new Error('refused');
    const once = applyWriteOff(invoice(), { ...partial.writeOff, by: 'Camille Roux' });
    const again = checkWriteOff(once, request({ amount: cents(30000) }), today, tolerance);
    expect(again.ok === false && again.code).toBe('duplicate');
    expect(balanceOf(once)).toBe(70000);
  });
});

it('the engine claims nothing more on a written-off invoice', () => {
  const check = checkWriteOff(invoice({ status: 'litigation' }), request(), today, tolerance);
  if (!check.ok) throw new Error('refused');
  const after = applyWriteOff(invoice({ status: 'litigation' }), { ...check.writeOff, by: 'Camille Roux' });
  expect(after.status).toBe('written_off');
  expect(after.dunning.hold).toBeNull();
  expect(lossesOf(invoice({ status: 'written_off', closedOn: calendarDate(2025, 6, 1) }))).toEqual([
    { date: calendarDate(2025, 6, 1), amount: 100000, reason: null },
  ]);
});

it('controllers and directors may write off; a sales rep may not', () => {
  expect(canWriteOff({ roles: ['controller'] })).toBe(true);
  expect(canWriteOff({ roles: ['backup_controller'] })).toBe(true);
  expect(canWriteOff({ roles: ['director'] })).toBe(true);
  expect(canWriteOff({ roles: ['sales_rep'] })).toBe(false);
  expect(canWriteOff({ roles: [] })).toBe(false);
});

it('says it in French, with its typography, and no code', () => {
  const line = writtenOffLine({
    date: calendarDate(2026, 3, 12),
    amount: cents(123456),
    reason: 'liquidated',
    note: null,
    closes: true,
  });
  expect(line).toBe(
    'Passée en perte le 12/03/2026\u00a0: 1\u00a0234,56\u00a0€ — client liquidé / procédure collective clôturée',
  );
  const text = writeOffOutcomeText(
    {
      kind: 'done',
      customer: 'Biocoop',
      customerCode: 'C001',
      written: [
        {
          invoice: 'F1',
          date: today,
          amount: cents(50000),
          reason: 'too_small',
          note: null,
          closes: true,
          rest: cents(0),
          litigation: true,
        },
        {
          invoice: 'F2',
          date: today,
          amount: cents(10000),
          reason: 'too_small',
          note: null,
          closes: false,
          rest: cents(2500),
          litigation: false,
        },
      ],
    },
    'Aptos Avocats',
  );
  expect(text).toContain('2 factures de Biocoop passées en perte\u00a0: 600,00\u00a0€.');
  expect(text).toContain('Facture F2\u00a0: 25,00\u00a0€ restent dus');
  expect(text).toContain(
    'La facture F1 est confiée à Aptos Avocats\u00a0: pensez à prévenir le cabinet de la passation en perte.',
  );
  expect(text).not.toMatch(/too_small|C001|\(s\)/);
});
