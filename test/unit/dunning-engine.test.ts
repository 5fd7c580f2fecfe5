import fc from 'fast-check';
import { frenchBusinessCalendar } from '../../src/domain/business-calendar';
import { addDays, calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { decide, type Decision } from '../../src/domain/dunning-engine';
import { placeHold, recordStepDone } from '../../src/domain/holds';
import { GREENOVA_LADDER, validateLadder, type LadderConfig } from '../../src/domain/ladder';
import {
  EMPTY_DUNNING,
  INVOICE_STATUSES,
  type Hold,
  type Invoice,
  type RiskSegment,
} from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { anInvoice } from '../support/fixtures';

const calendar = frenchBusinessCalendar();
const d = (iso: string) => iso as CalendarDate;
/** Monday 23 November 2026. */
const MONDAY = d('2026-11-23');

function run(
  invoice: Invoice,
  today: CalendarDate,
  risk: RiskSegment = 'low',
  ladder: LadderConfig = GREENOVA_LADDER,
): Decision {
  return decide(invoice, { risk }, { ladder, calendar, today });
}

const due = (dueDate: string, dunning: Partial<Invoice['dunning']> = {}, extra: Partial<Invoice> = {}) =>
  anInvoice({
    dueDate: d(dueDate),
    issueDate: addDays(d(dueDate), -30),
    dunning: { ...EMPTY_DUNNING, ...dunning },
    ...extra,
  });

describe('the ladder’s dates', () => {
  it('proposes J+3 three days after the due date', () => {
    expect(run(due('2026-11-20'), MONDAY)).toMatchObject({
      kind: 'due',
      step: 'J+3',
      dueOn: MONDAY,
      daysLate: 3,
      channel: 'email',
    });
  });

  it('moves a step that falls on a weekend to the next business day', () => {
    // Due Thursday 19: J+3 is Sunday 22, so Monday 23.
    expect(run(due('2026-11-19'), d('2026-11-22'))).toMatchObject({
      kind: 'waiting',
      step: 'J+3',
      dueOn: MONDAY,
    });
    expect(run(due('2026-11-19'), MONDAY)).toMatchObject({
      kind: 'due',
      step: 'J+3',
      dueOn: MONDAY,
      daysLate: 4,
    });
  });

  it('moves a step that falls on a public holiday (11 November) to the next business day', () => {
    const invoice = due('2026-11-01', { lastStep: 'J+3', lastStepDate: d('2026-11-04') });
    // J+10 = Wednesday 11 November, Armistice.
    expect(run(invoice, d('2026-11-11'))).toMatchObject({
      kind: 'waiting',
      step: 'J+10',
      dueOn: d('2026-11-12'),
    });
  });

  it('waits when the step’s date is ahead', () => {
    expect(run(due('2026-11-21'), MONDAY)).toEqual({
      kind: 'waiting',
      step: 'J+3',
      dueOn: d('2026-11-24'),
      alert: null,
      why: { code: 'offset' },
    });
  });

  it('catches up a missed step instead of skipping it', () => {
    // Imported late: 22 days overdue and nothing sent yet — J+3 first, never straight to J+20.
    expect(run(due('2026-11-01'), MONDAY)).toMatchObject({
      kind: 'due',
      step: 'J+3',
      dueOn: d('2026-11-04'),
      daysLate: 22,
    });
  });

  it('keeps the minimum gap after a step done late', () => {
    const invoice = due('2026-11-01', { lastStep: 'J+3', lastStepDate: d('2026-11-20') });
    expect(run(invoice, MONDAY)).toMatchObject({ kind: 'waiting', step: 'J+10', dueOn: d('2026-11-25') });
    expect(run(invoice, d('2026-11-25'))).toMatchObject({ kind: 'due', step: 'J+10' });
  });

  it('walks the whole ladder, one step after the other', () => {
    let invoice = due('2026-10-01');
    const seen: string[] = [];
    for (let day = d('2026-10-01'); day <= d('2026-11-30'); day = addDays(day, 1)) {
      const decision = run(invoice, day);
      if (decision.kind === 'due') {
        seen.push(`${decision.step}@${day}`);
        const step = GREENOVA_LADDER.steps.find((s) => s.id === decision.step)!;
        const done = recordStepDone(invoice, decision.step, day, step.channel === 'transfer');
        if (!done.ok) throw new Error(done.refusal.code);
        invoice = done.invoice;
      }
    }
    // 4 Oct is a Sunday → Monday 5; 11 Oct a Sunday → 12; 21 Oct Wednesday. The transfer waits for
    // the mise en demeure's deadline, not J+30 (31 Oct): no AR recorded, so 15 days after posting
    // on 21 Oct → possible from Friday 6 Nov (it used to be proposed on 2 Nov, before the deadline).
    expect(seen).toEqual(['J+3@2026-10-05', 'J+10@2026-10-12', 'J+20@2026-10-21', 'J+30@2026-11-06']);
    expect(invoice.status).toBe('litigation');
    expect(run(invoice, d('2026-12-15'))).toEqual({ kind: 'finished', reason: 'litigation' });
  });

  it('claims the remaining balance after a partial payment', () => {
    const invoice = due(
      '2026-11-20',
      {},
      { amountInclTax: cents(120000), amountPaid: cents(45000), status: 'partially_paid' },
    );
    expect(run(invoice, MONDAY)).toMatchObject({ kind: 'due', balance: 75000 });
  });
});

describe('the pre-due reminder (prévenance)', () => {
  it('is proposed five days before the due date to moderate and high risk customers only', () => {
    const invoice = due('2026-11-30');
    expect(run(invoice, MONDAY, 'moderate')).toMatchObject({
      kind: 'waiting',
      step: 'J-5',
      dueOn: d('2026-11-25'),
    });
    expect(run(invoice, d('2026-11-25'), 'high')).toMatchObject({ kind: 'due', step: 'J-5', daysLate: -5 });
    expect(run(invoice, d('2026-11-25'), 'low')).toMatchObject({ kind: 'waiting', step: 'J+3' });
  });

  it('moves to the business day before when J-5 is a weekend day', () => {
    // Due Friday 4 December: J-5 is Sunday 29 November, so Friday 27.
    expect(run(due('2026-12-04'), MONDAY, 'moderate')).toMatchObject({
      kind: 'waiting',
      step: 'J-5',
      dueOn: d('2026-11-27'),
    });
  });

  it('is dropped once the due date has passed, and the ladder starts', () => {
    expect(run(due('2026-11-20'), MONDAY, 'high')).toMatchObject({ kind: 'due', step: 'J+3' });
  });

  it('does not count as an escalation step', () => {
    const invoice = due('2026-11-20', { lastStep: 'J-5', lastStepDate: d('2026-11-13') });
    expect(run(invoice, MONDAY, 'high')).toMatchObject({ kind: 'due', step: 'J+3' });
  });
});

describe('pauses', () => {
  const hold = (invoice: Invoice, h: Hold) => {
    const t = placeHold(invoice, h);
    if (!t.ok) throw new Error(t.refusal.code);
    return t.invoice;
  };

  it('stops everything while a dispute is open', () => {
    const invoice = hold(due('2026-10-01'), {
      kind: 'dispute',
      reason: 'livraison contestée',
      since: d('2026-10-10'),
    });
    expect(invoice.status).toBe('disputed');
    expect(run(invoice, MONDAY)).toEqual({ kind: 'paused', reason: 'dispute', until: null });
  });

  it('waits for a promise until the promised date plus two business days, then resumes at once, flagged', () => {
    const base = due('2026-11-01', { lastStep: 'J+3', lastStepDate: d('2026-11-04') });
    const invoice = hold(base, { kind: 'promise', promisedDate: d('2026-11-20'), since: d('2026-11-10') });
    expect(invoice.status).toBe('promised');
    // Friday 20 + 2 business days = Tuesday 24.
    expect(run(invoice, MONDAY)).toEqual({ kind: 'paused', reason: 'promise', until: d('2026-11-24') });
    expect(run(invoice, d('2026-11-24'))).toMatchObject({ kind: 'paused' });
    expect(run(invoice, d('2026-11-25'))).toMatchObject({
      kind: 'due',
      step: 'J+10',
      alert: { kind: 'broken_promise', since: d('2026-11-25') },
    });
  });

  it('follows a payment plan while its installments are paid, and resumes when one is missed', () => {
    const plan: Hold = {
      kind: 'plan',
      paidAtStart: cents(0),
      since: d('2026-11-02'),
      installments: [
        { dueDate: d('2026-11-10'), amount: cents(60000) },
        { dueDate: d('2026-12-10'), amount: cents(60000) },
      ],
    };
    const onTrack = hold(due('2026-10-15', {}, { amountPaid: cents(60000), status: 'partially_paid' }), plan);
    expect(onTrack.status).toBe('payment_plan');
    expect(run(onTrack, MONDAY)).toEqual({ kind: 'paused', reason: 'plan', until: d('2026-12-10') });

    const missed = hold(due('2026-10-15'), plan);
    // 10 Nov + 2 business days = Thursday 12 (11 Nov is a holiday: Friday 13); missed from the next day.
    expect(run(missed, MONDAY)).toMatchObject({
      kind: 'due',
      step: 'J+3',
      alert: { kind: 'missed_installment', since: d('2026-11-14') },
    });
  });

  it('postpones until a date, then resumes', () => {
    const invoice = hold(due('2026-11-10'), {
      kind: 'postponed',
      until: d('2026-11-30'),
      reason: null,
      since: d('2026-11-12'),
    });
    expect(invoice.status).toBe('open');
    expect(run(invoice, MONDAY)).toEqual({ kind: 'paused', reason: 'postponed', until: d('2026-11-30') });
    expect(run(invoice, d('2026-11-30'))).toMatchObject({ kind: 'due', step: 'J+3', dueOn: d('2026-11-30') });
  });

  it('refuses to pause an invoice that is paid or at the law firm', () => {
    const paid = due('2026-11-01', {}, { status: 'paid', amountPaid: cents(120000) });
    expect(placeHold(paid, { kind: 'dispute', reason: 'x', since: MONDAY })).toEqual({
      ok: false,
      refusal: { invoice: 'F2026-0001', code: 'paid' },
    });
    const atLawFirm = due('2026-11-01', {}, { status: 'litigation' });
    expect(placeHold(atLawFirm, { kind: 'postponed', until: MONDAY, reason: null, since: MONDAY }).ok).toBe(
      false,
    );
  });
});

describe('the end of dunning', () => {
  it('stops for paid, written-off and settled invoices', () => {
    expect(run(due('2026-11-01', {}, { status: 'paid', amountPaid: cents(120000) }), MONDAY)).toEqual({
      kind: 'finished',
      reason: 'closed',
    });
    expect(run(due('2026-11-01', {}, { status: 'written_off' }), MONDAY)).toEqual({
      kind: 'finished',
      reason: 'closed',
    });
    // 0,99 € left: under the 1 € tolerance.
    expect(
      run(due('2026-11-01', {}, { amountPaid: cents(119901), status: 'partially_paid' }), MONDAY),
    ).toEqual({
      kind: 'finished',
      reason: 'settled',
    });
  });

  it('does nothing with a step it does not know rather than guess', () => {
    expect(run(due('2026-11-01', { lastStep: 'R2', lastStepDate: d('2026-11-05') }), MONDAY)).toEqual({
      kind: 'finished',
      reason: 'unknown_step',
    });
  });
});

describe('another company’s calendar is configuration', () => {
  // Seed 002: a letter on the due date, an LRAR 15 days later, the mise en demeure 8 days after that.
  const agency: LadderConfig = validateLadder({
    steps: [
      { id: 'R1', offsetDays: 0, channel: 'letter', template: 'reminder-letter', label: 'Rappel' },
      { id: 'R2', offsetDays: 15, channel: 'registered_letter', template: 'reminder-letter', label: 'LRAR' },
      {
        id: 'MED',
        offsetDays: 23,
        channel: 'registered_letter',
        template: 'formal-notice',
        label: 'Mise en demeure',
      },
    ],
    preDue: null,
    minimumGapDays: 0,
    promiseGraceBusinessDays: 2,
    installmentGraceBusinessDays: 2,
    balanceTolerance: cents(100),
  });

  it('runs its own steps on its own dates', () => {
    const invoice = due('2026-11-02');
    expect(run(invoice, d('2026-11-02'), 'low', agency)).toMatchObject({
      kind: 'due',
      step: 'R1',
      channel: 'letter',
    });
    const afterR1 = due('2026-11-02', { lastStep: 'R1', lastStepDate: d('2026-11-02') });
    expect(run(afterR1, d('2026-11-16'), 'low', agency)).toMatchObject({
      kind: 'waiting',
      step: 'R2',
      dueOn: d('2026-11-17'),
    });
    expect(run(afterR1, d('2026-11-17'), 'low', agency)).toMatchObject({
      kind: 'due',
      step: 'R2',
      channel: 'registered_letter',
    });
  });

  it('refuses a calendar whose steps go backwards', () => {
    expect(() => validateLadder({ ...agency, steps: [...agency.steps].reverse() })).toThrow(
      /doit venir après/,
    );
  });
});

describe('properties', () => {
  const dateArb = fc.integer({ min: 0, max: 700 }).map((n) => addDays(calendarDate(2026, 1, 1), n));
  const invoiceArb = fc.record({
    dueDate: dateArb,
    status: fc.constantFrom(...INVOICE_STATUSES),
    paid: fc.integer({ min: 0, max: 130000 }),
    lastStep: fc.constantFrom(null, 'J-5', 'J+3', 'J+10', 'J+20', 'J+30'),
    lastStepAgo: fc.integer({ min: 0, max: 60 }),
    risk: fc.constantFrom<RiskSegment>('low', 'moderate', 'high'),
    todayOffset: fc.integer({ min: -20, max: 120 }),
  });

  it('never proposes anything for a paid, disputed, written-off or litigated invoice; steps only move forward', () => {
    fc.assert(
      fc.property(invoiceArb, (p) => {
        const today = addDays(p.dueDate, p.todayOffset);
        const invoice = anInvoice({
          dueDate: p.dueDate,
          status: p.status,
          amountInclTax: cents(120000),
          amountPaid: cents(Math.min(p.paid, 120000)),
          dunning: {
            ...EMPTY_DUNNING,
            lastStep: p.lastStep,
            lastStepDate: p.lastStep ? addDays(today, -p.lastStepAgo) : null,
            hold: p.status === 'disputed' ? { kind: 'dispute', reason: 'x', since: p.dueDate } : null,
          },
        });
        const decision = run(invoice, today, p.risk);
        if (['paid', 'written_off', 'litigation', 'disputed'].includes(p.status)) {
          expect(decision.kind).not.toBe('due');
        }
        if (decision.kind === 'due') {
          expect(decision.dueOn <= today).toBe(true);
          expect(calendar.isBusinessDay(decision.dueOn) || decision.step === 'J-5').toBe(true);
          const order = ['J-5', 'J+3', 'J+10', 'J+20', 'J+30'];
          const last = p.lastStep === null ? -1 : order.indexOf(p.lastStep);
          const next = order.indexOf(decision.step);
          expect(next).toBe(decision.step === 'J-5' ? 0 : Math.max(last, 0) + 1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the transfer waits for the mise en demeure’s deadline and the firm’s mandate', () => {
  // J+20 (mise en demeure) posted on Monday 23 November for an invoice due on 3 November.
  const underNotice = (event: Invoice['dunning']['notice'] = null) =>
    due('2026-11-03', {
      lastStep: 'J+20',
      lastStepDate: MONDAY,
      notice: event ?? { postedOn: MONDAY, lrar: '1A 123 456 7890 1', event: null },
    });
  const withMandate = (date: string): LadderConfig => ({ ...GREENOVA_LADDER, transferNotBefore: d(date) });

  it('without an AR: posting + 15 days, even when J+30 has come', () => {
    // J+30 is 3 Dec; the deadline runs out on 8 Dec, so the transfer is possible from Wed 9 Dec.
    expect(run(underNotice(), d('2026-12-04'))).toEqual({
      kind: 'waiting',
      step: 'J+30',
      dueOn: d('2026-12-09'),
      alert: null,
      why: { code: 'no_receipt', posted: MONDAY, days: 15 },
    });
    expect(run(underNotice(), d('2026-12-09'))).toMatchObject({ kind: 'due', step: 'J+30' });
  });

  it('after the AR: AR date + 8 days; « avisé non réclamé » counts from the presentation', () => {
    const received = underNotice({
      postedOn: MONDAY,
      lrar: null,
      event: { kind: 'received', on: d('2026-11-25') },
    });
    // 25 Nov + 8 = 3 Dec: possible from 4 Dec (J+30 is 3 Dec).
    expect(run(received, d('2026-12-03'))).toMatchObject({
      kind: 'waiting',
      dueOn: d('2026-12-04'),
      why: { code: 'notice_deadline', basis: 'received', event: d('2026-11-25'), days: 8 },
    });
    expect(run(received, d('2026-12-04'))).toMatchObject({ kind: 'due', step: 'J+30' });
    const unclaimed = underNotice({
      postedOn: MONDAY,
      lrar: null,
      event: { kind: 'unclaimed', on: d('2026-11-30') },
    });
    expect(run(unclaimed, d('2026-12-08'))).toMatchObject({
      kind: 'waiting',
      dueOn: d('2026-12-09'),
      why: { code: 'notice_deadline', basis: 'unclaimed', event: d('2026-11-30') },
    });
  });

  it('a returned letter does not start the deadline: the transfer is held', () => {
    const returned = underNotice({
      postedOn: MONDAY,
      lrar: null,
      event: { kind: 'returned', on: d('2026-11-27') },
    });
    expect(run(returned, d('2027-01-15'))).toEqual({
      kind: 'paused',
      reason: 'notice_returned',
      until: null,
    });
  });

  it('never before the firm’s mandate start, with that reason', () => {
    const received = underNotice({
      postedOn: MONDAY,
      lrar: null,
      event: { kind: 'received', on: d('2026-11-24') },
    });
    expect(run(received, d('2026-12-04'), 'low', withMandate('2026-12-14'))).toMatchObject({
      kind: 'waiting',
      dueOn: d('2026-12-14'),
      why: { code: 'mandate_start', date: d('2026-12-14') },
    });
    expect(run(received, d('2026-12-14'), 'low', withMandate('2026-12-14'))).toMatchObject({ kind: 'due' });
  });

  it('an imported mise en demeure (no record) counts from the step’s date', () => {
    const imported = due('2026-11-03', { lastStep: 'J+20', lastStepDate: MONDAY });
    expect(run(imported, d('2026-12-04'))).toMatchObject({
      kind: 'waiting',
      dueOn: d('2026-12-09'),
      why: { code: 'no_receipt', posted: MONDAY },
    });
  });

  it('keeps the record of the mise en demeure when the file goes to the firm', () => {
    const done = recordStepDone(underNotice(), 'J+30', d('2026-12-09'), true);
    expect(done.ok && done.invoice.dunning.notice?.lrar).toBe('1A 123 456 7890 1');
  });
});
