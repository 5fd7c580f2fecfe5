/**
 * The buttons of a customer's card: log a call and its outcome, a promise (date, amount), a dispute
 * and lifting it, a postponement, a payment plan (installments), a payment (date, amount,
 * confirmed), accepting the sales rep's answer, and « Annuler » the last decision. Each re-reads
 * the customer and the invoices, checks the clicker may act, changes the invoices under their
 * ETags, and is journaled — refusals too — with what it changed (so that it can be undone).
 */
import type { ActionNote, DunningAction } from '../../domain/actions';
import { addDays, type CalendarDate, type Clock } from '../../domain/calendar-date';
import type { Decider } from '../../domain/decisions';
import { placeHold, releaseHold, type Transition, type TransitionRefusal } from '../../domain/holds';
import type { JournalTarget } from '../../domain/journal';
import type { LadderConfig } from '../../domain/ladder';
import {
  applyPayment,
  balanceOf,
  isClosed,
  type Customer,
  type Hold,
  type Installment,
  type Invoice,
} from '../../domain/ledger';
import { cents } from '../../domain/money';
import {
  type CustomerDecision,
  type CustomerDone,
  type CustomerOutcome,
  type CustomerRefusal,
} from '../../domain/customer-decisions';
import { customerRefusalText } from '../../i18n/customer';
import type { TextContext } from '../../i18n/reasons';
import type { Stores } from '../ports';
import {
  decideInsolvency,
  insolvencyUndoOf,
  replaceInsolvency,
  type DeclarationDependencies,
} from './insolvency-decisions';
import {
  lastUndoable,
  restoreState,
  sameState,
  stateOf,
  UNDONE_ACTION,
  undoRecordsOf,
  type UndoRecord,
} from './undo-rules';

export interface CustomerDecisionDependencies {
  stores: Pick<Stores, 'customers' | 'invoices' | 'journal' | 'salesNotices' | 'actions'>;
  /** « Préparer la déclaration de créance » (collective proceedings): documents and rates. */
  declaration?: DeclarationDependencies;
  ladder: LadderConfig;
  clock: Clock;
  /** How long after a decision « Annuler » is offered (minutes; 0: never). */
  undoMinutes: number;
  texts: TextContext;
}

/** A promise, a postponement or a plan further than this is a typo, not a decision. */
const MAX_DAYS_AHEAD = 365;
const MAX_INSTALLMENTS = 12;
const textOk = (text: string) => text.length >= 3 && text.length <= 500;

interface Plan {
  numbers: string[];
  transition: (invoice: Invoice) => Transition;
  action: string;
  details: Record<string, unknown>;
  done: (changed: string[]) => CustomerDone;
  /** What today's rows whose invoices are all paused or closed now become (null: untouched). */
  row: ((changed: number) => { status: DunningAction['status']; note: ActionNote }) | null;
}

/** A row of the day's card a decision closed, and how it was: « Annuler » puts it back. */
export interface RowUndo {
  date: CalendarDate;
  customerCode: string;
  step: string;
  before: Pick<DunningAction, 'status' | 'note' | 'decidedBy' | 'decidedAt'>;
  after: Pick<DunningAction, 'status' | 'note' | 'decidedBy' | 'decidedAt'>;
}

const OPEN_ROWS: DunningAction['status'][] = ['proposed', 'generated'];

const rowState = (a: DunningAction): RowUndo['before'] => ({
  status: a.status,
  note: a.note,
  decidedBy: a.decidedBy,
  decidedAt: a.decidedAt,
});

/**
 * Today's rows of the customer still to act on whose invoices are now all paused or closed: they
 * leave the day's work (as a row's own decision would), so the day's card does not propose them.
 */
export async function closeRows(
  deps: { stores: Pick<Stores, 'invoices' | 'actions'>; clock: Clock },
  decider: Decider,
  customerCode: string,
  row: NonNullable<Plan['row']>,
  changed: number,
): Promise<RowUndo[]> {
  const today = deps.clock.today();
  const invoices = new Map(
    (await deps.stores.invoices.listByCustomer(customerCode)).map((i) => [i.number, i] as const),
  );
  const settled = (n: string) => {
    const i = invoices.get(n);
    return !i || isClosed(i) || i.dunning.hold !== null;
  };
  const closed: RowUndo[] = [];
  const now = deps.clock.now().toISOString();
  for (const action of await deps.stores.actions.listForDate(today)) {
    if (action.customerCode !== customerCode || !OPEN_ROWS.includes(action.status)) continue;
    if (!action.invoices.every((i) => settled(i.number))) continue;
    const next = { ...row(changed), decidedBy: decider.actor, decidedAt: now };
    let before: RowUndo['before'] | null = null;
    await deps.stores.actions.modify(action.date, action.customerCode, action.step, (current) => {
      before = OPEN_ROWS.includes(current.status) ? rowState(current) : null;
      return before ? { ...current, ...next } : null;
    });
    if (before) closed.push({ date: action.date, customerCode, step: action.step, before, after: next });
  }
  return closed;
}

export async function decideForCustomer(
  deps: CustomerDecisionDependencies,
  decider: Decider,
  customerCode: string,
  decision: CustomerDecision,
): Promise<CustomerOutcome> {
  const verb = `customer.${decision.verb}`;
  const refuse = async (refusal: CustomerRefusal, customer?: Customer): Promise<CustomerOutcome> => {
    await deps.stores.journal.append({
      actor: decider.actor,
      action: verb,
      target: customer ? { customerCodes: [customer.code] } : {},
      details: { refusal: refusal.code, source: 'customer_card' },
      outcome: 'refused',
      reason: customerRefusalText(refusal, deps.texts),
    });
    return { kind: 'refused', refusal };
  };
  if (!decider.canAct) return refuse({ code: 'not_allowed' });
  const customer = await deps.stores.customers.get(customerCode);
  if (!customer) return refuse({ code: 'unknown_customer' });
  const today = deps.clock.today();
  const invoices = await deps.stores.invoices.listByCustomer(customer.code);
  const open = invoices.filter((i) => !isClosed(i));
  const openNumbers = new Set(open.map((i) => i.number));
  const target: JournalTarget = { customerCodes: [customer.code] };
  const journal = (action: string, details: Record<string, unknown>, extra: Partial<JournalTarget> = {}) =>
    deps.stores.journal.append({
      actor: decider.actor,
      action,
      target: { ...target, ...extra },
      details: { ...details, source: 'customer_card' },
      outcome: 'ok',
    });
  const known = (numbers: string[]) => numbers.length > 0 && numbers.every((n) => openNumbers.has(n));
  const chosen = (numbers: string[]) => (numbers.length === 0 ? [...openNumbers] : numbers);
  const dateAhead = (date: CalendarDate | null, allowToday: boolean) =>
    !!date && (allowToday ? date >= today : date > today) && date <= addDays(today, MAX_DAYS_AHEAD);

  let plan: Plan;
  switch (decision.verb) {
    case 'call': {
      if (!decision.outcome) return refuse({ code: 'outcome_required' }, customer);
      if (decision.note && !textOk(decision.note)) return refuse({ code: 'note_required' }, customer);
      await journal('customer.called', { outcome: decision.outcome, note: decision.note || undefined });
      return {
        kind: 'done',
        customer: customer.legalName,
        done: { kind: 'call_logged', outcome: decision.outcome },
        notApplied: [],
      };
    }
    case 'undo':
      return undoLast(deps, decider, customer, decision.entry, refuse);
    case 'insolvency':
    case 'declaration_sent':
    case 'claim_declaration':
      return decideInsolvency(deps, decider, customer, decision, journal, refuse);
    case 'promise': {
      const numbers = chosen(decision.invoices);
      if (!known(numbers))
        return refuse({ code: open.length ? 'unknown_invoice' : 'nothing_open' }, customer);
      const date = decision.date;
      if (!dateAhead(date, true)) return refuse({ code: 'bad_date' }, customer);
      if (decision.amount !== null && decision.amount <= 0) return refuse({ code: 'bad_amount' }, customer);
      const hold: Hold = { kind: 'promise', promisedDate: date!, since: today };
      plan = {
        numbers,
        transition: (inv) => placeHold(inv, hold),
        action: 'promise.recorded',
        details: { promisedDate: date, amount: decision.amount },
        done: (changed) => ({ kind: 'promised', date: date!, amount: decision.amount, invoices: changed }),
        row: () => ({ status: 'withdrawn', note: { kind: 'promised', date: date! } }),
      };
      break;
    }
    case 'dispute': {
      if (!openNumbers.has(decision.invoice)) return refuse({ code: 'unknown_invoice' }, customer);
      if (!textOk(decision.reason)) return refuse({ code: 'reason_required' }, customer);
      const hold: Hold = { kind: 'dispute', reason: decision.reason, since: today };
      plan = {
        numbers: [decision.invoice],
        transition: (inv) => placeHold(inv, hold),
        action: 'invoice.disputed',
        details: { reason: decision.reason },
        done: () => ({ kind: 'disputed', invoice: decision.invoice }),
        row: () => ({ status: 'withdrawn', note: { kind: 'disputed', reason: decision.reason } }),
      };
      break;
    }
    case 'lift_dispute': {
      const invoice = open.find((i) => i.number === decision.invoice);
      if (!invoice) return refuse({ code: 'unknown_invoice' }, customer);
      if (invoice.dunning.hold?.kind !== 'dispute') return refuse({ code: 'not_disputed' }, customer);
      if (decision.note && !textOk(decision.note)) return refuse({ code: 'note_required' }, customer);
      plan = {
        numbers: [invoice.number],
        transition: (inv): Transition =>
          inv.dunning.hold?.kind === 'dispute'
            ? releaseHold(inv)
            : { ok: false, refusal: { invoice: inv.number, code: 'not_paused' } },
        action: 'dispute.lifted',
        details: { note: decision.note || undefined },
        done: () => ({ kind: 'dispute_lifted', invoice: invoice.number }),
        row: null,
      };
      break;
    }
    case 'postpone': {
      const numbers = chosen(decision.invoices);
      if (!known(numbers))
        return refuse({ code: open.length ? 'unknown_invoice' : 'nothing_open' }, customer);
      const until = decision.until;
      if (!dateAhead(until, false)) return refuse({ code: 'bad_date' }, customer);
      const reason = decision.reason || null;
      plan = {
        numbers,
        transition: (inv) => placeHold(inv, { kind: 'postponed', until: until!, reason, since: today }),
        action: 'action.postponed',
        details: { until, reason: reason ?? undefined },
        done: (changed) => ({ kind: 'postponed', until: until!, invoices: changed }),
        row: () => ({ status: 'postponed', note: { kind: 'postponed', until: until! } }),
      };
      break;
    }
    case 'plan': {
      const invoice = open.find((i) => i.number === decision.invoice);
      if (!invoice) return refuse({ code: 'unknown_invoice' }, customer);
      const rows = decision.installments.filter((r) => r.date !== null || r.amount !== null);
      if (rows.length < 2 || rows.length > MAX_INSTALLMENTS) return refuse({ code: 'plan_dates' }, customer);
      if (rows.some((r) => r.amount === null || r.amount <= 0))
        return refuse({ code: 'bad_amount' }, customer);
      const dates = rows.map((r) => r.date);
      if (dates.some((d, i) => !dateAhead(d, true) || (i > 0 && d! <= dates[i - 1]!)))
        return refuse({ code: 'plan_dates' }, customer);
      const installments: Installment[] = rows.map((r) => ({ dueDate: r.date!, amount: r.amount! }));
      const total = cents(installments.reduce((s, i) => s + i.amount, 0));
      const balance = balanceOf(invoice);
      if (Math.abs(total - balance) >= deps.ladder.balanceTolerance)
        return refuse({ code: 'plan_total', balance, total }, customer);
      plan = {
        numbers: [invoice.number],
        transition: (inv) =>
          placeHold(inv, { kind: 'plan', installments, paidAtStart: inv.amountPaid, since: today }),
        action: 'plan.agreed',
        details: { installments },
        done: () => ({ kind: 'plan_agreed', invoice: invoice.number, installments: installments.length }),
        row: () => ({ status: 'withdrawn', note: { kind: 'no_longer_due' } }),
      };
      break;
    }
    case 'paid': {
      const invoice = open.find((i) => i.number === decision.invoice);
      if (!invoice) return refuse({ code: 'unknown_invoice' }, customer);
      const date = decision.date;
      if (!date || date > today || date < invoice.issueDate) return refuse({ code: 'bad_date' }, customer);
      const amount = decision.amount;
      if (amount === null || amount <= 0 || amount > balanceOf(invoice) + deps.ladder.balanceTolerance)
        return refuse({ code: 'bad_amount' }, customer);
      if (!decision.confirmed) return refuse({ code: 'confirm_required' }, customer);
      const paymentId = `manuel-${invoice.number}-${deps.clock.now().getTime()}`;
      plan = {
        numbers: [invoice.number],
        transition: (inv): Transition => {
          if (isClosed(inv)) return { ok: false, refusal: { invoice: inv.number, code: 'paid' } };
          const after = applyPayment(inv, { id: paymentId, amount, date }, deps.ladder.balanceTolerance);
          return after
            ? { ok: true, invoice: after }
            : { ok: false, refusal: { invoice: inv.number, code: 'paid' } };
        },
        action: 'invoice.marked_paid',
        details: { amount, paidOn: date, paymentId },
        done: () => ({
          kind: 'paid',
          invoice: invoice.number,
          amount,
          date,
          settled: balanceOf(invoice) - amount < deps.ladder.balanceTolerance,
        }),
        row: (changed) => ({ status: 'withdrawn', note: { kind: 'marked_paid', count: changed } }),
      };
      break;
    }
    case 'accept_answer': {
      const notice = await deps.stores.salesNotices.get(customer.code, decision.notice);
      const answer = notice?.answer;
      if (!notice || (answer?.kind !== 'agreement' && answer?.kind !== 'dispute'))
        return refuse({ code: 'unknown_answer' }, customer);
      const accepted = (await deps.stores.journal.listForCustomer(customer.code)).some(
        (e) => e.action === 'salesrep.answer_accepted' && e.outcome === 'ok' && e.target.ref === notice.key,
      );
      if (accepted) return refuse({ code: 'already_accepted' }, customer);
      const numbers = notice.invoiceNumbers.filter((n) => openNumbers.has(n));
      if (numbers.length === 0) return refuse({ code: 'nothing_open' }, customer);
      const hold: Hold =
        answer.kind === 'agreement'
          ? { kind: 'promise', promisedDate: answer.expectedDate, since: today }
          : { kind: 'dispute', reason: answer.reason, since: today };
      plan = {
        numbers,
        transition: (inv) => placeHold(inv, hold),
        action: 'salesrep.answer_accepted',
        details:
          answer.kind === 'agreement'
            ? { answer: answer.kind, promisedDate: answer.expectedDate, rep: notice.answeredBy?.name }
            : { answer: answer.kind, reason: answer.reason, rep: notice.answeredBy?.name },
        done: (changed) => ({ kind: 'answer_accepted', answer: answer.kind, invoices: changed }),
        row: () => ({
          status: 'withdrawn',
          note:
            answer.kind === 'agreement'
              ? { kind: 'promised', date: answer.expectedDate }
              : { kind: 'disputed', reason: answer.reason },
        }),
      };
      target.ref = notice.key;
      break;
    }
  }

  const { changes, refused } = await applyTo(deps, customer.code, plan.numbers, plan.transition);
  if (changes.length === 0) return refuse({ code: 'invoices_refused', refusals: refused }, customer);
  const changed = changes.map((c) => c.number);
  const rows = plan.row ? await closeRows(deps, decider, customer.code, plan.row, changed.length) : [];
  await journal(
    plan.action,
    { ...plan.details, refused, undo: changes, undoRows: rows },
    { invoiceNumbers: changed },
  );
  return { kind: 'done', customer: customer.legalName, done: plan.done(changed), notApplied: refused };
}

async function applyTo(
  deps: CustomerDecisionDependencies,
  customerCode: string,
  numbers: readonly string[],
  transition: (invoice: Invoice) => Transition,
): Promise<{ changes: UndoRecord[]; refused: TransitionRefusal[] }> {
  const changes: UndoRecord[] = [];
  const refused: TransitionRefusal[] = [];
  for (const number of numbers) {
    let refusal: TransitionRefusal | null = null;
    let before: Invoice | null = null;
    const after = await deps.stores.invoices.modify(customerCode, number, (current) => {
      refusal = null;
      before = current;
      const t = transition(current);
      if (t.ok) return t.invoice;
      refusal = t.refusal;
      return null;
    });
    if (!after || !before) refused.push({ invoice: number, code: 'missing' });
    else if (refusal) refused.push(refusal);
    else changes.push({ number, before: stateOf(before), after: stateOf(after) });
  }
  return { changes, refused };
}

/** « Annuler »: the last decision of the card, within the window, restored exactly. */
async function undoLast(
  deps: CustomerDecisionDependencies,
  decider: Decider,
  customer: Customer,
  offered: string | null,
  refuse: (refusal: CustomerRefusal, customer?: Customer) => Promise<CustomerOutcome>,
): Promise<CustomerOutcome> {
  const journal = await deps.stores.journal.listForCustomer(customer.code);
  const last = lastUndoable(journal, deps.clock.now(), deps.undoMinutes);
  if (!last) return refuse({ code: 'nothing_to_undo' }, customer);
  if (offered && offered !== last.entry.id) return refuse({ code: 'undo_stale' }, customer);
  const records = undoRecordsOf(last.entry)!;
  // Nothing is restored halfway: every invoice must still be as the decision left it.
  const moved: string[] = [];
  for (const record of records) {
    const current = await deps.stores.invoices.get(customer.code, record.number);
    if (!current || !sameState(stateOf(current), record.after)) moved.push(record.number);
  }
  if (moved.length > 0) return refuse({ code: 'changed_since', invoices: moved }, customer);
  // Collective proceedings come back as they were, if nobody changed them since.
  const proceedings = insolvencyUndoOf(last.entry.details);
  if (
    proceedings &&
    !(await replaceInsolvency(deps.stores, customer.code, proceedings.after, proceedings.before))
  )
    return refuse({ code: 'undo_stale' }, customer);
  const restored: string[] = [];
  const raced: string[] = [];
  for (const record of records) {
    let changedMeanwhile = false;
    await deps.stores.invoices.modify(customer.code, record.number, (current) => {
      changedMeanwhile = !sameState(stateOf(current), record.after);
      return changedMeanwhile ? null : restoreState(current, record.before);
    });
    (changedMeanwhile ? raced : restored).push(record.number);
  }
  // The day's rows the decision closed come back as they were, unless someone acted on them since.
  const rows = Array.isArray(last.entry.details?.undoRows) ? (last.entry.details.undoRows as RowUndo[]) : [];
  for (const row of rows) {
    await deps.stores.actions.modify(row.date, row.customerCode, row.step, (current) =>
      current.status === row.after.status && current.decidedAt === row.after.decidedAt
        ? { ...current, ...row.before }
        : null,
    );
  }
  await deps.stores.journal.append({
    actor: decider.actor,
    action: UNDONE_ACTION,
    target: { customerCodes: [customer.code], invoiceNumbers: restored, ref: last.entry.id },
    details: {
      source: 'customer_card',
      undone: last.entry.action,
      undoneAt: last.entry.at,
      undoneBy: last.entry.actor.name,
      notRestored: raced,
    },
    outcome: 'ok',
  });
  return {
    kind: 'done',
    customer: customer.legalName,
    done: { kind: 'undone', action: last.entry.action, invoices: restored },
    notApplied: raced.map((invoice) => ({ invoice, code: 'missing' })),
  };
}
