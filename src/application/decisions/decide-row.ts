/**
 * The decisions available on every row of the card: postpone (until a date), dispute (with its
 * reason), promise to pay (a date), paid, and « appel passé » (a note). Each applies to the
 * action's invoices as they are now in storage, updates the action, and is journaled.
 */
import type { ActionNote, DunningAction } from '../../domain/actions';
import { addDays, type CalendarDate } from '../../domain/calendar-date';
import type { ActionRef, Decider, Outcome } from '../../domain/decisions';
import { placeHold, type Transition, type TransitionRefusal } from '../../domain/holds';
import type { Invoice } from '../../domain/ledger';
import { fr } from '../../i18n/fr';
import { transitionRefusalText } from '../../i18n/reasons';
import { actionTarget, loadActionFor, record, refuse, type DecisionDependencies } from './dependencies';

const OPEN_FOR_ROW_DECISIONS: DunningAction['status'][] = ['proposed', 'generated'];
/** A postponement or a promise further than this is a typo, not a decision. */
const MAX_DAYS_AHEAD = 180;

/** What the row's form sent, already read by the edge (dates well-formed or null, text trimmed). */
export type RowDecision =
  | { verb: 'postpone'; until: CalendarDate | null }
  | { verb: 'dispute'; reason: string }
  | { verb: 'promise'; promisedDate: CalendarDate | null }
  | { verb: 'paid' }
  | { verb: 'call'; note: string };

const textOk = (text: string) => text.length >= 3 && text.length <= 500;

async function applyToInvoices(
  deps: DecisionDependencies,
  action: DunningAction,
  transition: (invoice: Invoice) => Transition,
): Promise<{ changed: string[]; refused: TransitionRefusal[] }> {
  const changed: string[] = [];
  const refused: TransitionRefusal[] = [];
  for (const { number } of action.invoices) {
    let refusal: TransitionRefusal | null = null;
    const after = await deps.stores.invoices.modify(action.customerCode, number, (current) => {
      refusal = null;
      const t = transition(current);
      if (t.ok) return t.invoice;
      refusal = t.refusal;
      return null;
    });
    if (!after) refused.push({ invoice: number, code: 'missing' });
    else if (refusal) refused.push(refusal);
    else changed.push(number);
  }
  return { changed, refused };
}

interface RowPlan {
  transition: (invoice: Invoice) => Transition;
  status: DunningAction['status'];
  note: (changed: number) => ActionNote;
  journalAction: string;
  details: Record<string, unknown>;
}

export async function decideOnRow(
  deps: DecisionDependencies,
  decider: Decider,
  ref: ActionRef,
  decision: RowDecision,
): Promise<Outcome> {
  const verb = `row.${decision.verb}`;
  const loaded = await loadActionFor(deps, decider, verb, ref);
  if ('refused' in loaded) return loaded.refused;
  const { action } = loaded;
  const today = deps.clock.today();
  const now = deps.clock.now().toISOString();

  if (decision.verb === 'call') {
    if (!textOk(decision.note)) return refuse(deps, decider, verb, ref, { code: 'note_required' });
    await record(
      deps,
      decider,
      'customer.called',
      actionTarget(action),
      { note: decision.note, step: action.step },
      'ok',
    );
    return { kind: 'done', customer: action.customerName, done: { kind: 'call_recorded' } };
  }
  if (!OPEN_FOR_ROW_DECISIONS.includes(action.status)) {
    await record(
      deps,
      decider,
      verb,
      actionTarget(action),
      { status: action.status },
      'refused',
      fr.decisions.alreadyDoneReason(null),
    );
    return { kind: 'already_decided', customer: action.customerName };
  }

  let plan: RowPlan;
  switch (decision.verb) {
    case 'postpone': {
      const until = decision.until;
      if (!until || until <= today || until > addDays(today, MAX_DAYS_AHEAD))
        return refuse(deps, decider, verb, ref, { code: 'bad_postpone_date' });
      plan = {
        transition: (inv) => placeHold(inv, { kind: 'postponed', until, reason: null, since: today }),
        status: 'postponed',
        note: () => ({ kind: 'postponed', until }),
        journalAction: 'action.postponed',
        details: { until },
      };
      break;
    }
    case 'dispute': {
      const reason = decision.reason;
      if (!textOk(reason)) return refuse(deps, decider, verb, ref, { code: 'reason_required' });
      plan = {
        transition: (inv) => placeHold(inv, { kind: 'dispute', reason, since: today }),
        status: 'withdrawn',
        note: () => ({ kind: 'disputed', reason }),
        journalAction: 'invoice.disputed',
        details: { reason },
      };
      break;
    }
    case 'promise': {
      const promisedDate = decision.promisedDate;
      if (!promisedDate || promisedDate < today || promisedDate > addDays(today, MAX_DAYS_AHEAD))
        return refuse(deps, decider, verb, ref, { code: 'bad_promise_date' });
      plan = {
        transition: (inv) => placeHold(inv, { kind: 'promise', promisedDate, since: today }),
        status: 'withdrawn',
        note: () => ({ kind: 'promised', date: promisedDate }),
        journalAction: 'promise.recorded',
        details: { promisedDate },
      };
      break;
    }
    case 'paid':
      plan = {
        transition: (inv): Transition =>
          inv.status === 'paid' || inv.status === 'written_off'
            ? { ok: false, refusal: { invoice: inv.number, code: inv.status } }
            : { ok: true, invoice: { ...inv, status: 'paid', closedOn: today } },
        status: 'withdrawn',
        note: (count) => ({ kind: 'marked_paid', count }),
        journalAction: 'invoice.marked_paid',
        details: {},
      };
      break;
  }
  const result = await applyToInvoices(deps, action, plan.transition);
  if (result.changed.length === 0) {
    await record(
      deps,
      decider,
      plan.journalAction,
      actionTarget(action),
      { ...plan.details, refused: result.refused },
      'refused',
      result.refused.map((r) => transitionRefusalText(r, deps.texts)).join(' ; '),
    );
    return { kind: 'refused', refusal: { code: 'invoices_refused', refusals: result.refused } };
  }
  const note = plan.note(result.changed.length);
  let applied = false;
  await deps.stores.actions.modify(action.date, action.customerCode, action.step, (current) => {
    applied = false;
    if (!OPEN_FOR_ROW_DECISIONS.includes(current.status)) return null;
    applied = true;
    return { ...current, status: plan.status, note, decidedBy: decider.actor, decidedAt: now };
  });
  await record(
    deps,
    decider,
    plan.journalAction,
    { ...actionTarget(action), invoiceNumbers: result.changed },
    {
      ...plan.details,
      step: action.step,
      actionStatus: applied ? plan.status : 'unchanged',
      refused: result.refused,
    },
    'ok',
  );
  return {
    kind: 'done',
    customer: action.customerName,
    done: { kind: 'row_decided', note, notApplied: result.refused },
  };
}
