/**
 * The figures of a claim, as every letter and the litigation dossier print them: per invoice the
 * amounts, the days late, the interest period by period (the base follows the dated payments) and
 * the 40 € indemnity, and the totals. Pure; the rules are those of src/domain/late-penalties.ts.
 *
 * A period whose published rate is not known yet is never guessed: its interest is not counted,
 * the line lists it (`missingRatePeriods`), and the letters state the rule in words and « outre les
 * pénalités de retard courant depuis le … » for it. Every total is therefore a figure: what is
 * known, named as such when something is missing.
 */
import { daysBetween, type CalendarDate } from '../domain/calendar-date';
import { prescriptionDateFor } from '../domain/claim-facts';
import {
  computeLatePenalty,
  type MissingRatePeriod,
  type PenaltyPeriod,
  type RateBasis,
} from '../domain/late-penalties';
import { balanceOf, type Customer, type CustomerType, type Invoice, type Payment } from '../domain/ledger';
import { addCents, sumCents, type Cents } from '../domain/money';
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
   * Interest to `today` of the periods whose rate is known, rounded once: L441-10 (B2B), R2192-31
   * (public buyer), or the legal rate after the mise en demeure (B2C, Code civil 1231-6).
   */
  interest: Cents;
  /** No period of this invoice lacks its rate. */
  interestComplete: boolean;
  /** 40 € per late invoice from a business customer (D441-5) or a public buyer (D2192-35), 0 otherwise. */
  indemnity: Cents;
  periods: PenaltyPeriod[];
  missingRatePeriods: MissingRatePeriod[];
  /** The contract's rate was used without knowing the semester's legal rate (its floor). */
  floorUnverifiable: boolean;
  /** B2C: the day the mise en demeure was received (AR) or presented (« avisé non réclamé »). */
  noticeReceivedOn: CalendarDate | null;
  /** That day is a presentation (« avisé non réclamé »), not a signed AR. */
  noticeUnclaimed: boolean;
  /** Paid without a dated payment: counted as paid on the due date (no interest claimed on it). */
  undatedPaid: Cents;
  /** The dated payments of the invoice up to `today`, oldest first. */
  payments: Array<{ date: CalendarDate; amount: Cents }>;
  /**
   * The last day to act in court, interruptions not counted: B2B 5 years from the due date (Code
   * de commerce L110-4), B2C 2 years from the invoice date (Code de la consommation L218-2),
   * PUBLIC 31 December of due year + 4 (loi n° 68-1250, art. 1).
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
  /** The interest of the known periods (all of them when `penaltiesComplete`). */
  interest: Cents;
  /** Balance + indemnities + known interest. */
  claimed: Cents;
  /** The same as `claimed` (kept for the templates that name it so). */
  claimedKnown: Cents;
}

/** A rate the claim applies, as the letters state it (one per distinct rate and reason). */
export interface AppliedRate {
  rateBp: number;
  basis: RateBasis;
  referenceRateBp: number | null;
  referenceDate: CalendarDate | null;
}

/** A rule whose published rate is missing: stated in words for the debtor. */
export interface MissingRate {
  basis: RateBasis;
  referenceDate: CalendarDate;
}

export interface Claim {
  customerType: CustomerType;
  /**
   * Penalties owed of right, with the 40 € indemnity: a business customer (L441-10, D441-5) or a
   * public buyer (R2192-31, D2192-35). A consumer owes interest only after a mise en demeure.
   */
  claimsPenalties: boolean;
  /** The contractual annual rate in basis points (B2B), or null for the statutory rate. */
  contractualRateBp: number | null;
  asOf: CalendarDate;
  lines: ClaimLine[];
  totals: ClaimTotals;
  penaltiesComplete: boolean;
  /** Start dates (1 January or 1 July) of the semesters whose rate is missing, sorted. */
  missingSemesters: CalendarDate[];
  /** The rules whose rate is missing, one per rule and semester, sorted. */
  missingRates: MissingRate[];
  /** The first day whose interest is not counted (rate missing), or null. */
  uncountedSince: CalendarDate | null;
  /** The rates applied, in the order of their periods. */
  appliedRates: AppliedRate[];
  /** The contract's rate was under the legal floor and raised to it (L441-10 II). */
  floorApplied: boolean;
  /** Some invoice spans periods with different rates or bases (the periods table says each). */
  hasInterest: boolean;
  /** A consumer with interest running (mise en demeure received). */
  consumerInterest: boolean;
  /** A paid amount without a dated payment was counted as paid on the due date. */
  anyUndatedPaid: boolean;
  maxDaysLate: number;
}

export interface ClaimInput {
  customer: Pick<Customer, 'type' | 'contractualPenaltyRateBp'>;
  invoices: readonly Invoice[];
  today: CalendarDate;
  rates: RateTable;
  /** The invoices' dated payments (any order, other invoices' ignored); none: every payment undated. */
  payments?: readonly Pick<Payment, 'invoiceNumber' | 'date' | 'amount'>[];
}

/** The day a consumer's interest can start from: AR signed or « avisé non réclamé », never a returned letter. */
function noticeReceivedOn(invoice: Invoice): CalendarDate | null {
  const event = invoice.dunning.notice?.event;
  return event && (event.kind === 'received' || event.kind === 'unclaimed') ? event.on : null;
}

const rateKey = (r: AppliedRate) => `${r.basis}|${r.rateBp}|${r.referenceDate ?? ''}`;

export function buildClaim({ customer, invoices, today, rates, payments = [] }: ClaimInput): Claim {
  const claimsPenalties = customer.type !== 'B2C';
  const contractualRateBp = customer.type === 'B2B' ? customer.contractualPenaltyRateBp : null;
  const lines = [...invoices]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number))
    .map((invoice): ClaimLine => {
      const balance = balanceOf(invoice);
      const own = payments
        .filter((p) => p.invoiceNumber === invoice.number)
        .map((p) => ({ date: p.date, amount: p.amount }))
        .sort((a, b) => a.date.localeCompare(b.date));
      const receivedOn = customer.type === 'B2C' ? noticeReceivedOn(invoice) : null;
      const penalty = computeLatePenalty({
        amountDue: balance,
        dueDate: invoice.dueDate,
        asOf: today,
        customerType: customer.type,
        contractualRateBp,
        rates,
        payments: own,
        amountInclTax: invoice.amountInclTax,
        amountPaid: invoice.amountPaid,
        noticeReceivedOn: receivedOn,
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
        interest: penalty.interest,
        interestComplete: penalty.complete,
        indemnity: penalty.indemnity,
        periods: penalty.periods,
        missingRatePeriods: penalty.missingRatePeriods,
        floorUnverifiable: penalty.floorUnverifiable,
        noticeReceivedOn: receivedOn,
        noticeUnclaimed: receivedOn !== null && invoice.dunning.notice?.event?.kind === 'unclaimed',
        undatedPaid: penalty.undatedPaid,
        payments: own.filter((p) => p.date <= today),
        prescription: prescriptionDateFor(customer.type, invoice),
      };
    });

  const penaltiesComplete = lines.every((l) => l.missingRatePeriods.length === 0);
  const balance = sumCents(lines, (l) => l.balance);
  const indemnity = sumCents(lines, (l) => l.indemnity);
  const interest = sumCents(lines, (l) => l.interest);
  const missing = lines.flatMap((l) => l.missingRatePeriods);
  const missingRates = [
    ...new Map(
      missing.map((p) => [
        `${p.basis}|${p.referenceDate}`,
        { basis: p.basis, referenceDate: p.referenceDate },
      ]),
    ).values(),
  ].sort((a, b) => a.referenceDate.localeCompare(b.referenceDate));
  const periods = lines.flatMap((l) => l.periods).sort((a, b) => a.from.localeCompare(b.from));
  const appliedRates = [
    ...new Map(
      periods.map((p) => {
        const rate: AppliedRate = {
          rateBp: p.rateBp,
          basis: p.basis,
          referenceRateBp: p.referenceRateBp,
          referenceDate: p.referenceDate,
        };
        return [rateKey(rate), rate];
      }),
    ).values(),
  ];

  return {
    customerType: customer.type,
    claimsPenalties,
    contractualRateBp,
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
      claimed: addCents(balance, indemnity, interest),
      claimedKnown: addCents(balance, indemnity, interest),
    },
    penaltiesComplete,
    missingSemesters: [...new Set(missing.map((p) => semesterStartOf(p.from)))].sort(),
    missingRates,
    uncountedSince: missing.map((p) => p.from).sort()[0] ?? null,
    appliedRates,
    floorApplied: periods.some((p) => p.basis === 'legal-floor'),
    hasInterest: periods.length > 0 || missing.length > 0,
    consumerInterest: customer.type === 'B2C' && (periods.length > 0 || missing.length > 0),
    anyUndatedPaid: lines.some((l) => l.undatedPaid > 0 && l.daysLate > 0),
    maxDaysLate: lines.reduce((m, l) => Math.max(m, l.daysLate), 0),
  };
}
