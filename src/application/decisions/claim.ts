/**
 * Carrying out an action exactly once. A click first claims the action (proposed → in progress,
 * under its ETag): of two clicks at once — a double click, two controllers — only one claims it,
 * the other answers with the current state. Then the escalation guard re-reads the invoices: those
 * paid, disputed or promised in the meantime are dropped, and when none is left the action is
 * withdrawn with the reason. A failure puts the action back to what it was, with the reason.
 */
import type { ActionNote, DunningAction } from '../../domain/actions';
import { daysBetween, type CalendarDate } from '../../domain/calendar-date';
import type { ActionInvoice } from '../../domain/daily-plan';
import type { Decider, Outcome } from '../../domain/decisions';
import { guardAction, type DroppedInvoice } from '../../domain/escalation-guard';
import { recordStepDone } from '../../domain/holds';
import { balanceOf, type Customer, type FormalNoticeRecord, type Invoice } from '../../domain/ledger';
import { fr } from '../../i18n/fr';
import { droppedText } from '../../i18n/reasons';
import { actionTarget, record, type DecisionDependencies } from './dependencies';

export interface Claimed {
  action: DunningAction;
  customer: Customer;
  /** The invoices still due at the action's step, freshly read. */
  invoices: Invoice[];
  dropped: DroppedInvoice[];
}

export type ClaimResult = { claimed: Claimed } | { outcome: Outcome };

export async function claimAction(
  deps: DecisionDependencies,
  decider: Decider,
  action: DunningAction,
  allowed: ReadonlyArray<DunningAction['status']>,
): Promise<ClaimResult> {
  let claimed = false;
  const now = deps.clock.now().toISOString();
  // A change function may run several times (ETag retries): flags reflect its last run only.
  const current = await deps.stores.actions.modify(action.date, action.customerCode, action.step, (a) => {
    claimed = false;
    if (!allowed.includes(a.status)) return null;
    claimed = true;
    return {
      ...a,
      status: 'in_progress',
      decidedBy: decider.actor,
      decidedAt: now,
      details: { ...a.details, previousStatus: a.status },
    };
  });
  if (!claimed || !current) {
    const by = current?.decidedBy?.name ?? null;
    await record(
      deps,
      decider,
      'action.already_done',
      actionTarget(action),
      { step: action.step, status: current?.status ?? null },
      'refused',
      fr.decisions.alreadyDoneReason(by),
    );
    return { outcome: { kind: 'already_done', customer: action.customerName, by } };
  }
  const customer = await deps.stores.customers.get(action.customerCode);
  const fresh = new Map(
    (await deps.stores.invoices.listByCustomer(action.customerCode)).map((i) => [i.number, i]),
  );
  const guard = customer
    ? guardAction(
        action.step,
        action.invoices.map((i) => ({ number: i.number, step: i.step })),
        fresh,
        customer,
        { ladder: deps.ladder, calendar: deps.calendar, today: deps.clock.today() },
      )
    : {
        keep: [],
        dropped: action.invoices.map((i) => ({
          number: i.number,
          reason: { code: 'unknown_customer' as const },
        })),
      };
  if (!customer || guard.keep.length === 0) {
    await finish(deps, current, { status: 'withdrawn', note: { kind: 'dropped', invoices: guard.dropped } });
    await record(
      deps,
      decider,
      'action.withdrawn',
      actionTarget(action),
      { step: action.step, dropped: guard.dropped },
      'ok',
      droppedText(guard.dropped, deps.texts),
    );
    return { outcome: { kind: 'withdrawn', customer: action.customerName, dropped: guard.dropped } };
  }
  return { claimed: { action: current, customer, invoices: guard.keep, dropped: guard.dropped } };
}

/** The invoices as a letter or an e-mail lists them today (balance and lateness now). */
export function invoicesAsOfToday(invoices: readonly Invoice[], today: CalendarDate): ActionInvoice[] {
  return invoices.map((i) => ({
    number: i.number,
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    amountInclTax: i.amountInclTax,
    balance: balanceOf(i),
    daysLate: daysBetween(i.dueDate, today),
  }));
}

/** The action's final state, whatever happened in between (it is ours while in progress). */
export async function finish(
  deps: Pick<DecisionDependencies, 'stores'>,
  action: DunningAction,
  change: Partial<Pick<DunningAction, 'status' | 'note' | 'details'>>,
): Promise<DunningAction | null> {
  return deps.stores.actions.modify(action.date, action.customerCode, action.step, (a) => {
    const { previousStatus: _previous, ...details } = { ...a.details, ...(change.details ?? {}) };
    return { ...a, ...change, details };
  });
}

/**
 * Gives the action back after a failure, with the reason: « proposée » (or « générée », or still
 * « à vérifier ») again. One from « Tout envoyer »'s queue is proposed again, not re-queued: the
 * queue does not retry a failure on its own.
 */
export async function release(
  deps: Pick<DecisionDependencies, 'stores'>,
  action: DunningAction,
  note: ActionNote,
): Promise<void> {
  await deps.stores.actions.modify(action.date, action.customerCode, action.step, (a) => released(a, note));
}

/** The action given back, as `release` writes it. */
export function released(action: DunningAction, note: ActionNote): DunningAction {
  const previous = (action.details.previousStatus ?? 'proposed') as DunningAction['status'];
  const { previousStatus: _previous, ...details } = action.details;
  return { ...action, status: previous === 'queued' ? 'proposed' : previous, note, details };
}

/** The invoices left out when an action was carried out, as its note (null when none). */
export function droppedNote(dropped: readonly DroppedInvoice[]): ActionNote | null {
  return dropped.length > 0 ? { kind: 'dropped', invoices: [...dropped] } : null;
}

/**
 * Moves each invoice past the step (or into litigation for a transfer), as of the day it was done;
 * returns those moved. Safe to run again: an invoice already past the step stays there.
 */
export async function markStepDone(
  deps: Pick<DecisionDependencies, 'stores'>,
  action: Pick<DunningAction, 'customerCode' | 'step'> & { invoices?: DunningAction['invoices'] },
  invoiceNumbers: readonly string[],
  on: CalendarDate,
  transfer: boolean,
  notice?: FormalNoticeRecord,
): Promise<string[]> {
  const done: string[] = [];
  for (const number of invoiceNumbers) {
    let ok = false;
    // An invoice riding in a more advanced communication is recorded as reminded at its own step;
    // every invoice of a transfer goes to the firm.
    const own = transfer ? undefined : action.invoices?.find((i) => i.number === number)?.step;
    await deps.stores.invoices.modify(action.customerCode, number, (current) => {
      const t = recordStepDone(current, own ?? action.step, on, transfer, own ? undefined : notice);
      ok = t.ok;
      return t.ok ? t.invoice : null;
    });
    if (ok) done.push(number);
  }
  return done;
}
