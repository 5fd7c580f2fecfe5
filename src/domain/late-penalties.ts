/**
 * Late-payment interest of an invoice, to the cent, by customer type.
 *
 * Conventions (all types): interest accrues each day from the day after the due date to `asOf`
 * inclusive, as simple interest on the balance owed at the start of that day (TTC): a payment dated
 * D lowers the base from D + 1 (the payment day still bears interest on the former balance);
 * payments dated after `asOf` are ignored. Every day is 1/365 of a year, leap years included (a
 * 366-day year yields 366/365 of the annual rate). Amounts are computed exactly (integers: cents ×
 * bp × days over 10 000 × 365) and rounded half up to the cent once, on the invoice's total
 * interest, never per period. A paid amount with no dated payment (an import that only gave the
 * amount paid) is treated as paid on the due date: no interest is claimed on it, never an
 * over-claim.
 *
 * By customer type:
 * - **B2B** (Code de commerce L441-10 II, D441-5): the rate is fixed per semester: the ECB rate
 *   applied to its most recent main refinancing operation on 1 January (January–June) or 1 July
 *   (July–December) + 10 points; a contractual rate applies if it is at least 3 × the legal
 *   interest rate of the semester (« tous les autres cas »), otherwise that floor applies. 40 € of
 *   recovery indemnity per late invoice (D441-5).
 * - **PUBLIC** (Code de la commande publique R2192-31 and D2192-35): interest is owed of right
 *   (no formal notice) at the ECB rate in force on the first day of the semester in which the
 *   interest started to run (the semester of due date + 1) + 8 points, the same rate for the whole
 *   period, and 40 € per late invoice (D2192-35).
 * - **B2C** (Code civil 1231-6 and 1344): no L441-10 penalty and no 40 €; interest at the legal
 *   rate from the day after the RECEIPT of the mise en demeure (AR signed, or « avisé non
 *   réclamé »: presented on that date), per semester. The legal rate is the « tous les autres
 *   cas » one: it depends on the creditor (Code monétaire et financier L313-2), a company here.
 *   Without a received notice nothing runs yet.
 */
import { addDays, daysBetween, maxDate, minDate, type CalendarDate } from './calendar-date';
import { DEFAULT_BALANCE_TOLERANCE, type CustomerType } from './ledger';
import { cents, ZERO, type Cents } from './money';
import {
  ecbRateForSemester,
  legalRateForSemester,
  semesterEndOf,
  semesterStartOf,
  validateRateTable,
  type RateTable,
} from './rate-table';

/** L441-10 II: the statutory margin over the ECB rate, 10 percentage points. */
export const REFERENCE_MARGIN_BP = 1000;
/** Code de la commande publique R2192-31: public buyers pay the ECB rate + 8 points. */
export const PUBLIC_MARGIN_BP = 800;
/** L441-10 II: the contractual rate may not be under three times the legal interest rate. */
export const LEGAL_RATE_FLOOR_MULTIPLIER = 3;
/** D441-5 (and D2192-35 for public buyers): 40 €. */
export const RECOVERY_INDEMNITY = cents(4000);

const BP_PER_UNIT = 10_000n;
const DAYS_PER_YEAR = 365n;

/** An exact amount of cents as a fraction; the denominator is always 10 000 × 365. */
export interface ExactCents {
  numerator: bigint;
  denominator: bigint;
}

export const PENALTY_DENOMINATOR = BP_PER_UNIT * DAYS_PER_YEAR;

/**
 * Where a period's rate comes from:
 * - `ecb-plus-10`: B2B without a contractual rate, ECB rate of the semester + 10 points;
 * - `contractual`: B2B, the contract's rate, at or above the floor (or the floor could not be checked);
 * - `legal-floor`: B2B, the contract's rate was under 3 × the legal rate and was raised to it;
 * - `public-ecb-plus-8`: a public buyer, ECB rate of the semester interest started in + 8 points;
 * - `legal-rate`: a consumer after the mise en demeure, the legal interest rate of the semester.
 */
export type RateBasis = 'ecb-plus-10' | 'contractual' | 'legal-floor' | 'public-ecb-plus-8' | 'legal-rate';

export interface PenaltyPeriod {
  from: CalendarDate;
  to: CalendarDate;
  days: number;
  /** The balance owed during the period (TTC), the base of its interest. */
  base: Cents;
  rateBp: number;
  basis: RateBasis;
  /**
   * The published rate the period's rate derives from: the ECB rate (`ecb-plus-10`,
   * `public-ecb-plus-8`) or the legal interest rate (`legal-floor`, `legal-rate`); null for a
   * contractual rate.
   */
  referenceRateBp: number | null;
  /** The day that reference rate is read on (1 January or 1 July); null for a contractual rate. */
  referenceDate: CalendarDate | null;
  /** 3 × the legal rate; null when no contractual rate applies or when the legal rate is unknown. */
  floorBp: number | null;
  /** A contractual rate was used without knowing the semester's legal rate. */
  floorUnverifiable: boolean;
  /** Not rounded: round the invoice's sum, not each period (see roundHalfUpToCents for display). */
  interestExact: ExactCents;
}

export interface MissingRatePeriod {
  from: CalendarDate;
  to: CalendarDate;
  days: number;
  /** The balance owed during the period. */
  base: Cents;
  /** The rule that applies, whose published rate is missing. */
  basis: RateBasis;
  /** The day the missing published rate is read on (1 January or 1 July). */
  referenceDate: CalendarDate;
}

export interface LatePenalty {
  /** Rounded once; when incomplete, the interest of the known periods only. */
  interest: Cents;
  indemnity: Cents;
  total: Cents;
  /** Days late: from the day after the due date to asOf inclusive; 0 when not late. */
  days: number;
  /** The first day interest runs (after the due date, or after the notice for a consumer); null when none runs. */
  interestStart: CalendarDate | null;
  periods: PenaltyPeriod[];
  /** Periods whose published rate is not in the table: their interest is not counted. */
  missingRatePeriods: MissingRatePeriod[];
  complete: boolean;
  /** Some period used a contractual rate whose legal floor could not be checked. */
  floorUnverifiable: boolean;
  /** A consumer who has not received a mise en demeure yet: no interest runs (Code civil 1231-6). */
  awaitingNotice: boolean;
  /** Paid without a dated payment: treated as paid on the due date, no interest claimed on it. */
  undatedPaid: Cents;
}

/** A payment of the invoice on a date. */
export interface DatedPayment {
  date: CalendarDate;
  amount: Cents;
}

export interface LatePenaltyInput {
  /** The unpaid balance, tax included (the base of every day when no `payments` are given). */
  amountDue: Cents;
  dueDate: CalendarDate;
  asOf: CalendarDate;
  customerType: CustomerType;
  /** Annual rate in basis points set by the contract (B2B only), or null for the statutory rate. */
  contractualRateBp: number | null;
  rates: RateTable;
  /**
   * The invoice's dated payments. When given, the base follows them: each day bears interest on
   * `amountInclTax` less what was paid before that day, and `amountDue` is not used.
   */
  payments?: readonly DatedPayment[];
  /** Required with `payments`: the invoice's amount, tax included. */
  amountInclTax?: Cents;
  /**
   * With `payments`: everything paid on the invoice, dated or not (default: the payments' sum).
   * What exceeds the dated payments is treated as paid on the due date.
   */
  amountPaid?: Cents;
  /**
   * B2C only: the day the mise en demeure was received (AR signed) or presented and not collected
   * (« avisé non réclamé »). Interest runs from the next day; absent or null: nothing runs yet.
   */
  noticeReceivedOn?: CalendarDate | null;
}

/** Half up (away from zero at exactly half a cent), as French invoices round. */
export function roundHalfUpToCents(exact: ExactCents): Cents {
  const { numerator, denominator } = exact;
  const magnitude = (2n * (numerator < 0n ? -numerator : numerator) + denominator) / (2n * denominator);
  return cents(Number(numerator < 0n ? -magnitude : magnitude));
}

type PeriodRate =
  | {
      known: true;
      rateBp: number;
      basis: RateBasis;
      referenceRateBp: number | null;
      referenceDate: CalendarDate | null;
      floorBp: number | null;
      floorUnverifiable: boolean;
    }
  | { known: false; basis: RateBasis; referenceDate: CalendarDate };

/** B2B, L441-10 II: ECB + 10 points, or the contract's rate under the floor of 3 × the legal rate. */
function businessRate(date: CalendarDate, contractualRateBp: number | null, rates: RateTable): PeriodRate {
  const referenceDate = semesterStartOf(date);
  if (contractualRateBp === null) {
    const ecb = ecbRateForSemester(rates, date);
    if (ecb === null) return { known: false, basis: 'ecb-plus-10', referenceDate };
    return {
      known: true,
      rateBp: ecb + REFERENCE_MARGIN_BP,
      basis: 'ecb-plus-10',
      referenceRateBp: ecb,
      referenceDate,
      floorBp: null,
      floorUnverifiable: false,
    };
  }
  const legal = legalRateForSemester(rates, date);
  if (legal === null) {
    // The contract's own rate is known; only its legality check is not. Use it and say so.
    return {
      known: true,
      rateBp: contractualRateBp,
      basis: 'contractual',
      referenceRateBp: null,
      referenceDate: null,
      floorBp: null,
      floorUnverifiable: true,
    };
  }
  const floorBp = LEGAL_RATE_FLOOR_MULTIPLIER * legal;
  return contractualRateBp < floorBp
    ? {
        known: true,
        rateBp: floorBp,
        basis: 'legal-floor',
        referenceRateBp: legal,
        referenceDate,
        floorBp,
        floorUnverifiable: false,
      }
    : {
        known: true,
        rateBp: contractualRateBp,
        basis: 'contractual',
        referenceRateBp: null,
        referenceDate: null,
        floorBp,
        floorUnverifiable: false,
      };
}

/** PUBLIC, R2192-31: the ECB rate on the first day of the semester interest started in, + 8 points. */
function publicRate(interestStart: CalendarDate, rates: RateTable): PeriodRate {
  const referenceDate = semesterStartOf(interestStart);
  const ecb = ecbRateForSemester(rates, interestStart);
  if (ecb === null) return { known: false, basis: 'public-ecb-plus-8', referenceDate };
  return {
    known: true,
    rateBp: ecb + PUBLIC_MARGIN_BP,
    basis: 'public-ecb-plus-8',
    referenceRateBp: ecb,
    referenceDate,
    floorBp: null,
    floorUnverifiable: false,
  };
}

/** B2C, Code civil 1231-6: the legal interest rate of the semester (« tous les autres cas », L313-2 CMF). */
function consumerRate(date: CalendarDate, rates: RateTable): PeriodRate {
  const referenceDate = semesterStartOf(date);
  const legal = legalRateForSemester(rates, date);
  if (legal === null) return { known: false, basis: 'legal-rate', referenceDate };
  return {
    known: true,
    rateBp: legal,
    basis: 'legal-rate',
    referenceRateBp: legal,
    referenceDate,
    floorBp: null,
    floorUnverifiable: false,
  };
}

const sumAmounts = (payments: readonly DatedPayment[]) => payments.reduce((sum, p) => sum + p.amount, 0);

/** The balance owed at the start of each day: a function of the day, and the days it changes on. */
interface BaseSchedule {
  baseOn(day: CalendarDate): Cents;
  /** The days the base changes on (a payment's date + 1), sorted. */
  changes: CalendarDate[];
  undatedPaid: Cents;
}

function baseSchedule(input: LatePenaltyInput): BaseSchedule {
  const { payments } = input;
  if (payments === undefined) {
    const amount = cents(Math.max(0, input.amountDue));
    return { baseOn: () => amount, changes: [], undatedPaid: ZERO };
  }
  if (input.amountInclTax === undefined) {
    throw new RangeError('amountInclTax is required when payments are given');
  }
  const total = input.amountInclTax;
  const dated = sumAmounts(payments);
  // Paid but not dated (an import giving only the amount paid): treated as paid on the due date.
  const undatedPaid = cents(Math.max(0, (input.amountPaid ?? dated) - dated));
  const sorted = [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    baseOn: (day) => cents(Math.max(0, total - undatedPaid - sumAmounts(sorted.filter((p) => p.date < day)))),
    changes: [...new Set(sorted.map((p) => addDays(p.date, 1)))].sort(),
    undatedPaid,
  };
}

export function computeLatePenalty(input: LatePenaltyInput): LatePenalty {
  const { dueDate, asOf, customerType, contractualRateBp, rates } = input;
  if (contractualRateBp !== null && (!Number.isSafeInteger(contractualRateBp) || contractualRateBp < 0)) {
    throw new RangeError(
      `contractual rate must be a whole number of basis points ≥ 0, got ${contractualRateBp}`,
    );
  }
  // Fail on a malformed table even when this invoice would not reach the bad entry.
  validateRateTable(rates);
  const schedule = baseSchedule(input);
  const daysLate = Math.max(0, daysBetween(dueDate, asOf));
  const awaitingNotice = customerType === 'B2C' && !input.noticeReceivedOn;

  // Interest runs from the day after the due date; for a consumer, from the day after the notice
  // was received (Code civil 1231-6, 1344), and not at all before.
  const afterDue = addDays(dueDate, 1);
  const start =
    customerType === 'B2C'
      ? input.noticeReceivedOn
        ? maxDate(afterDue, addDays(input.noticeReceivedOn, 1))
        : null
      : afterDue;

  const periods: PenaltyPeriod[] = [];
  const missingRatePeriods: MissingRatePeriod[] = [];
  let numerator = 0n;
  if (start !== null) {
    const publicRateOfClaim = customerType === 'PUBLIC' ? publicRate(start, rates) : null;
    for (let from = start; from <= asOf;) {
      const nextChange = schedule.changes.find((day) => day > from);
      // A public buyer's rate does not change at semester boundaries; the others' does.
      const semesterEnd = customerType === 'PUBLIC' ? asOf : semesterEndOf(from);
      const to = minDate(semesterEnd, asOf, ...(nextChange ? [addDays(nextChange, -1)] : []));
      const days = daysBetween(from, to) + 1;
      const base = schedule.baseOn(from);
      const rate =
        publicRateOfClaim ??
        (customerType === 'B2C' ? consumerRate(from, rates) : businessRate(from, contractualRateBp, rates));
      if (base > 0) {
        if (rate.known) {
          const periodNumerator = BigInt(base) * BigInt(rate.rateBp) * BigInt(days);
          numerator += periodNumerator;
          periods.push({
            from,
            to,
            days,
            base,
            rateBp: rate.rateBp,
            basis: rate.basis,
            referenceRateBp: rate.referenceRateBp,
            referenceDate: rate.referenceDate,
            floorBp: rate.floorBp,
            floorUnverifiable: rate.floorUnverifiable,
            interestExact: { numerator: periodNumerator, denominator: PENALTY_DENOMINATOR },
          });
        } else {
          missingRatePeriods.push({
            from,
            to,
            days,
            base,
            basis: rate.basis,
            referenceDate: rate.referenceDate,
          });
        }
      }
      from = addDays(to, 1);
    }
  }

  // Late with something owed on at least one day after the due date.
  const late = daysLate > 0 && schedule.baseOn(afterDue) > 0;
  const interest = roundHalfUpToCents({ numerator, denominator: PENALTY_DENOMINATOR });
  // The 40 € are a fixed sum owed by a professional (D441-5) or a public buyer (D2192-35) for being
  // late at all; consumers are outside both.
  const indemnity = late && customerType !== 'B2C' ? RECOVERY_INDEMNITY : ZERO;
  const bearing = [...periods, ...missingRatePeriods].sort((a, b) => (a.from < b.from ? -1 : 1));
  return {
    interest,
    indemnity,
    total: cents(interest + indemnity),
    days: late ? daysLate : 0,
    interestStart: bearing[0]?.from ?? null,
    periods,
    missingRatePeriods,
    complete: missingRatePeriods.length === 0,
    floorUnverifiable: periods.some((period) => period.floorUnverifiable),
    awaitingNotice,
    undatedPaid: schedule.undatedPaid,
  };
}

export interface PaidLatePenaltyInput {
  /** The invoice's amount, tax included. */
  amountInclTax: Cents;
  /** Everything paid on it, dated or not (default: the payments' sum); the excess is treated as paid on the due date. */
  amountPaid?: Cents;
  payments: readonly DatedPayment[];
  dueDate: CalendarDate;
  customerType: CustomerType;
  contractualRateBp: number | null;
  rates: RateTable;
  /** A balance under this counts as settled (bank fees, rounding); default 1 €, as the ledger. */
  tolerance?: Cents;
  /** B2C only, as in computeLatePenalty. */
  noticeReceivedOn?: CalendarDate | null;
}

export interface PaidLatePenalty extends LatePenalty {
  /** The date of the payment that settled the invoice; null when it is not settled. */
  settledOn: CalendarDate | null;
}

/**
 * An invoice fully paid after its due date (L441-10, D441-5; CJEU C-585/20: the penalties and the
 * 40 € are owed of right even once the principal is paid): interest from the day after the due
 * date to the settling payment's date inclusive, on the declining balance, and 40 € for a business
 * customer or a public buyer. Zero when the invoice is not settled, or settled by its due date.
 */
export function computePaidLatePenalty(input: PaidLatePenaltyInput): PaidLatePenalty {
  const tolerance = input.tolerance ?? DEFAULT_BALANCE_TOLERANCE;
  const dated = sumAmounts(input.payments);
  const undated = Math.max(0, (input.amountPaid ?? dated) - dated);
  const sorted = [...input.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let paid = undated;
  let settledOn: CalendarDate | null = input.amountInclTax - paid < tolerance ? input.dueDate : null;
  for (const payment of sorted) {
    if (settledOn !== null) break;
    paid += payment.amount;
    if (input.amountInclTax - paid < tolerance) settledOn = payment.date;
  }
  // Not settled, or settled in time: nothing is owed for lateness (an open invoice is claimed by
  // computeLatePenalty instead).
  const asOf = settledOn !== null && settledOn > input.dueDate ? settledOn : input.dueDate;
  const penalty = computeLatePenalty({
    amountDue: ZERO,
    dueDate: input.dueDate,
    asOf,
    customerType: input.customerType,
    contractualRateBp: input.customerType === 'B2B' ? input.contractualRateBp : null,
    rates: input.rates,
    payments: input.payments,
    amountInclTax: input.amountInclTax,
    amountPaid: cents(Math.max(input.amountPaid ?? dated, dated)),
    noticeReceivedOn: input.noticeReceivedOn ?? null,
  });
  return { ...penalty, settledOn };
}
