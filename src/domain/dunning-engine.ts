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
import type { LadderConfig, Channel, FormalNoticeDelays } from './ladder';
import {
  balanceOf,
  type Customer,
  type DunningAlert,
  type FormalNoticeRecord,
  type Invoice,
  type StepId,
} from './ledger';
import { isFrozenByProceedings } from './insolvency';
import { type Cents } from './money';

/** `insolvency`: issued before the customer's collective proceedings were opened (./insolvency.ts). */
export type PauseReason = 'dispute' | 'promise' | 'plan' | 'postponed' | 'notice_returned' | 'insolvency';

/**
 * Why a step is not due yet — the latest of its constraints: the ladder's offset (or the minimum
 * gap, a postponement's end), the mise en demeure's deadline (after the AR or the « avisé non
 * réclamé » presentation, or after the posting when none was recorded), the firm's mandate start.
 */
export type WaitReason =
  | { code: 'offset' }
  | { code: 'notice_deadline'; basis: 'received' | 'unclaimed'; event: CalendarDate; days: number }
  | { code: 'no_receipt'; posted: CalendarDate; days: number }
  | { code: 'mandate_start'; date: CalendarDate };
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
  | { kind: 'waiting'; step: StepId; dueOn: CalendarDate; alert: DunningAlert | null; why: WaitReason }
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

export function decide(
  invoice: Invoice,
  customer: Pick<Customer, 'risk' | 'insolvency'>,
  context: EngineContext,
): Decision {
  const { ladder, today } = context;
  if (invoice.status === 'paid' || invoice.status === 'written_off')
    return { kind: 'finished', reason: 'closed' };
  if (invoice.status === 'litigation') return { kind: 'finished', reason: 'litigation' };
  const balance = balanceOf(invoice);
  if (balance < ladder.balanceTolerance) return { kind: 'finished', reason: 'settled' };
  // L622-21, L622-7: nothing is claimed of a debt prior to the opening judgment; it is declared.
  if (isFrozenByProceedings(invoice, customer.insolvency))
    return { kind: 'paused', reason: 'insolvency', until: null };

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
  let dueOn = context.calendar.nextBusinessDayOnOrAfter(maxDate(candidates[0]!, ...candidates.slice(1)));
  let why: WaitReason = { code: 'offset' };
  if (step.channel === 'transfer') {
    const gates = transferGates(invoice, ladder, lastIndex);
    if (gates === 'returned') return { kind: 'paused', reason: 'notice_returned', until: null };
    for (const gate of gates) {
      const on = context.calendar.nextBusinessDayOnOrAfter(gate.from);
      if (on > dueOn) {
        dueOn = on;
        why = gate.why;
      }
    }
  }
  if (today < dueOn) return { kind: 'waiting', step: step.id, dueOn, alert: resume.alert, why };
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

/** The mise en demeure an invoice is under: its record, or (imported) the step's date alone. */
export function formalNoticeOf(invoice: Invoice, ladder: LadderConfig): FormalNoticeRecord | null {
  if (invoice.dunning.notice) return invoice.dunning.notice;
  const notice = ladder.steps.find((s) => s.channel === 'registered_letter');
  if (!notice || invoice.dunning.lastStep !== notice.id || !invoice.dunning.lastStepDate) return null;
  return { postedOn: invoice.dunning.lastStepDate, lrar: null, event: null };
}

/** The first day the mise en demeure's deadline has run, and on what it is counted. */
export function noticeDeadline(
  notice: FormalNoticeRecord,
  delays: FormalNoticeDelays,
): { from: CalendarDate; why: WaitReason } | 'returned' {
  const event = notice.event;
  if (event?.kind === 'returned') return 'returned';
  if (event) {
    const days = delays.daysAfterReceipt;
    return {
      from: addDays(event.on, days + 1),
      why: { code: 'notice_deadline', basis: event.kind, event: event.on, days },
    };
  }
  const days = delays.daysWithoutReceipt;
  return {
    from: addDays(notice.postedOn, days + 1),
    why: { code: 'no_receipt', posted: notice.postedOn, days },
  };
}

/** What a transfer waits for besides its offset: the notice's deadline, the firm's mandate start. */
function transferGates(
  invoice: Invoice,
  ladder: LadderConfig,
  lastIndex: number,
): Array<{ from: CalendarDate; why: WaitReason }> | 'returned' {
  const gates: Array<{ from: CalendarDate; why: WaitReason }> = [];
  const previous = ladder.steps[lastIndex];
  const notice = previous?.channel === 'registered_letter' ? formalNoticeOf(invoice, ladder) : null;
  if (notice && ladder.formalNotice) {
    const deadline = noticeDeadline(notice, ladder.formalNotice);
    if (deadline === 'returned') return 'returned';
    gates.push(deadline);
  }
  if (ladder.transferNotBefore)
    gates.push({
      from: ladder.transferNotBefore,
      why: { code: 'mandate_start', date: ladder.transferNotBefore },
    });
  return gates;
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
  if (today < dueOn) return { kind: 'waiting', step: preDue.id, dueOn, alert, why: { code: 'offset' } };
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
