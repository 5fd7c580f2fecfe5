/**
 * One voice per customer: the customer's stage governs what each of its invoices may receive, and
 * a customer gets one communication a day — in the day's plan and again at send time.
 */
import { frenchBusinessCalendar } from '../../src/domain/business-calendar';
import { addDays, type CalendarDate } from '../../src/domain/calendar-date';
import { customerStage } from '../../src/domain/customer-voice';
import { planDay } from '../../src/domain/daily-plan';
import { guardAction } from '../../src/domain/escalation-guard';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { EMPTY_DUNNING, type Invoice } from '../../src/domain/ledger';
import { droppedText, textContext } from '../../src/i18n/reasons';
import { aCustomer, anInvoice } from '../support/fixtures';

const d = (iso: string) => iso as CalendarDate;
const MONDAY = d('2026-11-23');
const context = { ladder: GREENOVA_LADDER, calendar: frenchBusinessCalendar(), today: MONDAY };
const customer = aCustomer({ code: 'C1', risk: 'high' });
const customers = new Map([[customer.code, customer]]);
const texts = textContext(GREENOVA_LADDER, 'Cabinet Aptos Avocats');

const invoice = (
  number: string,
  daysLate: number,
  dunning: Partial<Invoice['dunning']> = {},
  extra: Partial<Invoice> = {},
) =>
  anInvoice({
    number,
    customerCode: 'C1',
    dueDate: addDays(MONDAY, -daysLate),
    issueDate: addDays(MONDAY, -daysLate - 30),
    dunning: { ...EMPTY_DUNNING, ...dunning },
    ...extra,
  });
/** Due in 3 days: its pre-due reminder (5 days before, high risk) is due today. */
const preDue = invoice('F-PRE', -3);
/** 3 days late, nothing sent: J+3 is due. */
const j3 = invoice('F-J3', 3);
/** 12 days late, J+3 sent 9 days ago: J+10 is due. */
const j10 = invoice('F-J10', 12, { lastStep: 'J+3', lastStepDate: addDays(MONDAY, -9) });

it('a customer at the law firm gets no pre-due or J+3 message: its overdue invoice is a supplement to the file', () => {
  const atFirm = invoice(
    'F-LIT',
    40,
    { lastStep: 'J+30', lastStepDate: addDays(MONDAY, -5) },
    { status: 'litigation' },
  );
  const plan = planDay([atFirm, preDue, j3], customers, context);
  expect(plan.actions).toHaveLength(1);
  expect(plan.actions[0]).toMatchObject({
    step: 'J+30',
    channel: 'transfer',
    supplement: true,
    invoices: [{ number: 'F-J3', step: 'J+3' }],
  });
  expect(customerStage([atFirm, preDue], GREENOVA_LADDER)).toEqual({ kind: 'law_firm' });
});

it('a customer at formal notice gets no pre-due or earlier step: its other invoices wait, attached', () => {
  const notice = { postedOn: addDays(MONDAY, -3), lrar: '1A 123 456 7890 1', event: null };
  const underNotice = invoice('F-MED', 23, { lastStep: 'J+20', lastStepDate: addDays(MONDAY, -3), notice });
  const plan = planDay([underNotice, preDue, j3, j10], customers, context);
  expect(plan.actions).toEqual([]);
  expect(plan.notices).toEqual([
    expect.objectContaining({
      customerCode: 'C1',
      notice,
      invoices: ['F-MED'],
      attached: ['F-J10', 'F-J3'],
      transfer: {
        kind: 'waiting',
        on: d('2026-12-07'),
        why: { code: 'no_receipt', posted: notice.postedOn, days: 15 },
      },
    }),
  ]);
});

it('the transfer takes along the invoices fallen due since the mise en demeure', () => {
  const notice = {
    postedOn: addDays(MONDAY, -20),
    lrar: null,
    event: { kind: 'received' as const, on: addDays(MONDAY, -18) },
  };
  const ready = invoice('F-MED', 40, { lastStep: 'J+20', lastStepDate: notice.postedOn, notice });
  const plan = planDay([ready, preDue, j3], customers, context);
  expect(plan.actions).toHaveLength(1);
  expect(plan.actions[0]).toMatchObject({
    step: 'J+30',
    invoices: [{ number: 'F-MED' }, { number: 'F-J3', step: 'J+3' }],
  });
  expect(plan.actions[0]!.supplement).toBeUndefined();
  expect(plan.actions[0]!.invoices[0]!.step).toBeUndefined();
});

it('one communication a day: the most advanced step, the lower-step overdue invoices ride in it', () => {
  const plan = planDay([preDue, j3, j10], customers, context);
  expect(plan.actions.map((a) => a.step)).toEqual(['J+10']);
  expect(plan.actions[0]!.invoices).toEqual([
    expect.objectContaining({ number: 'F-J10' }),
    expect.objectContaining({ number: 'F-J3', step: 'J+3' }),
  ]);
  // A quiet day: the pre-due reminder alone.
  expect(planDay([preDue], customers, context).actions.map((a) => a.step)).toEqual(['J-5']);
});

it('a mise en demeure goes alone: the lower steps wait for it', () => {
  const j20 = invoice('F-J20', 21, { lastStep: 'J+10', lastStepDate: addDays(MONDAY, -11) });
  const plan = planDay([j3, j20], customers, context);
  expect(plan.actions).toHaveLength(1);
  expect(plan.actions[0]).toMatchObject({ step: 'J+20', invoices: [{ number: 'F-J20' }] });
});

it('at send time: a customer that moved to formal notice since the job gets no courteous message', () => {
  const posted = invoice('F-MED', 23, {
    lastStep: 'J+20',
    lastStepDate: MONDAY,
    notice: { postedOn: MONDAY, lrar: null, event: null },
  });
  const fresh = new Map([posted, preDue, j3].map((i) => [i.number, i]));
  for (const [step, numbers] of [
    ['J-5', ['F-PRE']],
    ['J+3', ['F-J3']],
  ] as const) {
    const result = guardAction(step, numbers, fresh, customer, context);
    expect(result.keep).toEqual([]);
    expect(result.dropped[0]!.reason).toEqual({
      code: 'customer_stage',
      stage: 'formal_notice',
      since: MONDAY,
    });
  }
  expect(droppedText(guardAction('J+3', ['F-J3'], fresh, customer, context).dropped, texts)).toContain(
    'client en mise en demeure depuis le 23/11/2026',
  );
  const atFirm = new Map([...fresh, ['F-MED', { ...posted, status: 'litigation' as const }]]);
  const toFirm = guardAction('J+3', ['F-J3'], atFirm, customer, context);
  expect(toFirm.dropped[0]!.reason).toEqual({ code: 'customer_stage', stage: 'law_firm' });
  expect(droppedText(toFirm.dropped, texts)).toContain('client transmis au cabinet Aptos Avocats');
  // The supplement to the firm's file is still allowed.
  expect(guardAction('J+30', [{ number: 'F-J3', step: 'J+3' }], atFirm, customer, context).keep).toHaveLength(
    1,
  );
});

it('a transfer clicked before the deadline is dropped with the reason, in French', () => {
  const early = invoice('F-MED', 31, {
    lastStep: 'J+20',
    lastStepDate: addDays(MONDAY, -5),
    notice: { postedOn: addDays(MONDAY, -5), lrar: null, event: { kind: 'received', on: d('2026-11-20') } },
  });
  const result = guardAction('J+30', ['F-MED'], new Map([['F-MED', early]]), customer, context);
  expect(droppedText(result.dropped, texts)).toBe(
    'F-MED Transmission au cabinet possible le 30/11/2026\u00a0: délai de 8 jours après l’AR du 20 novembre',
  );
});
