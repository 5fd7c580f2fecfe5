/**
 * One cell's text → one typed value, or the reason (French, shown to the user) why it is refused.
 * Cells are already trimmed; an empty cell never reaches these parsers (the row decides whether
 * it is missing or takes a default).
 */
import { parseCalendarDate, type CalendarDate } from '../domain/calendar-date';
import {
  isValidSiren,
  type Civility,
  type CustomerType,
  type RiskSegment,
  type StepId,
} from '../domain/ledger';
import { parseAmountToCents, type Cents } from '../domain/money';
import type { LadderStep } from '../domain/ladder';
import { cellErrors, type TextField } from '../i18n/import';
import { characterCount, cleanDisplayText, firstHidden } from './display-text';

export type CellResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      reason: string;
      /** Well written, but unknown to the ledger (a customer, an invoice): an export's line still. */
      unknownReference?: true;
    };

export function ok<T>(value: T): CellResult<T> {
  return { ok: true, value };
}

export function fail(reason: string): CellResult<never> {
  return { ok: false, reason };
}

/** A reference the ledger does not know: refused, yet no sign that the file is not an export. */
export function unknownReference(reason: string): CellResult<never> {
  return { ok: false, reason, unknownReference: true };
}

export function text(raw: string): CellResult<string> {
  return ok(raw);
}

/**
 * How long each free-text field may be, in characters: what fits where it is shown (a card's
 * title, an envelope's window — AFNOR NF Z10-011 allows 38 characters a line, exports often
 * more), with room to spare; and, for identifiers, what a storage key can hold once encoded.
 */
export const TEXT_LIMITS: Readonly<Record<TextField, number>> = {
  customerCode: 40,
  legalName: 200,
  phone: 40,
  addressLine: 100,
  postalCode: 20,
  city: 100,
  country: 60,
  emails: 1_000,
  salesRepEmail: 254,
  contactName: 100,
  invoiceNumber: 60,
  orderRef: 100,
  deliveryRef: 100,
  legalForm: 100,
  rcs: 100,
  alias: 100,
  paymentMethod: 60,
  paymentReference: 140,
};

/** Street lines an address may have (the name, the postcode and city and the country take the others). */
export const MAX_ADDRESS_LINES = 5;

function withinLimit(field: TextField, value: string): CellResult<string> {
  const length = characterCount(value);
  return length > TEXT_LIMITS[field]
    ? fail(cellErrors.tooLong(field, TEXT_LIMITS[field], length))
    : ok(value);
}

/** Free text people will read, cleaned (see display-text.ts) and bounded. */
export function displayText(field: TextField): (raw: string) => CellResult<string> {
  return (raw) => {
    const clean = cleanDisplayText(raw);
    return clean === '' ? fail(cellErrors.nothingReadable) : withinLimit(field, clean);
  };
}

/**
 * An identifier (customer code, invoice number): kept exactly as written — cleaning it would turn
 * an invoice already imported into a new one — but refused if it hides a character, or is too long.
 */
export function keyText(field: TextField): (raw: string) => CellResult<string> {
  return (raw) => {
    const hidden = firstHidden(raw);
    return hidden === null ? withinLimit(field, raw) : fail(cellErrors.hiddenCharacter(field, hidden));
  };
}

/** A cell read by a parser of its own (e-mail addresses), refused before parsing when absurdly long. */
export function bounded<T>(
  field: TextField,
  parse: (raw: string) => CellResult<T>,
): (raw: string) => CellResult<T> {
  return (raw) => {
    const length = characterCount(raw);
    return length > TEXT_LIMITS[field]
      ? fail(cellErrors.tooLong(field, TEXT_LIMITS[field], length))
      : parse(raw);
  };
}

/** Accent- and case-insensitive form of a short keyword (`Élevé` → `eleve`). */
function keyword(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

export function parseDateCell(raw: string): CellResult<CalendarDate> {
  // Excel writes a date cell it considers a date-time as `15/01/2026 00:00`: the time means nothing here.
  const dateOnly = raw.replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  try {
    return ok(parseCalendarDate(dateOnly));
  } catch {
    return fail(cellErrors.date);
  }
}

/** Non-negative amount: invoices and payments are imported as such, credit notes are not. */
export function parseAmountCell(raw: string): CellResult<Cents> {
  const refusal = fail(cellErrors.amount);
  // parseAmountToCents reads a lone `,` or `.` as 0: a cell without a digit is no amount.
  if (!/\d/.test(raw)) return refusal;
  let amount: Cents;
  try {
    amount = parseAmountToCents(raw);
  } catch {
    return refusal;
  }
  return amount < 0 ? fail(cellErrors.negativeAmount) : ok(amount);
}

export function parsePaymentAmount(raw: string): CellResult<Cents> {
  const amount = parseAmountCell(raw);
  if (amount.ok && amount.value === 0) return fail(cellErrors.zeroPayment);
  return amount;
}

export function parseCurrency(raw: string): CellResult<'EUR'> {
  return ['eur', '€', 'euro', 'euros'].includes(keyword(raw)) ? ok('EUR') : fail(cellErrors.currency(raw));
}

const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

/** One or several addresses in a cell, separated by `;`, `,` or blanks; duplicates dropped. */
export function parseEmailList(raw: string): CellResult<string[]> {
  const addresses = raw.split(/[;,\s]+/).filter((a) => a !== '');
  const invalid = addresses.filter((a) => !EMAIL.test(a));
  if (invalid.length > 0) return fail(cellErrors.emails(invalid));
  if (addresses.length === 0) return fail(cellErrors.noEmail);
  const unique = new Map(addresses.map((a) => [a.toLowerCase(), a]));
  return ok([...unique.values()]);
}

export function parseSingleEmail(raw: string): CellResult<string> {
  const list = parseEmailList(raw);
  if (!list.ok) return list;
  const [first, ...rest] = list.value;
  if (first === undefined || rest.length > 0) return fail(cellErrors.oneEmail);
  return ok(first);
}

export function parseSiren(raw: string): CellResult<string> {
  const digits = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{14}$/.test(digits)) {
    return fail(cellErrors.siret);
  }
  if (!/^\d{9}$/.test(digits)) return fail(cellErrors.sirenDigits);
  return isValidSiren(digits) ? ok(digits) : fail(cellErrors.sirenKey);
}

const RISKS: Record<string, RiskSegment> = {
  faible: 'low',
  low: 'low',
  modere: 'moderate',
  moderate: 'moderate',
  eleve: 'high',
  high: 'high',
};

export function parseRisk(raw: string): CellResult<RiskSegment> {
  const risk = RISKS[keyword(raw)];
  return risk ? ok(risk) : fail(cellErrors.risk);
}

const CIVILITY_WORDS: Record<string, Civility> = {
  m: 'M.',
  'm.': 'M.',
  mr: 'M.',
  'mr.': 'M.',
  monsieur: 'M.',
  mme: 'Mme',
  'mme.': 'Mme',
  madame: 'Mme',
};

/** « M. », « Monsieur », « Mme », « Madame » (any case). */
export function parseCivility(raw: string): CellResult<Civility> {
  const civility = CIVILITY_WORDS[keyword(raw)];
  return civility ? ok(civility) : fail(cellErrors.civility);
}

const CUSTOMER_TYPES: Record<string, CustomerType> = {
  b2b: 'B2B',
  professionnel: 'B2B',
  b2c: 'B2C',
  particulier: 'B2C',
  public: 'PUBLIC',
  'acheteur public': 'PUBLIC',
  'personne publique': 'PUBLIC',
};

export function parseCustomerType(raw: string): CellResult<CustomerType> {
  const type = CUSTOMER_TYPES[keyword(raw)];
  return type ? ok(type) : fail(cellErrors.customerType);
}

export const MAX_PAYMENT_TERMS_DAYS = 365;

export function parsePaymentTerms(raw: string): CellResult<number> {
  const match = /^(\d{1,3})\s*(j|jours?)?$/i.exec(raw);
  const days = match ? Number(match[1]) : NaN;
  return days >= 0 && days <= MAX_PAYMENT_TERMS_DAYS
    ? ok(days)
    : fail(cellErrors.paymentTerms(MAX_PAYMENT_TERMS_DAYS));
}

/** `12`, `12,5`, `12,5 %` → basis points (1 250). A percentage with two decimals is exactly an amount in cents. */
export function parsePenaltyRate(raw: string): CellResult<number> {
  const refusal = fail(cellErrors.penaltyRate);
  if (!/\d/.test(raw)) return refusal;
  let basisPoints: number;
  try {
    basisPoints = parseAmountToCents(raw.replace(/%\s*$/, ''));
  } catch {
    return refusal;
  }
  return basisPoints >= 0 && basisPoints <= 10_000 ? ok(basisPoints) : refusal;
}

/** A step as written, for comparison: no case, accents or spaces; `J+03`, `j 3` and `J3` alike. */
function stepKey(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s’']+/g, '');
  const day = /^j\+?0*(\d{1,3})$/.exec(plain);
  return day ? `j+${day[1]}` : plain;
}

/**
 * A step of the configured ladder an export may say was already sent (« derniere_relance »), by
 * its id or its label: `J+3`, `j3`, `J+03` for Greenova's J+3; `R1` or « Rappel à l'échéance »
 * for another calendar.
 */
export function parseStep(
  raw: string,
  steps: ReadonlyArray<Pick<LadderStep, 'id' | 'label'>>,
): CellResult<StepId> {
  const wanted = stepKey(raw);
  const step = steps.find((s) => stepKey(s.id) === wanted || stepKey(s.label) === wanted);
  return step ? ok(step.id) : fail(cellErrors.step(steps.map((s) => s.id)));
}

/** Street lines separated by `|` or line breaks (a quoted cell may span lines), each cleaned and bounded. */
export function parseAddressLines(raw: string): CellResult<string[]> {
  const lines = raw
    .split(/\r\n|\n|\r|\|/)
    .map(cleanDisplayText)
    .filter((l) => l !== '');
  if (lines.length === 0) return fail(cellErrors.emptyAddress);
  if (lines.length > MAX_ADDRESS_LINES)
    return fail(cellErrors.tooManyAddressLines(lines.length, MAX_ADDRESS_LINES));
  for (const line of lines) {
    const bounded = withinLimit('addressLine', line);
    if (!bounded.ok) return bounded;
  }
  return ok(lines);
}

export const DEFAULT_COUNTRY = 'France';

export function parseCountry(raw: string): CellResult<string> {
  if (['fr', 'fra', 'france'].includes(keyword(raw))) return ok(DEFAULT_COUNTRY);
  return displayText('country')(raw);
}

export function parsePostalCode(raw: string, country: string): CellResult<string> {
  if (country !== DEFAULT_COUNTRY) return displayText('postalCode')(raw);
  const code = raw.replace(/\s/g, '');
  if (/^\d{5}$/.test(code)) return ok(code);
  if (/^\d{4}$/.test(code)) {
    // Excel turns 01000 into 1000 when it takes the column for numbers.
    return fail(cellErrors.postalCodeLostZero(code));
  }
  return fail(cellErrors.postalCode);
}

/**
 * Other names of a customer (« SGH ; Biocoop PD | ITM »): separated by « ; » or « | », each cleaned
 * and bounded, duplicates (case and accents aside) kept once, in the file's order.
 */
export function parseAliases(raw: string): CellResult<string[]> {
  const aliases = new Map<string, string>();
  for (const part of raw.split(/[;|]/)) {
    if (part.trim() === '') continue;
    const alias = displayText('alias')(part);
    if (!alias.ok) return alias;
    const key = keyword(alias.value);
    if (!aliases.has(key)) aliases.set(key, alias.value);
  }
  return aliases.size === 0 ? fail(cellErrors.nothingReadable) : ok([...aliases.values()]);
}
