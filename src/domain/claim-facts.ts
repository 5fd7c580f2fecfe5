/**
 * Legal facts about a claim that the dunning letters and the escalation steps quote.
 */
import { addYears, yearOf, type CalendarDate } from './calendar-date';
import type { CustomerType } from './ledger';
import { cents, type Cents } from './money';

/** L110-4: claims arising from trade between merchants, or between merchants and non-merchants. */
export const PRESCRIPTION_YEARS = 5;

/** The simplified small-claims recovery procedure applies up to 5 000 € (inclusive). */
export const SMALL_CLAIM_THRESHOLD = cents(500_000);

/**
 * Five years from the due date (Code de commerce L110-4), the day the claim became payable. The
 * period ends at the end of this day: 15 June 2030 for a claim due on 15 June 2025. A 29 February
 * due date ends on 28 February, the earlier reading, so the bot never announces a later limit.
 * Interruptions (acknowledgment of debt, partial payment, legal action) are not taken into account.
 * For a consumer or a public buyer use `prescriptionDateFor`.
 */
export function prescriptionDate(dueDate: CalendarDate): CalendarDate {
  return addYears(dueDate, PRESCRIPTION_YEARS);
}

/** Code de la consommation L218-2: a professional's claim against a consumer, 2 years. */
export const CONSUMER_PRESCRIPTION_YEARS = 2;
/** Loi n° 68-1250 du 31 décembre 1968, art. 1: claims on a public body, 4 years. */
export const PUBLIC_PRESCRIPTION_YEARS = 4;

/** How many years a claim on this type of customer lasts (interruptions not counted). */
export const PRESCRIPTION_YEARS_BY_TYPE: Record<CustomerType, number> = {
  B2B: PRESCRIPTION_YEARS,
  B2C: CONSUMER_PRESCRIPTION_YEARS,
  PUBLIC: PUBLIC_PRESCRIPTION_YEARS,
};

/**
 * The last day to act, by customer type, interruptions and suspensions not counted:
 * - B2B: 5 years from the due date (Code de commerce L110-4);
 * - B2C: 2 years from the invoice date (Code de la consommation L218-2: case law starts the period
 *   at the invoice or the delivery, not the due date; the invoice date is the one Relances knows);
 * - PUBLIC: 4 years from 1 January of the year after the one in which the rights were acquired
 *   (loi n° 68-1250 du 31 décembre 1968, art. 1, « déchéance quadriennale »): the service done
 *   (delivery), which Relances does not know — the invoice date stands for it (never later than
 *   the due date, so never a deadline too late): the last day is 31 December of invoice year + 4.
 */
export function prescriptionDateFor(
  customerType: CustomerType,
  invoice: { issueDate: CalendarDate; dueDate: CalendarDate },
): CalendarDate {
  switch (customerType) {
    case 'B2B':
      return prescriptionDate(invoice.dueDate);
    case 'B2C':
      return addYears(invoice.issueDate, CONSUMER_PRESCRIPTION_YEARS);
    case 'PUBLIC':
      return `${yearOf(invoice.issueDate) + PUBLIC_PRESCRIPTION_YEARS}-12-31` as CalendarDate;
  }
}

export function isSmallClaim(totalClaim: Cents): boolean {
  return totalClaim <= SMALL_CLAIM_THRESHOLD;
}
