/** Amounts and dates as statements write them. Pure. */
import { calendarDate, isCalendarDate, type CalendarDate } from '../../domain/calendar-date';
import { cents, type Cents } from '../../domain/money';

/** « 1234.5 », « 1234.56 » (ISO 20022: a dot, at most two decimals for euros) → cents; null if not. */
export function decimalToCents(raw: string): Cents | null {
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(raw.trim());
  if (!match) return null;
  return cents(Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')));
}

/** « 2026-03-14 » or « 2026-03-14T09:30:00+01:00 » (the date part, as the bank booked it). */
export function isoDate(raw: string): CalendarDate | null {
  const day = raw.trim().slice(0, 10);
  return isCalendarDate(day) ? day : null;
}

/** « JJMMAA » (CFONB) → the date, years 00–79 read as 20xx, 80–99 as 19xx. */
export function ddmmyy(raw: string): CalendarDate | null {
  if (!/^\d{6}$/.test(raw)) return null;
  const day = Number(raw.slice(0, 2));
  const month = Number(raw.slice(2, 4));
  const yy = Number(raw.slice(4, 6));
  const year = yy < 80 ? 2000 + yy : 1900 + yy;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  try {
    return calendarDate(year, month, day);
  } catch {
    return null;
  }
}

const POSITIVE = '{ABCDEFGHI';
const NEGATIVE = '}JKLMNOPQR';

/**
 * A CFONB amount: digits whose last character carries the sign and the last digit (`{` = +0,
 * `A`–`I` = +1…9, `}` = −0, `J`–`R` = −1…9), with `decimals` decimals → signed cents; null if not.
 */
export function cfonbAmount(raw: string, decimals: number): Cents | null {
  if (!/^\d*[{}A-R]$/.test(raw) || raw.length < 2) return null;
  const last = raw[raw.length - 1]!;
  let digit = POSITIVE.indexOf(last);
  let sign = 1;
  if (digit < 0) {
    digit = NEGATIVE.indexOf(last);
    sign = -1;
  }
  if (digit < 0) return null;
  const units = BigInt(raw.slice(0, -1) + String(digit));
  let value: bigint;
  if (decimals === 2) value = units;
  else if (decimals < 2) value = units * 10n ** BigInt(2 - decimals);
  else {
    const divisor = 10n ** BigInt(decimals - 2);
    if (units % divisor !== 0n) return null;
    value = units / divisor;
  }
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return cents(sign * Number(value));
}
