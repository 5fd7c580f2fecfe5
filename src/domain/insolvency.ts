/**
 * Collective proceedings (procédures collectives) opened against a customer: sauvegarde,
 * redressement judiciaire, liquidation judiciaire. Pure rules:
 *
 * - From the opening judgment no action for payment may be brought for a debt that arose before it
 *   (Code de commerce L622-21) and the debtor may not pay it (L622-7): every invoice issued before
 *   the judgment is frozen — no reminder, no letter, no transfer to the firm. The judgment takes
 *   effect from the first hour of its day, so an invoice issued on that day or later is a
 *   « créance postérieure », payable at its due date: it follows the ladder as usual.
 * - The frozen invoices must be declared to the mandataire judiciaire (or the liquidateur) within
 *   two months of the judgment's publication in the BODACC (L622-24, R622-24). A deadline in months
 *   ends on the same day number of the last month (the month's last day when it has none: CPC 641)
 *   and one ending on a Saturday, a Sunday or a public holiday runs to the next working day (CPC 642).
 * - Past that deadline, without a declaration, the claim is « forclose » unless a « relevé de
 *   forclusion » is asked within six months of the same publication (L622-26).
 * - Interest stops running at the opening judgment (L622-28; L641-3 in liquidation); the 40 €
 *   recovery indemnity is not claimed in the declaration.
 */
import type { BusinessCalendar } from './business-calendar';
import { addMonths, daysBetween, type CalendarDate } from './calendar-date';
import { balanceOf, isClosed } from './ledger';
import { sumCents, type Cents } from './money';
import {
  INSOLVENCY_KINDS,
  type InsolvencyKind,
  type InsolvencyProceedings,
  type InsolvencyRepresentative,
  type Customer,
  type Invoice,
} from './ledger';

export { INSOLVENCY_KINDS };
export type { InsolvencyKind, InsolvencyProceedings, InsolvencyRepresentative };

/** An invoice issued before the opening judgment: frozen, to be declared (« créance antérieure »). */
export function isFrozenByProceedings(
  invoice: Pick<Invoice, 'issueDate'>,
  proceedings: Pick<InsolvencyProceedings, 'judgmentDate'> | null | undefined,
): boolean {
  return !!proceedings && invoice.issueDate < proceedings.judgmentDate;
}

/** Months to declare from the BODACC publication (R622-24, creditor in metropolitan France). */
export const DECLARATION_MONTHS = 2;
/** Months to ask a « relevé de forclusion » from the same publication (L622-26). */
export const RELIEF_MONTHS = 6;

/** The last day of a deadline in months from `from` (CPC 641, 642). */
function monthsDeadline(from: CalendarDate, months: number, calendar: BusinessCalendar): CalendarDate {
  return calendar.nextBusinessDayOnOrAfter(addMonths(from, months));
}

export type DeclarationStatus =
  /** The publication date is not entered yet: the deadline cannot be dated. */
  | { kind: 'publication_unknown' }
  | { kind: 'open'; deadline: CalendarDate; daysLeft: number }
  | { kind: 'declared'; sentOn: CalendarDate }
  /** The deadline has passed without a declaration: a relevé de forclusion until `reliefUntil`. */
  | { kind: 'foreclosed'; deadline: CalendarDate; reliefUntil: CalendarDate };

export function declarationStatus(
  proceedings: InsolvencyProceedings,
  today: CalendarDate,
  calendar: BusinessCalendar,
): DeclarationStatus {
  if (proceedings.declarationSentOn) return { kind: 'declared', sentOn: proceedings.declarationSentOn };
  if (!proceedings.bodaccPublication) return { kind: 'publication_unknown' };
  const deadline = monthsDeadline(proceedings.bodaccPublication, DECLARATION_MONTHS, calendar);
  if (today > deadline)
    return {
      kind: 'foreclosed',
      deadline,
      reliefUntil: monthsDeadline(proceedings.bodaccPublication, RELIEF_MONTHS, calendar),
    };
  return { kind: 'open', deadline, daysLeft: daysBetween(today, deadline) };
}

/** Why the proceedings' form was refused. */
export type InsolvencyInvalid =
  | 'kind'
  | 'judgment_date'
  | 'judgment_future'
  | 'court'
  | 'publication_future'
  | 'publication_before_judgment'
  | 'representative_name'
  | 'representative_address'
  | 'representative_email'
  | 'declaration_date';

export interface InsolvencyForm {
  kind: string;
  judgmentDate: CalendarDate | null;
  court: string;
  bodaccPublication: CalendarDate | null;
  representativeName: string;
  /** The street lines (one per line or separated by commas). */
  representativeStreet: string;
  representativePostalCode: string;
  representativeCity: string;
  representativeEmail: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The proceedings a form describes, or every reason it is refused. Dates may not be in the
 * future and the publication may not precede the judgment. The declaration already recorded is kept.
 */
export function readInsolvencyForm(
  form: InsolvencyForm,
  today: CalendarDate,
  previous: InsolvencyProceedings | null,
): { ok: true; proceedings: InsolvencyProceedings } | { ok: false; invalid: InsolvencyInvalid[] } {
  const invalid: InsolvencyInvalid[] = [];
  const kind = (INSOLVENCY_KINDS as readonly string[]).includes(form.kind)
    ? (form.kind as InsolvencyKind)
    : null;
  if (!kind) invalid.push('kind');
  if (!form.judgmentDate) invalid.push('judgment_date');
  else if (form.judgmentDate > today) invalid.push('judgment_future');
  if (form.court.length < 3 || form.court.length > 200) invalid.push('court');
  if (form.bodaccPublication) {
    if (form.bodaccPublication > today) invalid.push('publication_future');
    else if (form.judgmentDate && form.bodaccPublication < form.judgmentDate)
      invalid.push('publication_before_judgment');
  }
  if (form.representativeName.length < 3 || form.representativeName.length > 200)
    invalid.push('representative_name');
  const lines = form.representativeStreet
    .split(/\s*[,\n]\s*/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (
    lines.length === 0 ||
    !/^\d{5}$/.test(form.representativePostalCode) ||
    form.representativeCity.length < 2 ||
    form.representativeCity.length > 100
  )
    invalid.push('representative_address');
  const email = form.representativeEmail.trim();
  if (email && !EMAIL.test(email)) invalid.push('representative_email');
  if (previous?.declarationSentOn && form.judgmentDate && previous.declarationSentOn < form.judgmentDate)
    invalid.push('declaration_date');
  if (invalid.length > 0 || !kind || !form.judgmentDate) return { ok: false, invalid };
  return {
    ok: true,
    proceedings: {
      kind,
      judgmentDate: form.judgmentDate,
      court: form.court,
      bodaccPublication: form.bodaccPublication,
      representative: {
        name: form.representativeName,
        address: {
          lines,
          postalCode: form.representativePostalCode,
          city: form.representativeCity,
          country: 'France',
        },
        email: email || null,
      },
      declarationSentOn: previous?.declarationSentOn ?? null,
    },
  };
}

/** A customer under collective proceedings, as the day's card lists it (« Procédures collectives »). */
export interface InsolvencyWatch {
  customerCode: string;
  customerName: string;
  proceedings: InsolvencyProceedings;
  /** Open invoices issued before the judgment: to declare. */
  frozen: string[];
  total: Cents;
  declaration: DeclarationStatus;
  /** Some of its invoices are already with the law firm: the firm must be told. */
  atLawFirm: boolean;
}

export function insolvencyWatch(
  customer: Customer,
  invoices: readonly Invoice[],
  today: CalendarDate,
  calendar: BusinessCalendar,
): InsolvencyWatch | null {
  const proceedings = customer.insolvency;
  if (!proceedings) return null;
  const frozen = invoices.filter((i) => !isClosed(i) && isFrozenByProceedings(i, proceedings));
  if (frozen.length === 0) return null;
  return {
    customerCode: customer.code,
    customerName: customer.legalName,
    proceedings,
    frozen: frozen.map((i) => i.number).sort(),
    total: sumCents(frozen, balanceOf),
    declaration: declarationStatus(proceedings, today, calendar),
    atLawFirm: frozen.some((i) => i.status === 'litigation'),
  };
}
