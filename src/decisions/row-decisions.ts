/**
 * The decisions available on every row of the card: postpone (until a date), dispute (with its
 * reason), promise to pay (a date), paid, and « appel passé » (a note). Each applies to the
 * action's invoices as they are now in storage, updates the action, and is journaled.
 */
import type { DunningAction } from '../domain/actions';
import { addDays, formatDateShortFr, type CalendarDate } from '../domain/calendar-date';
import { placeHold, type Transition } from '../domain/holds';
import type { Invoice } from '../domain/ledger';
import { fr } from '../i18n/fr';
import {
  actionTarget,
  loadActionFor,
  parseDateInput,
  parseTextInput,
  record,
  refuse,
  type ActionRefInput,
  type Decider,
  type DecisionDependencies,
  type Outcome,
} from './decision-context';

const OPEN_FOR_ROW_DECISIONS: DunningAction['status'][] = ['proposed', 'generated'];
/** A postponement or a promise further than this is a typo, not a decision. */
const MAX_DAYS_AHEAD = 180;

type RowVerb = 'postpone' | 'dispute' | 'promise' | 'paid' | 'call';

export interface RowDecisionInput extends ActionRefInput {
  until?: unknown;
  reason?: unknown;
  promisedDate?: unknown;
  note?: unknown;
}

async function applyToInvoices(
  deps: DecisionDependencies,
  action: DunningAction,
  transition: (invoice: Invoice) => Transition,
): Promise<{ changed: string[]; refused: string[] }> {
  const changed: string[] = [];
  const refused: string[] = [];
  for (const { number } of action.invoices) {
    let reason: string | null = null;
    const after = await deps.stores.invoices.modify(action.customerCode, number, (current) => {
      reason = null;
      const t = transition(current);
      if (t.ok) return t.invoice;
      reason = t.reason;
      return null;
    });
    if (!after) refused.push(`${number} : ${fr.decisions.invoiceMissing}`);
    else if (reason) refused.push(reason);
    else changed.push(number);
  }
  return { changed, refused };
}

export async function decideOnRow(
  deps: DecisionDependencies,
  decider: Decider,
  verb: RowVerb,
  input: RowDecisionInput,
): Promise<Outcome> {
  const journalVerb = `row.${verb}`;
  const loaded = await loadActionFor(deps, decider, journalVerb, input);
  if ('refused' in loaded) return loaded.refused;
  const { action } = loaded;
  const today = deps.clock.today();
  const now = deps.clock.now().toISOString();
  const t = fr.decisions;

  if (verb === 'call') {
    const note = parseTextInput(input.note);
    if (!note) return refuse(deps, decider, journalVerb, input, t.noteRequired);
    await record(deps, decider, 'customer.called', actionTarget(action), { note, step: action.step }, 'ok');
    return { ok: true, message: t.callRecorded(action.customerName) };
  }
  if (!OPEN_FOR_ROW_DECISIONS.includes(action.status)) {
    return { ok: false, message: t.alreadyDecided(action.customerName) };
  }

  let transition: (invoice: Invoice) => Transition;
  let status: DunningAction['status'];
  let statusReason: string;
  let journalAction: string;
  let details: Record<string, unknown>;
  switch (verb) {
    case 'postpone': {
      const until = parseDateInput(input.until);
      if (!until || until <= today || until > addDays(today, MAX_DAYS_AHEAD)) {
        return refuse(deps, decider, journalVerb, input, t.badPostponeDate);
      }
      transition = (inv) => placeHold(inv, { kind: 'postponed', until, reason: null, since: today });
      status = 'postponed';
      statusReason = t.postponedUntil(formatDateShortFr(until));
      journalAction = 'action.postponed';
      details = { until };
      break;
    }
    case 'dispute': {
      const reason = parseTextInput(input.reason);
      if (!reason) return refuse(deps, decider, journalVerb, input, t.reasonRequired);
      transition = (inv) => placeHold(inv, { kind: 'dispute', reason, since: today });
      status = 'withdrawn';
      statusReason = t.disputed(reason);
      journalAction = 'invoice.disputed';
      details = { reason };
      break;
    }
    case 'promise': {
      const promisedDate = parseDateInput(input.promisedDate);
      if (!promisedDate || promisedDate < today || promisedDate > addDays(today, MAX_DAYS_AHEAD)) {
        return refuse(deps, decider, journalVerb, input, t.badPromiseDate);
      }
      transition = (inv) => placeHold(inv, { kind: 'promise', promisedDate, since: today });
      status = 'withdrawn';
      statusReason = t.promised(formatDateShortFr(promisedDate));
      journalAction = 'promise.recorded';
      details = { promisedDate };
      break;
    }
    case 'paid': {
      transition = (inv): Transition =>
        inv.status === 'paid' || inv.status === 'written_off'
          ? { ok: false, reason: t.alreadyClosed(inv.number) }
          : { ok: true, invoice: { ...inv, status: 'paid', closedOn: today as CalendarDate } };
      status = 'withdrawn';
      statusReason = t.markedPaid;
      journalAction = 'invoice.marked_paid';
      details = {};
      break;
    }
  }
  const result = await applyToInvoices(deps, action, transition);
  if (result.changed.length === 0) {
    await record(
      deps,
      decider,
      journalAction,
      actionTarget(action),
      { ...details, refused: result.refused },
      'refused',
      result.refused.join(' ; '),
    );
    return { ok: false, message: t.refused(result.refused.join(' ; ')) };
  }
  let applied = false;
  await deps.stores.actions.modify(action.date, action.customerCode, action.step, (current) => {
    applied = false;
    if (!OPEN_FOR_ROW_DECISIONS.includes(current.status)) return null;
    applied = true;
    return { ...current, status, statusReason, decidedBy: decider.actor, decidedAt: now };
  });
  await record(
    deps,
    decider,
    journalAction,
    { ...actionTarget(action), invoiceNumbers: result.changed },
    { ...details, step: action.step, actionStatus: applied ? status : 'unchanged', refused: result.refused },
    'ok',
  );
  return { ok: true, message: t.rowDone(action.customerName, statusReason, result.refused) };
}
