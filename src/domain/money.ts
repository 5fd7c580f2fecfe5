/**
 * Money is an integer number of euro cents, always. No floating point ever touches an amount:
 * parsing goes from text to cents digit by digit, and interest computations round once, at the end.
 */
declare const centsBrand: unique symbol;
export type Cents = number & { readonly [centsBrand]: true };

export class InvalidAmountError extends Error {
  constructor(readonly input: string) {
    super(`invalid amount: ${JSON.stringify(input)}`);
  }
}

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`cents must be a safe integer, got ${value}`);
  return value as Cents;
}

export const ZERO = cents(0);

export function addCents(...values: Cents[]): Cents {
  return cents(values.reduce((sum, v) => sum + v, 0));
}

export function sumCents<T>(items: readonly T[], pick: (item: T) => Cents): Cents {
  return cents(items.reduce((sum, item) => sum + pick(item), 0));
}

export function euros(whole: number): Cents {
  return cents(Math.round(whole * 100));
}

/**
 * Parses an amount as French accounting software writes it: `1 234,56`, `1234.56`, `1.234,56`,
 * `-12,5`, `1 234,56 €`. Thousands separators may be spaces (regular, no-break, narrow no-break),
 * dots or commas when the other sign is the decimal mark. At most two decimals.
 */
export function parseAmountToCents(raw: string): Cents {
  let text = raw
    .trim()
    .replace(/(€|eur|euros?)$/i, '')
    .trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  // Spaces (and apostrophes, the Swiss way) may only group thousands: `1 234,56`, not `12 34,56`.
  const spaced = /[\s\u00a0\u202f']/.test(text);
  if (spaced && !/^\d{1,3}([\s\u00a0\u202f']\d{3})*([.,]\d*)?$/.test(text)) throw new InvalidAmountError(raw);
  text = text.replace(/[\s\u00a0\u202f']/g, '');
  if (text === '' || !/^[0-9.,]+$/.test(text) || !/\d/.test(text)) throw new InvalidAmountError(raw);

  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let integerPart: string;
  let decimalPart = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalIndex = Math.max(lastComma, lastDot);
    const thousands = lastComma > lastDot ? '.' : ',';
    integerPart = text.slice(0, decimalIndex);
    decimalPart = text.slice(decimalIndex + 1);
    if (!groupedCorrectly(integerPart, thousands)) throw new InvalidAmountError(raw);
    integerPart = integerPart.split(thousands).join('');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sign = lastComma >= 0 ? ',' : '.';
    const parts = text.split(sign);
    if (parts.length > 2) {
      // Several identical signs: they can only be thousands separators (`1.234.567`).
      if (!groupedCorrectly(text, sign)) throw new InvalidAmountError(raw);
      integerPart = parts.join('');
    } else {
      integerPart = parts[0] ?? '';
      decimalPart = parts[1] ?? '';
      // `1.234` or `1,234` with exactly three digits after the sign is ambiguous; accounting exports
      // in France use the comma for decimals, so a comma is a decimal mark, and a dot followed by
      // exactly three digits is a thousands separator.
      if (sign === '.' && decimalPart.length === 3 && integerPart.length > 0) {
        integerPart = integerPart + decimalPart;
        decimalPart = '';
      }
    }
  } else {
    integerPart = text;
  }
  if (integerPart === '') integerPart = '0';
  if (!/^[0-9]+$/.test(integerPart) || !/^[0-9]{0,2}$/.test(decimalPart)) throw new InvalidAmountError(raw);
  const value = Number(integerPart) * 100 + Number(decimalPart.padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) throw new InvalidAmountError(raw);
  return cents(negative ? -value : value);
}

function groupedCorrectly(integerPart: string, separator: string): boolean {
  if (!integerPart.includes(separator)) return /^[0-9]+$/.test(integerPart);
  const groups = integerPart.split(separator);
  return /^[0-9]{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^[0-9]{3}$/.test(g));
}

const NBSP = '\u00a0';

/** `123456` → `1 234,56 €` (no-break spaces, so an amount never wraps in a letter or a card). */
export function formatEuros(amount: Cents, options: { symbol?: boolean } = {}): string {
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 100).toString();
  const fraction = (abs % 100).toString().padStart(2, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const body = `${negative ? '-' : ''}${grouped},${fraction}`;
  return options.symbol === false ? body : `${body}${NBSP}€`;
}
