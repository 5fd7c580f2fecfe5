/**
 * The rep's answer on their card: an agreement in progress (a date), a commercial dispute (a
 * reason), « j'appelle le client » (then the call's outcome), or nothing to report. Only the rep of
 * that customer may answer; each answer — and each refusal — is journaled; the controller decides.
 */
import { addDays, type CalendarDate, type Clock } from '../../domain/calendar-date';
import type { Actor } from '../../domain/journal';
import type { SalesAnswer, SalesNotice } from '../../domain/sales-notices';
import { noticeFreshness } from '../../domain/sales-notice-freshness';
import { fr } from '../../i18n/fr';
import type { Stores } from '../ports';

export interface RepAnswerDependencies {
  stores: Pick<Stores, 'salesNotices' | 'customers' | 'journal' | 'invoices'>;
  clock: Clock;
}

/** Who answers: their journal identity and the e-mail that makes them the customer's rep. */
export interface Rep {
  actor: Actor;
  email: string | null;
}

export interface NoticeRef {
  customer: string;
  notice: string;
}

export type RepAnswerInput =
  | { verb: 'agreement'; expectedDate: CalendarDate | null }
  | { verb: 'dispute'; reason: string }
  | { verb: 'calling' }
  | { verb: 'callResult'; outcome: string }
  | { verb: 'nothing' };

export type RepRefusal =
  | 'unknown_notice'
  | 'not_yours'
  | 'bad_date'
  | 'reason_required'
  | 'outcome_required'
  /** The notice is no longer true: the file went to the law firm, or the invoices are settled. */
  | 'stale_transferred'
  | 'stale_settled';

export type RepAnswerOutcome =
  { kind: 'recorded'; notice: SalesNotice } | { kind: 'refused'; refusal: RepRefusal };

const REFUSAL_TEXT: Record<RepRefusal, string> = {
  unknown_notice: fr.sales.unknownNotice,
  not_yours: fr.sales.notYours,
  bad_date: fr.sales.badDate,
  reason_required: fr.sales.reasonRequired,
  outcome_required: fr.sales.outcomeRequired,
  stale_transferred: fr.sales.stale.transferred,
  stale_settled: fr.sales.stale.settled,
};

/** The notice, if it exists and this person is the rep of its customer. */
export async function noticeForRep(
  deps: RepAnswerDependencies,
  rep: Rep,
  ref: NoticeRef,
): Promise<{ notice: SalesNotice } | { refusal: RepRefusal }> {
  const notice = await deps.stores.salesNotices.get(ref.customer, ref.notice);
  const customer = notice ? await deps.stores.customers.get(ref.customer) : null;
  if (!notice || !customer) return { refusal: 'unknown_notice' };
  const email = rep.email?.toLowerCase();
  if (!email || email !== notice.repEmail || email !== customer.salesRepEmail?.toLowerCase())
    return { refusal: 'not_yours' };
  return { notice };
}

function answerOf(input: RepAnswerInput, today: CalendarDate): SalesAnswer | RepRefusal {
  switch (input.verb) {
    case 'agreement': {
      const date = input.expectedDate;
      if (!date || date < today || date > addDays(today, 180)) return 'bad_date';
      return { kind: 'agreement', expectedDate: date };
    }
    case 'dispute':
      return input.reason.length >= 3 ? { kind: 'dispute', reason: input.reason } : 'reason_required';
    case 'callResult':
      return input.outcome.length >= 3 ? { kind: 'calling', outcome: input.outcome } : 'outcome_required';
    case 'calling':
      return { kind: 'calling', outcome: null };
    case 'nothing':
      return { kind: 'nothing' };
  }
}

export async function recordRepAnswer(
  deps: RepAnswerDependencies,
  rep: Rep,
  ref: NoticeRef,
  input: RepAnswerInput,
): Promise<RepAnswerOutcome> {
  const refuse = async (refusal: RepRefusal): Promise<RepAnswerOutcome> => {
    await deps.stores.journal.append({
      actor: rep.actor,
      action: 'sales.answer',
      target: { customerCodes: ref.customer ? [ref.customer] : [], ref: ref.notice },
      details: { verb: input.verb, refusal },
      outcome: 'refused',
      reason: REFUSAL_TEXT[refusal],
    });
    return { kind: 'refused', refusal };
  };
  const found = await noticeForRep(deps, rep, ref);
  if ('refusal' in found) return refuse(found.refusal);
  const { notice } = found;
  // An answer to a notice that is no longer true would mislead the controller: refused, politely.
  const [invoices, journal] = await Promise.all([
    deps.stores.invoices.listByCustomer(ref.customer),
    deps.stores.journal.listForCustomer(ref.customer),
  ]);
  const freshness = noticeFreshness(notice, invoices, journal, deps.clock.today());
  if (freshness.kind === 'transferred') return refuse('stale_transferred');
  if (notice.status === 'superseded' || freshness.kind === 'settled') return refuse('stale_settled');
  const answer = answerOf(input, deps.clock.today());
  if (typeof answer === 'string') return refuse(answer);
  const updated = await deps.stores.salesNotices.modify(ref.customer, ref.notice, (current) => ({
    ...current,
    answer,
    answeredAt: deps.clock.now().toISOString(),
    answeredBy: rep.actor,
  }));
  await deps.stores.journal.append({
    actor: rep.actor,
    action: 'salesrep.answered',
    target: { invoiceNumbers: notice.invoiceNumbers, customerCodes: [ref.customer], ref: ref.notice },
    details: { source: 'sales_rep', stage: notice.stage, ...answer, answer: answer.kind },
    outcome: 'ok',
  });
  return { kind: 'recorded', notice: updated ?? { ...notice, answer } };
}

export function repRefusalText(refusal: RepRefusal): string {
  return REFUSAL_TEXT[refusal];
}

/** A refusal that is not the rep's mistake: the notice is out of date (said without « refusée »). */
export const isStaleRefusal = (refusal: RepRefusal): boolean =>
  refusal === 'stale_transferred' || refusal === 'stale_settled';
