/**
 * « Paiements à rapprocher »: the credits the matching left to the controller, as the day card
 * shows them (the likely invoices best first, with what each still owes), and the two decisions on
 * each — « Affecter à F… » (the credit becomes payments of those invoices, through the payments
 * import) and « Pas un paiement client ». A credit is decided once: the decision claims it under
 * its version first, so a double click or two controllers clicking together decide it once.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { Decider } from '../../domain/decisions';
import { balanceOf, isClosed, type Customer, type Invoice, type Payment } from '../../domain/ledger';
import { cents, type Cents } from '../../domain/money';
import { CappedList } from '../../import';
import type { PendingCredit, ProposedAllocation, Stores } from '../ports';
import { SYSTEM_ACTORS } from '../system-actors';
import { applyPaymentsInBatches } from './apply-payments';
import { statementPaymentId } from './import-statement';

export interface ReconcileCandidate {
  /** The invoices, oldest first, with the amount each would get. */
  allocations: ProposedAllocation[];
  customerName: string;
  /** What they still owe together. */
  balance: Cents;
}

export interface ReconcileItem {
  key: string;
  bookingDate: CalendarDate;
  amount: Cents;
  payer: string | null;
  remittance: string;
  candidates: ReconcileCandidate[];
}

/** The pending credits as the card shows them: candidates still open, re-spread on today's balances. */
export function reconcileItems(
  pending: readonly PendingCredit[],
  open: readonly Invoice[],
  customers: readonly Customer[],
): ReconcileItem[] {
  const invoices = new Map(open.filter((i) => !isClosed(i)).map((i) => [i.number, i]));
  const names = new Map(customers.map((c) => [c.code, c.legalName]));
  return pending.map((p) => ({
    key: p.key,
    bookingDate: p.bookingDate,
    amount: p.amount,
    payer: p.payerName ?? (p.customerCode ? (names.get(p.customerCode) ?? null) : null),
    remittance: p.remittance,
    candidates: p.candidates.flatMap((c) => {
      const still = c.allocations.map((a) => invoices.get(a.invoiceNumber)).filter((i): i is Invoice => !!i);
      if (still.length === 0 || still.length !== c.allocations.length) return [];
      return [
        {
          allocations: spread(still, p.amount),
          customerName: names.get(c.customerCode) ?? '',
          balance: cents(still.reduce((s, i) => s + balanceOf(i), 0)),
        },
      ];
    }),
  }));
}

/** The amount over the invoices, oldest first; what exceeds them all stays on the last one. */
function spread(invoices: readonly Invoice[], amount: Cents): ProposedAllocation[] {
  const sorted = [...invoices].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number),
  );
  let left = amount as number;
  const out: ProposedAllocation[] = [];
  for (const invoice of sorted) {
    if (left <= 0) break;
    const part = Math.min(left, balanceOf(invoice));
    if (part <= 0) continue;
    out.push({ invoiceNumber: invoice.number, customerCode: invoice.customerCode, amount: cents(part) });
    left -= part;
  }
  if (left > 0) {
    const last = out[out.length - 1];
    if (last) last.amount = cents(last.amount + left);
    else if (sorted[0])
      out.push({ invoiceNumber: sorted[0].number, customerCode: sorted[0].customerCode, amount });
  }
  return out;
}

export type ReconcileStores = Pick<Stores, 'bank' | 'invoices' | 'payments' | 'journal' | 'customers'>;

export type ReconcileOutcome =
  | { kind: 'assigned'; amount: Cents; invoices: string[] }
  | { kind: 'dismissed'; amount: Cents }
  | { kind: 'refused'; refusal: 'not_allowed' | 'already_done' | 'changed' | 'in_progress' };

/**
 * « Affecter à F… »: the invoices the button showed, re-read; refused when one is no longer open.
 * Exactly once through faults: the credit is first claimed with its target (status `assigning`,
 * the invoices and amounts), then its payments are written (ids from the line and the invoice),
 * journaled, and the credit marked `assigned`. A process that stops in between leaves the claim
 * `assigning`: the same click again, or the sweeper, finishes it with the same target; a click
 * with another target meanwhile is refused.
 */
export async function assignCredit(
  stores: ReconcileStores,
  decider: Decider,
  request: { key: string; invoices: readonly string[]; today: CalendarDate },
): Promise<ReconcileOutcome> {
  if (!decider.canAct) return { kind: 'refused', refusal: 'not_allowed' };
  const credit = await stores.bank.getPending(request.key);
  if (credit?.status === 'assigning') {
    const target = (credit.assignedTo ?? []).map((a) => a.invoiceNumber);
    if (!sameSet(target, request.invoices)) return { kind: 'refused', refusal: 'in_progress' };
    return finishAssignment(stores, credit);
  }
  if (!credit || credit.status !== 'pending') return { kind: 'refused', refusal: 'already_done' };
  const found = await Promise.all(request.invoices.map((n) => stores.invoices.findByNumber(n)));
  const invoices = found.filter((i): i is Invoice => !!i && !isClosed(i));
  if (invoices.length !== request.invoices.length || invoices.length === 0)
    return { kind: 'refused', refusal: 'changed' };
  const allocations = spread(invoices, credit.amount);
  const claim: PendingCredit = {
    ...credit,
    status: 'assigning',
    resolvedBy: decider.actor,
    resolvedOn: request.today,
    assignedTo: allocations,
  };
  const claimed = await stores.bank.resolve(request.key, (current) => ({
    ...current,
    ...claim,
    key: current.key,
  }));
  if (!claimed) {
    // Someone else claimed it first: the same target is finished here too (idempotent), another refused.
    const now = await stores.bank.getPending(request.key);
    if (now?.status === 'assigning')
      return sameSet(
        (now.assignedTo ?? []).map((a) => a.invoiceNumber),
        request.invoices,
      )
        ? finishAssignment(stores, now)
        : { kind: 'refused', refusal: 'in_progress' };
    return { kind: 'refused', refusal: 'already_done' };
  }
  return finishAssignment(stores, claim);
}

/**
 * Writes what a claim `assigning` says (payments, IBAN learned, one journal entry) and marks the
 * credit `assigned`. Safe to run again, and in two processes at once: the payments have
 * deterministic ids, the journal entry is written only if the line has none.
 */
export async function finishAssignment(
  stores: ReconcileStores,
  credit: PendingCredit,
): Promise<ReconcileOutcome> {
  const allocations = credit.assignedTo ?? [];
  const actor = credit.resolvedBy ?? SYSTEM_ACTORS.sweeper;
  const payments: Payment[] = allocations.map((a) => ({
    id: statementPaymentId(credit.key, a.invoiceNumber),
    invoiceNumber: a.invoiceNumber,
    customerCode: a.customerCode,
    date: credit.bookingDate,
    amount: a.amount,
    method: 'virement',
    reference: credit.entryRef.slice(0, 100),
  }));
  await applyPaymentsInBatches(stores, payments, {
    counts: { created: 0, updated: 0, unchanged: 0 },
    notices: new CappedList<string>(10),
    progress: () => {},
  });
  const customerCodes = [...new Set(allocations.map((a) => a.customerCode))];
  if (credit.payerIban && customerCodes.length === 1) {
    const known = await stores.bank.learnedIbans();
    if (!known.has(credit.payerIban))
      await stores.bank.learnIbans([{ iban: credit.payerIban, customerCode: customerCodes[0]! }]);
  }
  const first = allocations[0];
  const journaled =
    !!first &&
    (await stores.journal.listForInvoice(first.invoiceNumber)).some(
      (e) => e.action === 'bank.assigned' && e.details?.['line'] === credit.key,
    );
  if (!journaled)
    await stores.journal.append({
      actor,
      action: 'bank.assigned',
      target: {
        invoiceNumbers: allocations.map((a) => a.invoiceNumber),
        customerCodes,
        ref: credit.fileName,
      },
      details: {
        line: credit.key,
        bookingDate: credit.bookingDate,
        amount: credit.amount,
        payer: credit.payerName,
        remittance: credit.remittance,
        allocations: allocations.map((a) => ({ invoice: a.invoiceNumber, amount: a.amount })),
      },
      outcome: 'ok',
    });
  await stores.bank.resolve(credit.key, (current) => ({ ...current, status: 'assigned' }), 'assigning');
  return { kind: 'assigned', amount: credit.amount, invoices: allocations.map((a) => a.invoiceNumber) };
}

/** The sweeper's part: every assignment left `assigning` by a stopped process, finished. */
export async function finishInterruptedAssignments(stores: ReconcileStores): Promise<number> {
  let finished = 0;
  for (const credit of await stores.bank.listAssigning()) {
    await finishAssignment(stores, credit);
    finished++;
  }
  return finished;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

/** « Pas un paiement client »: the credit leaves the card, journaled. */
export async function dismissCredit(
  stores: ReconcileStores,
  decider: Decider,
  request: { key: string; today: CalendarDate },
): Promise<ReconcileOutcome> {
  if (!decider.canAct) return { kind: 'refused', refusal: 'not_allowed' };
  const credit = await stores.bank.getPending(request.key);
  if (credit?.status === 'assigning') return { kind: 'refused', refusal: 'in_progress' };
  const claimed =
    !!credit &&
    (await stores.bank.resolve(request.key, (current) => ({
      ...current,
      status: 'dismissed',
      resolvedBy: decider.actor,
      resolvedOn: request.today,
    })));
  if (!credit || !claimed) return { kind: 'refused', refusal: 'already_done' };
  await stores.journal.append({
    actor: decider.actor,
    action: 'bank.dismissed',
    target: { ref: credit.fileName },
    details: {
      line: credit.key,
      bookingDate: credit.bookingDate,
      amount: credit.amount,
      payer: credit.payerName,
    },
    outcome: 'ok',
  });
  return { kind: 'dismissed', amount: credit.amount };
}
