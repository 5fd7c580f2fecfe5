/**
 * Late-payment penalties of an invoice (Code de commerce L441-10 and D441-5).
 *
 * - Interest runs from the day after the due date to `asOf` inclusive, as simple interest:
 *   amount × annual rate × days / 365. Every day is 1/365 of a year, leap years included (a 366-day
 *   year yields 366/365 of the annual rate): the usual French convention for these penalties.
 * - The rate of a day is fixed per semester: by default the ECB main refinancing rate on 1 January
 *   (January–June) or 1 July (July–December) + 10 points; a contractual rate replaces it but never
 *   below 3 × the legal interest rate of that semester.
 * - Amounts are computed exactly (integers: cents × bp × days over 10 000 × 365) and rounded half up
 *   to the cent once, on the invoice's total interest, never per semester.
 * - The 40 € recovery indemnity (D441-5) is due once per late invoice from a business customer.
 *
 * `customerType` only decides the indemnity: L441-10 governs dealings between professionals, and
 * what a consumer owes instead (legal interest after formal notice, Code civil 1231-6) is not
 * modelled here; callers decide whether to claim interest from a B2C customer at all.
 */
import { addDays, daysBetween, minDate, type CalendarDate } from './calendar-date';
import type { CustomerType } from './ledger';
import { cents, ZERO, type Cents } from './money';
import {
  ecbRateForSemester,
  legalRateForSemester,
  semesterEndOf,
  validateRateTable,
  type RateTable,
} from './rate-table';

/** The statutory margin over the ECB rate: 10 percentage points. */
export const REFERENCE_MARGIN_BP = 1000;
/** The contractual rate may not be under three times the legal interest rate. */
export const LEGAL_RATE_FLOOR_MULTIPLIER = 3;
/** D441-5: 40 €. */
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
 * - `ecb-plus-10`: no contractual rate, ECB rate + 10 points;
 * - `contractual`: the contract's rate, at or above the floor (or the floor could not be checked);
 * - `legal-floor`: the contract's rate was under 3 × the legal rate and was raised to it.
 */
export type RateBasis = 'ecb-plus-10' | 'contractual' | 'legal-floor';

export interface PenaltyPeriod {
  from: CalendarDate;
  to: CalendarDate;
  days: number;
  rateBp: number;
  basis: RateBasis;
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
}

export interface LatePenalty {
  /** Rounded once; when incomplete, the interest of the known periods only. */
  interest: Cents;
  indemnity: Cents;
  total: Cents;
  /** Days late: from the day after the due date to asOf inclusive; 0 when not late. */
  days: number;
  periods: PenaltyPeriod[];
  /** Semesters whose rate is not in the table: their interest is not counted (« à compléter »). */
  missingRatePeriods: MissingRatePeriod[];
  complete: boolean;
  /** Some period used a contractual rate whose legal floor could not be checked. */
  floorUnverifiable: boolean;
}

export interface LatePenaltyInput {
  /** The unpaid balance, tax included. */
  amountDue: Cents;
  dueDate: CalendarDate;
  asOf: CalendarDate;
  customerType: CustomerType;
  /** Annual rate in basis points set by the contract, or null for the statutory rate. */
  contractualRateBp: number | null;
  rates: RateTable;
}

/** Half up (away from zero at exactly half a cent), as French invoices round. */
export function roundHalfUpToCents(exact: ExactCents): Cents {
  const { numerator, denominator } = exact;
  const magnitude = (2n * (numerator < 0n ? -numerator : numerator) + denominator) / (2n * denominator);
  return cents(Number(numerator < 0n ? -magnitude : magnitude));
}

type PeriodRate =
  | { known: true; rateBp: number; basis: RateBasis; floorBp: number | null; floorUnverifiable: boolean }
  | { known: false };

function rateForSemester(date: CalendarDate, contractualRateBp: number | null, rates: RateTable): PeriodRate {
  if (contractualRateBp === null) {
    const ecb = ecbRateForSemester(rates, date);
    if (ecb === null) return { known: false };
    return {
      known: true,
      rateBp: ecb + REFERENCE_MARGIN_BP,
      basis: 'ecb-plus-10',
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
      floorBp: null,
      floorUnverifiable: true,
    };
  }
  const floorBp = LEGAL_RATE_FLOOR_MULTIPLIER * legal;
  return contractualRateBp < floorBp
    ? { known: true, rateBp: floorBp, basis: 'legal-floor', floorBp, floorUnverifiable: false }
    : { known: true, rateBp: contractualRateBp, basis: 'contractual', floorBp, floorUnverifiable: false };
}

function notLate(): LatePenalty {
  return {
    interest: ZERO,
    indemnity: ZERO,
    total: ZERO,
    days: 0,
    periods: [],
    missingRatePeriods: [],
    complete: true,
    floorUnverifiable: false,
  };
}

export function computeLatePenalty(input: LatePenaltyInput): LatePenalty {
  const { amountDue, dueDate, asOf, customerType, contractualRateBp, rates } = input;
  if (contractualRateBp !== null && (!Number.isSafeInteger(contractualRateBp) || contractualRateBp < 0)) {
    throw new RangeError(
      `contractual rate must be a whole number of basis points ≥ 0, got ${contractualRateBp}`,
    );
  }
  // Fail on a malformed table even when this invoice would not reach the bad entry.
  validateRateTable(rates);
  if (amountDue <= 0 || asOf <= dueDate) return notLate();

  const periods: PenaltyPeriod[] = [];
  const missingRatePeriods: MissingRatePeriod[] = [];
  let numerator = 0n;
  for (let from = addDays(dueDate, 1); from <= asOf;) {
    const to = minDate(semesterEndOf(from), asOf);
    const days = daysBetween(from, to) + 1;
    const rate = rateForSemester(from, contractualRateBp, rates);
    if (rate.known) {
      const periodNumerator = BigInt(amountDue) * BigInt(rate.rateBp) * BigInt(days);
      numerator += periodNumerator;
      periods.push({
        from,
        to,
        days,
        rateBp: rate.rateBp,
        basis: rate.basis,
        floorBp: rate.floorBp,
        floorUnverifiable: rate.floorUnverifiable,
        interestExact: { numerator: periodNumerator, denominator: PENALTY_DENOMINATOR },
      });
    } else {
      missingRatePeriods.push({ from, to, days });
    }
    from = addDays(to, 1);
  }

  const interest = roundHalfUpToCents({ numerator, denominator: PENALTY_DENOMINATOR });
  // The indemnity is a fixed sum owed by a professional debtor for being late at all (D441-5);
  // consumers are outside L441-10.
  const indemnity = customerType === 'B2B' ? RECOVERY_INDEMNITY : ZERO;
  return {
    interest,
    indemnity,
    total: cents(interest + indemnity),
    days: daysBetween(dueDate, asOf),
    periods,
    missingRatePeriods,
    complete: missingRatePeriods.length === 0,
    floorUnverifiable: periods.some((period) => period.floorUnverifiable),
  };
}
