/**
 * The dunning engine: what must happen to one invoice on a given day. Pure — the calendar, the
 * ladder and today's date are given.
 *
 * - Steps are never skipped: the next step is the one after the last step done.
 * - A step is due on max(due date + offset, previous step done + minimum gap), moved to the next
 *   business day; a step whose date has passed is due (missed days are caught up).
 * - The pre-due reminder (prévenance) is proposed only before the due date, to the risk segments
 *   configured, on the business day on or before « due date − N ».
 * - Pauses: a dispute until resolved; a promise until the promised date + N business days (then
 *   the ladder resumes, flagged « promesse non tenue »); a payment plan while its installments are
 *   paid (a missed one resumes the ladder); a postponement until its date; litigation and closed
 *   invoices get nothing more.
 */
import type { BusinessCalendar } from './business-calendar';
import { addDays, daysBetween, maxDate, type CalendarDate } from './calendar-date';
import type { LadderConfig, Channel } from './ladder';
import { balanceOf, type Customer, type DunningAlert, type Invoice, type StepId } from './ledger';
import { type Cents } from './money';

export type PauseReason = 'dispute' | 'promise' | 'plan' | 'postponed';
export type FinishReason = 'closed' | 'settled' | 'litigation' | 'ladder_complete' | 'unknown_step';

export type Decision =
  | {
      kind: 'due';
      step: StepId;
      channel: Channel;
      /** The date the step fell due (≤ today: earlier when caught up). */
      dueOn: CalendarDate;
      /** Days past the invoice's due date (negative for a pre-due reminder). */
      daysLate: number;
      balance: Cents;
      alert: DunningAlert | null;
    }
  | { kind: 'waiting'; step: StepId; dueOn: CalendarDate; alert: DunningAlert | null }
  | { kind: 'paused'; reason: PauseReason; until: CalendarDate | null }
  | { kind: 'finished'; reason: FinishReason };

export interface EngineContext {
  ladder: LadderConfig;
  calendar: BusinessCalendar;
  today: CalendarDate;
}

interface Resume {
  alert: DunningAlert | null;
  notBefore: CalendarDate | null;
}

export function decide(invoice: Invoice, customer: Pick<Customer, 'risk'>, context: EngineContext): Decision {
  const { ladder, today } = context;
  if (invoice.status === 'paid' || invoice.status === 'written_off')
    return { kind: 'finished', reason: 'closed' };
  if (invoice.status === 'litigation') return { kind: 'finished', reason: 'litigation' };
  const balance = balanceOf(invoice);
  if (balance < ladder.balanceTolerance) return { kind: 'finished', reason: 'settled' };

  const resume = checkHold(invoice, context);
  if ('kind' in resume) return resume;

  const lastIndex = lastStepIndex(invoice, ladder);
  if (lastIndex === 'unknown') return { kind: 'finished', reason: 'unknown_step' };

  const preDue = preDueDecision(invoice, customer, context, balance, resume.alert);
  if (preDue) return preDue;

  const step = ladder.steps[lastIndex + 1];
  if (!step) return { kind: 'finished', reason: 'ladder_complete' };
  const candidates = [addDays(invoice.dueDate, step.offsetDays)];
  if (lastIndex >= 0 && invoice.dunning.lastStepDate) {
    candidates.push(addDays(invoice.dunning.lastStepDate, ladder.minimumGapDays));
  }
  if (resume.notBefore) candidates.push(resume.notBefore);
  const dueOn = context.calendar.nextBusinessDayOnOrAfter(maxDate(candidates[0]!, ...candidates.slice(1)));
  if (today < dueOn) return { kind: 'waiting', step: step.id, dueOn, alert: resume.alert };
  return {
    kind: 'due',
    step: step.id,
    channel: step.channel,
    dueOn,
    daysLate: daysBetween(invoice.dueDate, today),
    balance,
    alert: resume.alert,
  };
}

/** -1 when no escalation step was done yet (a pre-due reminder does not count). */
function lastStepIndex(invoice: Invoice, ladder: LadderConfig): number | 'unknown' {
  const last = invoice.dunning.lastStep;
  if (last === null || last === ladder.preDue?.id) return -1;
  const index = ladder.steps.findIndex((s) => s.id === last);
  return index >= 0 ? index : 'unknown';
}

function preDueDecision(
  invoice: Invoice,
  customer: Pick<Customer, 'risk'>,
  { ladder, calendar, today }: EngineContext,
  balance: Cents,
  alert: DunningAlert | null,
): Decision | null {
  const preDue = ladder.preDue;
  if (!preDue || invoice.dunning.lastStep !== null || today > invoice.dueDate) return null;
  const daysBefore = preDue.daysBeforeBySegment[customer.risk];
  if (daysBefore === null) return null;
  const dueOn = calendar.previousBusinessDayOnOrBefore(addDays(invoice.dueDate, -daysBefore));
  if (today < dueOn) return { kind: 'waiting', step: preDue.id, dueOn, alert };
  return {
    kind: 'due',
    step: preDue.id,
    channel: preDue.channel,
    dueOn,
    daysLate: daysBetween(invoice.dueDate, today),
    balance,
    alert,
  };
}

/** Either the pause still holds (a decision), or how the ladder resumes. */
function checkHold(invoice: Invoice, { ladder, calendar, today }: EngineContext): Decision | Resume {
  const hold = invoice.dunning.hold;
  const kept: Resume = { alert: invoice.dunning.alert, notBefore: null };
  if (!hold) return kept;
  switch (hold.kind) {
    case 'dispute':
      return { kind: 'paused', reason: 'dispute', until: null };
    case 'postponed':
      if (today < hold.until) return { kind: 'paused', reason: 'postponed', until: hold.until };
      return { ...kept, notBefore: hold.until };
    case 'promise': {
      const until = calendar.addBusinessDays(hold.promisedDate, ladder.promiseGraceBusinessDays);
      if (today <= until) return { kind: 'paused', reason: 'promise', until };
      return { alert: { kind: 'broken_promise', since: addDays(until, 1) }, notBefore: null };
    }
    case 'plan': {
      const missed = firstMissedInstallment(invoice, hold, ladder, calendar, today);
      if (!missed) {
        const next = hold.installments.find((i) => i.dueDate >= today);
        return { kind: 'paused', reason: 'plan', until: next?.dueDate ?? null };
      }
      return { alert: { kind: 'missed_installment', since: missed }, notBefore: null };
    }
  }
}

/** The date a payment plan broke (the first installment not covered once its grace ran out). */
function firstMissedInstallment(
  invoice: Invoice,
  plan: Extract<NonNullable<Invoice['dunning']['hold']>, { kind: 'plan' }>,
  ladder: LadderConfig,
  calendar: BusinessCalendar,
  today: CalendarDate,
): CalendarDate | null {
  const paidSincePlan = invoice.amountPaid - plan.paidAtStart;
  let owedSoFar = 0;
  for (const installment of [...plan.installments].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))) {
    const lapse = calendar.addBusinessDays(installment.dueDate, ladder.installmentGraceBusinessDays);
    if (lapse >= today) break;
    owedSoFar += installment.amount;
    if (paidSincePlan + ladder.balanceTolerance <= owedSoFar) return addDays(lapse, 1);
  }
  return null;
}
