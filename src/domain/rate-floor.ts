/**
 * A contractual late-penalty rate under the legal floor (Code de commerce L441-10 II: « ce taux
 * ne peut être inférieur à trois fois le taux d'intérêt légal »): the letters apply the floor
 * instead (src/domain/late-penalties.ts), and the controller is told that the CGV clause must be
 * corrected — a clause under the floor exposes the company to an administrative fine (L441-16).
 */
import type { CalendarDate } from './calendar-date';
import { LEGAL_RATE_FLOOR_MULTIPLIER } from './late-penalties';
import type { Customer } from './ledger';
import { semesterStartOf, type RateTable } from './rate-table';

export interface RateBelowFloor {
  contractualRateBp: number;
  floorBp: number;
  /** The semester whose legal rate gives the floor: `date`'s, or the latest published before it. */
  semesterStart: CalendarDate;
}

/**
 * Whether a business customer's contractual rate is under 3 × the legal rate of `date`'s semester
 * (or, when that rate is not published yet, of the latest semester that is): null otherwise.
 */
export function contractualRateBelowFloor(
  customer: Pick<Customer, 'type' | 'contractualPenaltyRateBp'>,
  rates: RateTable,
  date: CalendarDate,
): RateBelowFloor | null {
  const contractual = customer.contractualPenaltyRateBp;
  if (customer.type !== 'B2B' || contractual === null) return null;
  const current = semesterStartOf(date);
  const latest = [...rates.legalInterestRateProfessional]
    .filter((e) => e.semesterStart <= current)
    .sort((a, b) => b.semesterStart.localeCompare(a.semesterStart))[0];
  if (!latest) return null;
  const floorBp = LEGAL_RATE_FLOOR_MULTIPLIER * latest.rateBp;
  return contractual < floorBp
    ? { contractualRateBp: contractual, floorBp, semesterStart: latest.semesterStart }
    : null;
}
