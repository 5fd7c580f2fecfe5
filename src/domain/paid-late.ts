/**
 * Penalties owed on invoices paid late (Code de commerce L441-10, D441-5; CJEU C-585/20): the
 * debtor owes them of right for every invoice paid after its due date, even once it is paid.
 *
 * - Interest runs from the day after the due date to each payment's date, on the part of the
 *   invoice that payment settled (the base declines with the payments), computed by the engine's
 *   `computePaidLatePenalty` (./late-penalties.ts): summed exactly, rounded half up once per invoice.
 * - Payments on or before the due date earn nothing; an invoice settled without payment rows (paid
 *   by hand from the customer's card) counts its unexplained part as paid on the day it closed.
 * - The 40 € indemnity (D441-5) is owed once per invoice paid late by a company or a public buyer
 *   (R2192-31 / D2192-35 of the Code de la commande publique); never by an individual.
 * - What is billable: invoices fully paid after their due date, paid within the last 12 months
 *   (older ones are not proposed: the commercial relation has moved on), not already billed or
 *   waived, whose every semester's rate is known.
 */
import { isFrozenByProceedings } from './insolvency';
import { addMonths, daysBetween, maxDate, type CalendarDate } from './calendar-date';
import { computePaidLatePenalty, RECOVERY_INDEMNITY } from './late-penalties';
import type { Customer, Invoice, Payment } from './ledger';
import { cents, sumCents, ZERO, type Cents } from './money';
import type { RateTable } from './rate-table';

/** How far back an invoice paid late is still proposed for billing. */
export const PAID_LATE_LOOKBACK_MONTHS = 12;

/** One invoice paid late, as the penalty invoice lists it. */
export interface PaidLateLine {
  number: string;
  dueDate: CalendarDate;
  /** The day the invoice was fully paid. */
  paidOn: CalendarDate;
  /** The invoice's amount, tax included. */
  amount: Cents;
  /** From the due date to the day it was fully paid. */
  daysLate: number;
  /** The distinct annual rates applied, in basis points, in time order (one per semester crossed). */
  ratesBp: number[];
  interest: Cents;
  indemnity: Cents;
  total: Cents;
}

/** A part of an invoice settled on a date. */
interface Settlement {
  date: CalendarDate;
  amount: Cents;
}

/**
 * The parts of the invoice settled on each date, oldest first, capped at the invoice's amount
 * (an overpayment does not bear interest); the part no payment row explains is settled on
 * `closedOn`.
 */
function settlementsOf(invoice: Invoice, payments: readonly Payment[]): Settlement[] {
  const sorted = payments
    .filter((p) => p.invoiceNumber === invoice.number && p.amount > 0)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const settlements: Settlement[] = [];
  let remaining: number = invoice.amountInclTax;
  for (const p of sorted) {
    if (remaining <= 0) break;
    const part = Math.min(p.amount, remaining);
    settlements.push({ date: p.date, amount: cents(part) });
    remaining -= part;
  }
  if (remaining > 0 && invoice.closedOn !== null) {
    settlements.push({ date: invoice.closedOn, amount: cents(remaining) });
  }
  return settlements;
}

export interface PaidLateInput {
  customer: Pick<Customer, 'type' | 'contractualPenaltyRateBp'>;
  invoice: Invoice;
  payments: readonly Payment[];
  rates: RateTable;
}

export type PaidLateResult =
  | { kind: 'late'; line: PaidLateLine }
  | { kind: 'not_late' }
  /** Some semester's rate is not known: not proposed until it is. */
  | { kind: 'rate_unknown' };

/** What an invoice fully paid owes for having been paid late (nothing for an individual). */
export function paidLatePenalty({ customer, invoice, payments, rates }: PaidLateInput): PaidLateResult {
  if (customer.type === 'B2C' || invoice.status !== 'paid') return { kind: 'not_late' };
  const settlements = settlementsOf(invoice, payments);
  const late = settlements.filter((s) => s.date > invoice.dueDate);
  if (late.length === 0) return { kind: 'not_late' };

  // The engine's own computation for an invoice paid late (declining base, one rounding), on the
  // parts as they were settled: each part bears interest up to its own payment. The parts add up to
  // the invoice exactly, so it is settled on the last one (a tolerance of one cent).
  const penalty = computePaidLatePenalty({
    amountInclTax: invoice.amountInclTax,
    payments: settlements,
    dueDate: invoice.dueDate,
    customerType: customer.type,
    contractualRateBp: customer.contractualPenaltyRateBp,
    rates,
    tolerance: cents(1),
  });
  if (!penalty.complete) return { kind: 'rate_unknown' };
  const ratesBp = [...new Set(penalty.periods.map((period) => period.rateBp))];
  const paidOn = maxDate(settlements[0]!.date, ...settlements.map((s) => s.date));
  const interest = penalty.interest;
  const indemnity = RECOVERY_INDEMNITY;
  return {
    kind: 'late',
    line: {
      number: invoice.number,
      dueDate: invoice.dueDate,
      paidOn,
      amount: invoice.amountInclTax,
      daysLate: daysBetween(invoice.dueDate, paidOn),
      ratesBp,
      interest,
      indemnity,
      total: cents(interest + indemnity),
    },
  };
}

export interface BillableInput {
  customer: Pick<Customer, 'type' | 'contractualPenaltyRateBp' | 'insolvency'>;
  invoices: readonly Invoice[];
  /** The payments of those invoices (others are ignored). */
  payments: readonly Payment[];
  /** Invoice numbers already billed on a penalty invoice or waived. */
  settled: ReadonlySet<string>;
  today: CalendarDate;
  rates: RateTable;
}

export interface Billable {
  lines: PaidLateLine[];
  interest: Cents;
  indemnity: Cents;
  total: Cents;
  /** Invoices paid late whose rate is not known yet: left out until it is. */
  rateUnknown: string[];
}

/** The earliest payment date still proposed, `today` included: paid within the last 12 months. */
export function lookbackStart(today: CalendarDate): CalendarDate {
  return addMonths(today, -PAID_LATE_LOOKBACK_MONTHS);
}

/** A customer's invoices paid late that may be billed today, oldest due first. */
export function billableLateFees(input: BillableInput): Billable {
  const { customer, invoices, payments, settled, today, rates } = input;
  const since = lookbackStart(today);
  const lines: PaidLateLine[] = [];
  const rateUnknown: string[] = [];
  for (const invoice of invoices) {
    if (settled.has(invoice.number)) continue;
    // Under collective proceedings, a prior invoice's penalties may not be billed nor paid
    // (Code de commerce L622-21, L622-7): they belong to the claim declaration.
    if (isFrozenByProceedings(invoice, customer.insolvency)) continue;
    const result = paidLatePenalty({ customer, invoice, payments, rates });
    if (result.kind === 'rate_unknown') rateUnknown.push(invoice.number);
    if (result.kind !== 'late') continue;
    if (result.line.paidOn <= since || result.line.paidOn > today) continue;
    lines.push(result.line);
  }
  lines.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
  const interest = sumCents(lines, (l) => l.interest);
  const indemnity = sumCents(lines, (l) => l.indemnity);
  return { lines, interest, indemnity, total: cents(interest + indemnity), rateUnknown };
}

export const NOTHING_BILLABLE: Billable = Object.freeze({
  lines: [],
  interest: ZERO,
  indemnity: ZERO,
  total: ZERO,
  rateUnknown: [],
});
