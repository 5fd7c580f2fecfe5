/**
 * The figures of a claim, as every letter and the litigation dossier print them: per invoice the
 * amounts, the days late, the late-payment interest and the 40 € indemnity, and the totals. Pure.
 *
 * A penalty whose rate is missing for one semester is never guessed: the line carries
 * `interest: null` and the semesters to complete, and the totals that depend on it are null, so the
 * templates print « à compléter » instead of a figure.
 */
import { addYears, daysBetween, type CalendarDate } from '../domain/calendar-date';
import { prescriptionDate } from '../domain/claim-facts';
import { computeLatePenalty, type MissingRatePeriod } from '../domain/late-penalties';
import { balanceOf, type Customer, type CustomerType, type Invoice } from '../domain/ledger';
import { addCents, sumCents, ZERO, type Cents } from '../domain/money';
import { semesterStartOf, type RateTable } from '../domain/rate-table';

export interface ClaimLine {
  number: string;
  orderRef: string | null;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountExclTax: Cents;
  vatAmount: Cents;
  amountInclTax: Cents;
  amountPaid: Cents;
  balance: Cents;
  daysLate: number;
  /**
   * Late-payment interest on the balance to `today` (L441-10); null when a semester's rate is
   * missing (« à compléter ») and for a consumer, who owes no L441-10 interest.
   */
  interest: Cents | null;
  /** 40 € per late invoice from a business customer (D441-5), 0 otherwise. */
  indemnity: Cents;
  missingRatePeriods: MissingRatePeriod[];
  /** The contract's rate was used without knowing the semester's legal rate (its floor). */
  floorUnverifiable: boolean;
  /**
   * The last day to act in court, interruptions not counted: 5 years for a business customer
   * (Code de commerce L110-4), 2 years for a consumer (Code de la consommation L218-2).
   */
  prescription: CalendarDate;
}

export interface ClaimTotals {
  amountExclTax: Cents;
  vatAmount: Cents;
  amountInclTax: Cents;
  amountPaid: Cents;
  balance: Cents;
  indemnity: Cents;
  /** Null when any line's interest is « à compléter ». */
  interest: Cents | null;
  /** Balance + indemnities + interest; null when the interest is incomplete. */
  claimed: Cents | null;
  /** Balance + indemnities (+ the interest that is known): what can be stated as a figure. */
  claimedKnown: Cents;
}

export interface Claim {
  customerType: CustomerType;
  /** L441-10 interest and the D441-5 indemnity are claimed from business customers only. */
  claimsPenalties: boolean;
  /** The contractual annual rate in basis points, or null for the statutory ECB + 10 points. */
  contractualRateBp: number | null;
  asOf: CalendarDate;
  lines: ClaimLine[];
  totals: ClaimTotals;
  penaltiesComplete: boolean;
  /** Start dates (1 January or 1 July) of the semesters whose rate must be completed, sorted. */
  missingSemesters: CalendarDate[];
  maxDaysLate: number;
}

export interface ClaimInput {
  customer: Pick<Customer, 'type' | 'contractualPenaltyRateBp'>;
  invoices: readonly Invoice[];
  today: CalendarDate;
  rates: RateTable;
}

export function buildClaim({ customer, invoices, today, rates }: ClaimInput): Claim {
  const claimsPenalties = customer.type === 'B2B';
  const lines = [...invoices]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number))
    .map((invoice): ClaimLine => {
      const balance = balanceOf(invoice);
      const penalty = computeLatePenalty({
        amountDue: balance,
        dueDate: invoice.dueDate,
        asOf: today,
        customerType: customer.type,
        contractualRateBp: customer.contractualPenaltyRateBp,
        rates,
      });
      return {
        number: invoice.number,
        orderRef: invoice.orderRef,
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        amountExclTax: invoice.amountExclTax,
        vatAmount: invoice.vatAmount,
        amountInclTax: invoice.amountInclTax,
        amountPaid: invoice.amountPaid,
        balance,
        daysLate: Math.max(0, daysBetween(invoice.dueDate, today)),
        // A consumer owes legal interest only from the formal notice (Code civil 1231-6), which
        // the rate table does not model: nothing is claimed rather than a wrong figure.
        interest: !claimsPenalties ? null : penalty.complete ? penalty.interest : null,
        indemnity: penalty.indemnity,
        missingRatePeriods: claimsPenalties ? penalty.missingRatePeriods : [],
        floorUnverifiable: claimsPenalties && penalty.floorUnverifiable,
        prescription:
          customer.type === 'B2B'
            ? prescriptionDate(invoice.dueDate)
            : consumerPrescriptionDate(invoice.dueDate),
      };
    });

  const penaltiesComplete = lines.every((l) => l.missingRatePeriods.length === 0);
  const balance = sumCents(lines, (l) => l.balance);
  const indemnity = sumCents(lines, (l) => l.indemnity);
  const knownInterest = sumCents(lines, (l) => l.interest ?? ZERO);
  const interest = claimsPenalties && penaltiesComplete ? knownInterest : claimsPenalties ? null : ZERO;
  const missingSemesters = [
    ...new Set(lines.flatMap((l) => l.missingRatePeriods.map((p) => semesterStartOf(p.from)))),
  ].sort();

  return {
    customerType: customer.type,
    claimsPenalties,
    contractualRateBp: customer.contractualPenaltyRateBp,
    asOf: today,
    lines,
    totals: {
      amountExclTax: sumCents(lines, (l) => l.amountExclTax),
      vatAmount: sumCents(lines, (l) => l.vatAmount),
      amountInclTax: sumCents(lines, (l) => l.amountInclTax),
      amountPaid: sumCents(lines, (l) => l.amountPaid),
      balance,
      indemnity,
      interest,
      claimed: interest === null ? null : addCents(balance, indemnity, interest),
      claimedKnown: addCents(balance, indemnity, knownInterest),
    },
    penaltiesComplete,
    missingSemesters,
    maxDaysLate: lines.reduce((m, l) => Math.max(m, l.daysLate), 0),
  };
}

/**
 * A professional's claim against a consumer is time-barred after two years (Code de la
 * consommation L218-2). Missing from src/domain/claim-facts.ts (whose `prescriptionDate` is the
 * 5-year commercial rule), so kept here, pure; interruptions are not counted either.
 */
export const CONSUMER_PRESCRIPTION_YEARS = 2;

export function consumerPrescriptionDate(dueDate: CalendarDate): CalendarDate {
  return addYears(dueDate, CONSUMER_PRESCRIPTION_YEARS);
}
