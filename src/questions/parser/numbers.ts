/**
 * Numbers as people type them in a chat: « 5 000 », « 5000 », « 5.000 », « 1 234,56 », « 5k »,
 * « 1,5 k », « dix », « 1er ». Amounts go through the ledger's own parser (`parseAmountToCents`), so
 * « 5.000 » means five thousand here exactly as it does in an imported file.
 */
import { cents, parseAmountToCents, type Cents } from '../../domain/money';
import type { Token } from './tokens';

const WORDS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  premier: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  soixante: 60,
  cent: 100,
};

export interface NumberRead {
  /** In the number's own unit (euros for an amount: cents are in `cents`). */
  value: number;
  cents: Cents;
  /** Tokens read, from the first. */
  length: number;
  /** Written with a thousands suffix (« 5k »). */
  thousands: boolean;
}

const THREE_DIGITS = /^\d{3}(?:,\d{1,2})?$/;

function amountOf(text: string): Cents | null {
  try {
    return parseAmountToCents(text);
  } catch {
    return null;
  }
}

/** A number starting at `index` (with its thousands groups and a `k`), or null. */
export function readNumber(
  tokens: readonly Token[],
  index: number,
  isFree: (i: number) => boolean,
): NumberRead | null {
  const first = tokens[index];
  if (!first || !isFree(index)) return null;
  const worded = WORDS[first.norm];
  if (worded !== undefined) return { value: worded, cents: cents(worded * 100), length: 1, thousands: false };
  const suffixed = /^(\d+(?:[.,]\d+)?)k$/.exec(first.norm);
  if (suffixed) {
    const base = amountOf(suffixed[1]!);
    if (base === null) return null;
    return { value: (base / 100) * 1000, cents: cents(base * 1000), length: 1, thousands: true };
  }
  if (first.kind !== 'number' || first.norm.includes('/')) return null;
  const parts = [first.norm];
  let length = 1;
  // « 5 000 » arrives as two tokens: a group of 1–3 digits then groups of exactly three.
  if (/^\d{1,3}$/.test(first.norm)) {
    while (
      index + length < tokens.length &&
      isFree(index + length) &&
      THREE_DIGITS.test(tokens[index + length]!.norm)
    ) {
      parts.push(tokens[index + length]!.norm);
      length++;
    }
  }
  const value = amountOf(parts.join(' '));
  if (value === null) return null;
  const next = tokens[index + length];
  if (next && isFree(index + length) && (next.norm === 'k' || next.norm === 'ke' || next.norm === 'keur')) {
    return { value: (value / 100) * 1000, cents: cents(value * 1000), length: length + 1, thousands: true };
  }
  return { value: value / 100, cents: value, length, thousands: false };
}

/** A whole number (days, a top N): « 30 », « trente », « 30j » gives 30 and whether « j » was attached. */
export function readInteger(
  tokens: readonly Token[],
  index: number,
  isFree: (i: number) => boolean,
): { value: number; length: number; daysSuffix: boolean } | null {
  const token = tokens[index];
  if (!token || !isFree(index)) return null;
  const days = /^(\d{1,4})(?:j|jr|jrs|jours?)$/.exec(token.norm);
  if (days) return { value: Number(days[1]), length: 1, daysSuffix: true };
  const worded = WORDS[token.norm];
  if (worded !== undefined) return { value: worded, length: 1, daysSuffix: false };
  if (/^\d{1,4}$/.test(token.norm)) return { value: Number(token.norm), length: 1, daysSuffix: false };
  return null;
}
