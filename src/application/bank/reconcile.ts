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
import { writePayments } from '../ledger/write-payments';
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
  | { kind: 'refused'; refusal: 'not_allowed' | 'already_done' | 'changed' };

/** « Affecter à F… »: the invoices the button showed, re-read; refused when one is no longer open. */
export async function assignCredit(
  stores: ReconcileStores,
  decider: Decider,
  request: { key: string; invoices: readonly string[]; today: CalendarDate },
): Promise<ReconcileOutcome> {
  if (!decider.canAct) return { kind: 'refused', refusal: 'not_allowed' };
  const credit = await stores.bank.getPending(request.key);
  if (!credit || credit.status !== 'pending') return { kind: 'refused', refusal: 'already_done' };
  const found = await Promise.all(request.invoices.map((n) => stores.invoices.findByNumber(n)));
  const invoices = found.filter((i): i is Invoice => !!i && !isClosed(i));
  if (invoices.length !== request.invoices.length || invoices.length === 0)
    return { kind: 'refused', refusal: 'changed' };
  const allocations = spread(invoices, credit.amount);
  const claimed = await stores.bank.resolve(request.key, (current) => ({
    ...current,
    status: 'assigned',
    resolvedBy: decider.actor,
    resolvedOn: request.today,
    assignedTo: allocations,
  }));
  if (!claimed) return { kind: 'refused', refusal: 'already_done' };
  const payments: Payment[] = allocations.map((a) => ({
    id: statementPaymentId(credit.key, a.invoiceNumber),
    invoiceNumber: a.invoiceNumber,
    customerCode: a.customerCode,
    date: credit.bookingDate,
    amount: a.amount,
    method: 'virement',
    reference: credit.entryRef.slice(0, 100),
  }));
  await writePayments(
    stores,
    async function* () {
      let line = 0;
      for (const record of payments) yield { kind: 'valid' as const, line: ++line, record, warnings: [] };
    },
    {
      counts: { created: 0, updated: 0, unchanged: 0 },
      notices: new CappedList<string>(10),
      progress: () => {},
    },
  );
  const customerCodes = [...new Set(allocations.map((a) => a.customerCode))];
  if (credit.payerIban && customerCodes.length === 1) {
    const known = await stores.bank.learnedIbans();
    if (!known.has(credit.payerIban))
      await stores.bank.learnIbans([{ iban: credit.payerIban, customerCode: customerCodes[0]! }]);
  }
  await stores.journal.append({
    actor: decider.actor,
    action: 'bank.assigned',
    target: { invoiceNumbers: allocations.map((a) => a.invoiceNumber), customerCodes, ref: credit.fileName },
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
  return { kind: 'assigned', amount: credit.amount, invoices: allocations.map((a) => a.invoiceNumber) };
}

/** « Pas un paiement client »: the credit leaves the card, journaled. */
export async function dismissCredit(
  stores: ReconcileStores,
  decider: Decider,
  request: { key: string; today: CalendarDate },
): Promise<ReconcileOutcome> {
  if (!decider.canAct) return { kind: 'refused', refusal: 'not_allowed' };
  const credit = await stores.bank.getPending(request.key);
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
