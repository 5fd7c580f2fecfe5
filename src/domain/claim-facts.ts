/**
 * Legal facts about a claim that the dunning letters and the escalation steps quote.
 */
import { addYears, type CalendarDate } from './calendar-date';
import { cents, type Cents } from './money';

/** L110-4: claims arising from trade between merchants, or between merchants and non-merchants. */
export const PRESCRIPTION_YEARS = 5;

/** The simplified small-claims recovery procedure applies up to 5 000 € (inclusive). */
export const SMALL_CLAIM_THRESHOLD = cents(500_000);

/**
 * Five years from the due date (Code de commerce L110-4), the day the claim became payable. The
 * period ends at the end of this day: 15 June 2030 for a claim due on 15 June 2025. A 29 February
 * due date ends on 28 February, the earlier reading, so the bot never announces a later limit.
 * Interruptions (acknowledgment of debt, partial payment, legal action) are not taken into account,
 * nor the 2-year period of a professional's claim against a consumer (Code de la consommation
 * L218-2): callers must not quote this date to a B2C customer as the limit.
 */
export function prescriptionDate(dueDate: CalendarDate): CalendarDate {
  return addYears(dueDate, PRESCRIPTION_YEARS);
}

export function isSmallClaim(totalClaim: Cents): boolean {
  return totalClaim <= SMALL_CLAIM_THRESHOLD;
}
