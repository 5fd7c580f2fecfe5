/**
 * Carrying out an action exactly once. A click first claims the action (proposed → in progress,
 * under its ETag): of two clicks at once — a double click, two controllers — only one claims it,
 * the other answers with the current state. Then the escalation guard re-reads the invoices: those
 * paid, disputed or promised in the meantime are dropped, and when none is left the action is
 * withdrawn with the reason. A failure puts the action back to « proposée » with the reason.
 */
import type { DunningAction } from '../domain/actions';
import type { ActionInvoice } from '../domain/daily-plan';
import { daysBetween } from '../domain/calendar-date';
import { guardAction } from '../domain/escalation-guard';
import { recordStepDone } from '../domain/holds';
import { balanceOf, type Customer, type Invoice } from '../domain/ledger';
import { fr } from '../i18n/fr';
import {
  actionTarget,
  record,
  type Decider,
  type DecisionDependencies,
  type Outcome,
} from './decision-context';

export interface Claimed {
  action: DunningAction;
  customer: Customer;
  /** The invoices still due at the action's step, freshly read. */
  invoices: Invoice[];
  dropped: Array<{ number: string; reason: string }>;
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
    const who = current?.decidedBy?.name ?? '';
    return { outcome: { ok: false, message: fr.decisions.alreadyDone(action.customerName, who) } };
  }
  const customer = await deps.stores.customers.get(action.customerCode);
  const fresh = new Map(
    (await deps.stores.invoices.listByCustomer(action.customerCode)).map((i) => [i.number, i]),
  );
  const guard = customer
    ? guardAction(
        action.step,
        action.invoices.map((i) => i.number),
        fresh,
        customer,
        {
          ladder: deps.ladder,
          calendar: deps.calendar,
          today: deps.clock.today(),
        },
      )
    : {
        keep: [],
        dropped: action.invoices.map((i) => ({ number: i.number, reason: fr.decisions.unknownCustomer })),
      };
  if (!customer || guard.keep.length === 0) {
    const reason = guard.dropped.map((d) => `${d.number} ${d.reason}`).join(' ; ');
    await finish(deps, current, { status: 'withdrawn', statusReason: reason });
    await record(
      deps,
      decider,
      'action.withdrawn',
      actionTarget(action),
      { step: action.step, dropped: guard.dropped },
      'ok',
      reason,
    );
    return { outcome: { ok: false, message: fr.decisions.withdrawn(action.customerName, reason) } };
  }
  return { claimed: { action: current, customer, invoices: guard.keep, dropped: guard.dropped } };
}

/** The invoices as a letter or an e-mail lists them today (balance and lateness now). */
export function invoicesAsOfToday(invoices: readonly Invoice[], today: string): ActionInvoice[] {
  return invoices.map((i) => ({
    number: i.number,
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    amountInclTax: i.amountInclTax,
    balance: balanceOf(i),
    daysLate: daysBetween(i.dueDate, today as Invoice['dueDate']),
  }));
}

/** The action's final state, whatever happened in between (it is ours while in progress). */
export async function finish(
  deps: DecisionDependencies,
  action: DunningAction,
  change: Partial<Pick<DunningAction, 'status' | 'statusReason' | 'details'>>,
): Promise<DunningAction | null> {
  return deps.stores.actions.modify(action.date, action.customerCode, action.step, (a) => {
    const { previousStatus: _previous, ...details } = { ...a.details, ...(change.details ?? {}) };
    return { ...a, ...change, details };
  });
}

/** Gives the action back after a failure: « proposée » (or « générée ») again, with the reason. */
export async function release(
  deps: DecisionDependencies,
  action: DunningAction,
  reason: string,
): Promise<void> {
  const previous = (action.details.previousStatus ?? 'proposed') as DunningAction['status'];
  await finish(deps, action, { status: previous, statusReason: reason });
}

/** Moves each invoice past the step (or into litigation for a transfer); returns those moved. */
export async function markStepDone(
  deps: DecisionDependencies,
  claimed: Claimed,
  transfer: boolean,
): Promise<string[]> {
  const done: string[] = [];
  const today = deps.clock.today();
  for (const invoice of claimed.invoices) {
    let ok = false;
    await deps.stores.invoices.modify(invoice.customerCode, invoice.number, (current) => {
      const t = recordStepDone(current, claimed.action.step, today, transfer);
      ok = t.ok;
      return t.ok ? t.invoice : null;
    });
    if (ok) done.push(invoice.number);
  }
  return done;
}
