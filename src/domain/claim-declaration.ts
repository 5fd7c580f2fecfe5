/**
 * The figures of a claim declaration (déclaration de créance) to the mandataire judiciaire or the
 * liquidateur. Pure.
 *
 * - Every invoice issued before the opening judgment and still unpaid is declared (./insolvency.ts):
 *   « échue » when it fell due before the judgment, « à échoir » otherwise (R622-23: the amounts
 *   to fall due and their dates are declared too).
 * - Interest stops at the opening judgment (Code de commerce L622-28; L641-3 in liquidation), which
 *   takes effect from the first hour of its day: the late-payment interest is counted from the day
 *   after the due date to the EVE of the judgment included, on the balance, with the engine's
 *   conventions (computeLatePenalty, asOf = the day before the judgment).
 * - The 40 € recovery indemnity is not declared.
 */
import { addDays, type CalendarDate } from './calendar-date';
import { isFrozenByProceedings } from './insolvency';
import { computeLatePenalty } from './late-penalties';
import { balanceOf, isClosed, type Customer, type InsolvencyProceedings, type Invoice } from './ledger';
import { addCents, cents, sumCents, type Cents } from './money';
import type { RateTable } from './rate-table';

export interface DeclaredLine {
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountInclTax: Cents;
  amountPaid: Cents;
  balance: Cents;
  /** Fell due before the judgment (échue), or after it (à échoir). */
  due: boolean;
  /** Late-payment interest to the judgment's date (0 when not late by then). */
  interest: Cents;
  /** Days of interest counted (from the day after the due date to the eve of the judgment). */
  days: number;
  /** Some semester's rate was not in the table: its interest is not counted. */
  interestIncomplete: boolean;
  /** The annual rates applied (basis points), one per semester counted. */
  ratesBp: number[];
}

export interface DeclaredClaim {
  proceedings: InsolvencyProceedings;
  lines: DeclaredLine[];
  totals: { amountInclTax: Cents; amountPaid: Cents; balance: Cents; interest: Cents; declared: Cents };
  interestIncomplete: boolean;
}

/** The invoices of the customer the declaration covers: frozen by the proceedings, not settled. */
export function declarableInvoices(customer: Customer, invoices: readonly Invoice[]): Invoice[] {
  return invoices
    .filter((i) => !isClosed(i) && balanceOf(i) > 0 && isFrozenByProceedings(i, customer.insolvency))
    .sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.number.localeCompare(b.number));
}

export function declaredClaim(
  customer: Customer & { insolvency: InsolvencyProceedings },
  invoices: readonly Invoice[],
  rates: RateTable,
): DeclaredClaim {
  const judgment = customer.insolvency.judgmentDate;
  const eve = addDays(judgment, -1);
  const lines = declarableInvoices(customer, invoices).map((invoice): DeclaredLine => {
    const balance = balanceOf(invoice);
    const penalty = computeLatePenalty({
      amountDue: balance,
      dueDate: invoice.dueDate,
      asOf: eve,
      customerType: customer.type,
      contractualRateBp: customer.contractualPenaltyRateBp,
      rates,
    });
    return {
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amountInclTax: invoice.amountInclTax,
      amountPaid: invoice.amountPaid,
      balance,
      due: invoice.dueDate < judgment,
      interest: penalty.interest,
      days: penalty.days,
      interestIncomplete: !penalty.complete,
      ratesBp: [...new Set(penalty.periods.map((p) => p.rateBp))],
    };
  });
  const balance = sumCents(lines, (l) => l.balance);
  const interest = sumCents(lines, (l) => l.interest);
  return {
    proceedings: customer.insolvency,
    lines,
    totals: {
      amountInclTax: sumCents(lines, (l) => l.amountInclTax),
      amountPaid: sumCents(lines, (l) => l.amountPaid),
      balance,
      interest,
      declared: cents(addCents(balance, interest)),
    },
    interestIncomplete: lines.some((l) => l.interestIncomplete),
  };
}
