/**
 * Which open invoices a bank credit pays — pure. The evidence, strongest first: invoice numbers in
 * what the payer wrote (unstructured or structured remittance, end-to-end id; « F2026-1042 »,
 * « F 2026 1042 », « FACT 1042 »), the payer's IBAN learned from earlier confident matches, the
 * payer's name (the customer search), and the amount — one open invoice, or a small set of the
 * customer's open invoices (subset sum over its 12 oldest), or less than one invoice's balance
 * (a partial payment).
 *
 * A credit is applied automatically only when nothing is in doubt: one candidate set, an amount
 * consistent with it, and the evidence is the invoice's number, or a learned IBAN / a name that
 * designates one customer together with an exact amount. Anything else is proposed to the
 * controller; a wrong automatic match is worse than a question.
 */
import { findCustomers, normalizeText } from '../../domain/customer-search';
import type { CalendarDate } from '../../domain/calendar-date';
import type { Customer } from '../../domain/ledger';
import { cents, type Cents } from '../../domain/money';
import type { StatementLine } from '../../import/bank';

export interface OpenInvoice {
  number: string;
  customerCode: string;
  balance: Cents;
  dueDate: CalendarDate;
}

export type Evidence = 'reference' | 'iban' | 'name' | 'amount';

export interface Allocation {
  invoiceNumber: string;
  customerCode: string;
  amount: Cents;
}

export interface Candidate {
  customerCode: string;
  allocations: Allocation[];
  evidence: Evidence[];
}

export type MatchOutcome =
  | { kind: 'debit' }
  /** A credit nothing links to a customer (bank interest, a refund, another currency). */
  | { kind: 'other' }
  | {
      kind: 'matched';
      customerCode: string;
      allocations: Allocation[];
      evidence: Evidence[];
      partial: boolean;
    }
  | { kind: 'proposed'; customerCode: string | null; candidates: Candidate[] };

/** Invoices a subset sum looks at: a customer's oldest open ones. */
export const SUBSET_MAX_INVOICES = 12;
/** Candidates kept for the controller. */
const MAX_CANDIDATES = 3;
/** Words announcing an invoice number in remittance text (« FACT 1042 », « FACTURE N° 1042 »). */
const INVOICE_WORDS = new Set([
  'F',
  'FA',
  'FAC',
  'FACT',
  'FACTURE',
  'FACTURES',
  'FCT',
  'INV',
  'INVOICE',
  'N',
  'NO',
  'NUM',
]);

interface Reference {
  invoices: OpenInvoice[];
  /** `full`: the whole number was written; `tail`: only its last digits after « FACT ». */
  strength: 'full' | 'tail';
}

const compact = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '');
const tailOf = (number: string) => /(\d+)\D*$/.exec(number)?.[1]?.replace(/^0+(?=\d)/, '') ?? null;

export class CreditMatcher {
  private readonly byCompact = new Map<string, OpenInvoice[]>();
  private readonly byTail = new Map<string, OpenInvoice[]>();
  private readonly byCustomer = new Map<string, OpenInvoice[]>();
  private readonly byNumber = new Map<string, OpenInvoice>();
  private readonly customers: readonly Customer[];
  private readonly exactNames = new Map<string, Customer[]>();
  private readonly nameCache = new Map<string, string | null>();

  constructor(
    invoices: readonly OpenInvoice[],
    customers: readonly Customer[],
    private readonly ibans: ReadonlyMap<string, string>,
  ) {
    this.customers = customers;
    for (const original of invoices) {
      if (original.balance <= 0) continue;
      const invoice = { ...original };
      this.byNumber.set(invoice.number, invoice);
      push(this.byCompact, compact(invoice.number), invoice);
      const digits = invoice.number.replace(/\D/g, '');
      if (digits.length >= 6 && digits !== compact(invoice.number)) push(this.byCompact, digits, invoice);
      const tail = tailOf(invoice.number);
      if (tail) push(this.byTail, tail, invoice);
      push(this.byCustomer, invoice.customerCode, invoice);
    }
    for (const list of this.byCustomer.values())
      list.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
    for (const customer of customers)
      for (const name of [customer.legalName, ...(customer.aliases ?? [])])
        push(this.exactNames, normalizeText(name), customer);
  }

  /** The open invoice as the matcher now sees it (its balance lowered by earlier credits). */
  invoice(number: string): OpenInvoice | undefined {
    return this.byNumber.get(number);
  }

  /** Lowers the balances by what was applied, so that later credits of the statement see it. */
  consume(allocations: readonly Allocation[]): void {
    for (const a of allocations) {
      const invoice = this.byNumber.get(a.invoiceNumber);
      if (invoice) invoice.balance = cents(Math.max(0, invoice.balance - a.amount));
    }
  }

  match(line: StatementLine): MatchOutcome {
    if (line.direction === 'debit') return { kind: 'debit' };
    if (line.currency !== 'EUR' || line.amount <= 0) return { kind: 'other' };
    const amount = line.amount;
    const ibanCustomer = line.payerIban ? (this.ibans.get(line.payerIban) ?? null) : null;
    const nameCustomer = line.payerName ? this.customerNamed(line.payerName) : null;
    const payer = ibanCustomer ?? nameCustomer;
    const payerEvidence: Evidence[] = ibanCustomer ? ['iban'] : nameCustomer ? ['name'] : [];

    const reference = this.referenceOf(line);
    if (reference) {
      const fromReference = this.byReference(reference, amount, payer, payerEvidence);
      if (fromReference) return fromReference;
    }
    if (payer) return this.byPayer(payer, amount, payerEvidence, reference);
    // Nobody identified: invoices of exactly this amount are proposed, never applied.
    const sameAmount = [...this.byNumber.values()]
      .filter((i) => i.balance === amount)
      .slice(0, MAX_CANDIDATES);
    if (sameAmount.length > 0 || reference) {
      const candidates = [
        ...(reference ? [this.candidate(reference.invoices, amount, ['reference'])] : []),
        ...sameAmount.map((i) => this.candidate([i], amount, ['amount'])),
      ];
      return {
        kind: 'proposed',
        customerCode: null,
        candidates: dedupe(candidates).slice(0, MAX_CANDIDATES),
      };
    }
    return { kind: 'other' };
  }

  private byReference(
    reference: Reference,
    amount: Cents,
    payer: string | null,
    payerEvidence: Evidence[],
  ): MatchOutcome | null {
    let invoices = reference.invoices;
    // A payer known otherwise narrows numbers read from their tail only (« FACT 1042 » of two years).
    if (payer && invoices.some((i) => i.customerCode !== payer)) {
      const own = invoices.filter((i) => i.customerCode === payer);
      if (own.length === 0 || reference.strength === 'full')
        return this.propose(payer, amount, [this.candidate(invoices, amount, ['reference'])]);
      invoices = own;
    }
    const customers = new Set(invoices.map((i) => i.customerCode));
    const evidence: Evidence[] = ['reference', ...payerEvidence];
    if (customers.size !== 1) {
      // Numbers of several customers: one invoice of exactly the amount settles it, nothing else.
      const exact = invoices.filter((i) => i.balance === amount);
      if (exact.length === 1 && reference.strength === 'full')
        return this.matched([exact[0]!], amount, evidence);
      return this.propose(
        payer,
        amount,
        invoices.map((i) => this.candidate([i], amount, ['reference'])),
      );
    }
    const total = invoices.reduce((s, i) => s + i.balance, 0);
    if (total === amount) return this.matched(invoices, amount, evidence);
    if (reference.strength === 'tail') {
      const exact = invoices.filter((i) => i.balance === amount);
      if (exact.length === 1) return this.matched(exact, amount, evidence);
    }
    if (invoices.length === 1 && amount < total && reference.strength === 'full')
      return this.matched(invoices, amount, evidence, true);
    return null;
  }

  private byPayer(
    payer: string,
    amount: Cents,
    evidence: Evidence[],
    reference: Reference | null,
  ): MatchOutcome {
    const open = (this.byCustomer.get(payer) ?? []).filter((i) => i.balance > 0);
    const sets = subsetsSumming(open.slice(0, SUBSET_MAX_INVOICES), amount, 2);
    if (sets.length === 1) return this.matched(sets[0]!, amount, [...evidence, 'amount']);
    const candidates: Candidate[] = [
      ...(reference ? [this.candidate(reference.invoices, amount, ['reference'])] : []),
      ...sets.map((s) => this.candidate(s, amount, [...evidence, 'amount'])),
    ];
    // A partial payment of the oldest invoice, then the oldest invoices up to the amount.
    const oldest = open[0];
    if (oldest && oldest.balance > amount) candidates.push(this.candidate([oldest], amount, evidence));
    if (open.length > 1)
      candidates.push(this.candidate(open.slice(0, SUBSET_MAX_INVOICES), amount, evidence));
    return this.propose(payer, amount, candidates);
  }

  private matched(
    invoices: OpenInvoice[],
    amount: Cents,
    evidence: Evidence[],
    partial = false,
  ): MatchOutcome {
    const { allocations } = this.candidate(invoices, amount, evidence);
    return { kind: 'matched', customerCode: invoices[0]!.customerCode, allocations, evidence, partial };
  }

  private propose(payer: string | null, _amount: Cents, candidates: Candidate[]): MatchOutcome {
    return {
      kind: 'proposed',
      customerCode: payer,
      candidates: dedupe(candidates.filter((c) => c.allocations.length > 0)).slice(0, MAX_CANDIDATES),
    };
  }

  /** The amount spread over the invoices, oldest first; what exceeds them all goes to the last. */
  candidate(invoices: readonly OpenInvoice[], amount: Cents, evidence: Evidence[]): Candidate {
    const sorted = [...invoices].sort(
      (a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number),
    );
    const allocations: Allocation[] = [];
    let left = amount as number;
    for (const invoice of sorted) {
      if (left <= 0) break;
      const part = Math.min(left, invoice.balance);
      allocations.push({
        invoiceNumber: invoice.number,
        customerCode: invoice.customerCode,
        amount: cents(part),
      });
      left -= part;
    }
    if (left > 0 && allocations.length > 0) {
      const last = allocations[allocations.length - 1]!;
      last.amount = cents(last.amount + left);
    } else if (left > 0 && sorted[0]) {
      allocations.push({ invoiceNumber: sorted[0].number, customerCode: sorted[0].customerCode, amount });
    }
    return { customerCode: sorted[0]?.customerCode ?? '', allocations, evidence };
  }

  /** The one customer the payer's name designates, or null (none, or several). */
  private customerNamed(name: string): string | null {
    const key = normalizeText(name);
    const cached = this.nameCache.get(key);
    if (cached !== undefined) return cached;
    const exact = this.exactNames.get(key);
    let found: Customer[] = exact ?? [];
    if (found.length === 0 && key.length >= 3) found = findCustomers(name, this.customers);
    const code = found.length === 1 ? found[0]!.code : null;
    this.nameCache.set(key, code);
    return code;
  }

  /** The open invoices whose numbers the payer wrote, or null. */
  private referenceOf(line: StatementLine): Reference | null {
    const texts = [...line.references, ...line.remittance, ...(line.endToEndId ? [line.endToEndId] : [])];
    const full = new Map<string, OpenInvoice>();
    const tail = new Map<string, OpenInvoice>();
    for (const text of texts) {
      const runs = text
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter((r) => r !== '');
      for (let i = 0; i < runs.length; i++) {
        // One to three runs joined: « F2026-1042 », « F 2026 1042 », « 2026/1042 ».
        let joined = '';
        for (let k = i; k < Math.min(runs.length, i + 3); k++) {
          joined += runs[k];
          for (const invoice of this.byCompact.get(joined) ?? []) full.set(invoice.number, invoice);
        }
        // « FACT 1042 », « FACT1042 », « N° 1042 »: the number's last digits after an invoice word.
        const run = runs[i]!;
        const glued = /^([A-Z]+)(\d+)$/.exec(run);
        const digits =
          glued && INVOICE_WORDS.has(glued[1]!)
            ? glued[2]!
            : /^\d+$/.test(run) && i > 0 && INVOICE_WORDS.has(runs[i - 1]!)
              ? run
              : null;
        if (digits)
          for (const invoice of this.byTail.get(digits.replace(/^0+(?=\d)/, '')) ?? [])
            tail.set(invoice.number, invoice);
      }
    }
    if (full.size > 0) return { invoices: [...full.values()], strength: 'full' };
    if (tail.size > 0) return { invoices: [...tail.values()], strength: 'tail' };
    return null;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = c.allocations
      .map((a) => a.invoiceNumber)
      .sort()
      .join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Up to `limit` sets of the invoices whose balances add up to the amount exactly, smallest first. */
export function subsetsSumming(
  invoices: readonly OpenInvoice[],
  amount: Cents,
  limit: number,
): OpenInvoice[][] {
  const n = Math.min(invoices.length, SUBSET_MAX_INVOICES);
  const sums = new Float64Array(1 << n);
  const found: number[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const low = mask & -mask;
    sums[mask] = sums[mask ^ low]! + invoices[31 - Math.clz32(low)]!.balance;
    if (sums[mask] === amount) found.push(mask);
  }
  const popcount = (m: number) => {
    let c = 0;
    for (; m; m &= m - 1) c++;
    return c;
  };
  return found
    .sort((a, b) => popcount(a) - popcount(b) || a - b)
    .slice(0, limit)
    .map((mask) => invoices.filter((_, i) => (mask & (1 << i)) !== 0));
}
