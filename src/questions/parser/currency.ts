/**
 * The currency sign before the number, the English way (« above €5,000 », « less than €500 »),
 * moved after it as French writes it (« plus de 5000 € »), so that the amounts' extractor reads
 * one order only. A sign not followed by a number is left where it is.
 */
import type { Token } from './tokens';

const NUMBER_WORD = /^\d+(?:[.,]\d+)?k$/;

const isAmount = (t: Token | undefined): boolean => t?.kind === 'number' || NUMBER_WORD.test(t?.norm ?? '');

/**
 * « 5000e », « 5000eur », « 10keur »: a fast typist's euros glued to the number (the « e » of the
 * keyboard without « € »), split into the number and « € » so that the amount is read, never lost.
 * « 3e », « 2e » (below a hundred, a bare « e ») stay ordinals; « 12 000e » is twelve thousand euros.
 */
const GLUED_EURO = /^(\d+(?:[.,]\d+)?)(k?)(?:e|eur|euro|euros)$/;

function gluedEuros(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const m = t.kind === 'word' ? GLUED_EURO.exec(t.norm) : null;
    // « 3e trimestre », « 2e quinzaine » are ordinals: a bare « e » is euros from a hundred on.
    const ordinal =
      m !== null &&
      !m[2] &&
      /e$/.test(t.norm) &&
      !/eur|euros?$/.test(t.norm) &&
      // « 12 000e »: a group of digits starting with 0 is a thousands group, never an ordinal.
      !/^0/.test(m[1]!) &&
      Number(m[1]!.replace(',', '.')) < 100;
    if (!m || ordinal) {
      out.push(t);
      continue;
    }
    const digits = m[1]! + m[2]!;
    const numberEnd = t.start + digits.length;
    out.push(
      {
        raw: t.raw.slice(0, digits.length),
        norm: digits,
        stem: digits,
        kind: m[2] ? 'word' : 'number',
        start: t.start,
        end: numberEnd,
      },
      { raw: t.raw.slice(digits.length), norm: '€', stem: '€', kind: 'symbol', start: numberEnd, end: t.end },
    );
  }
  return out;
}

export function currencyAfterNumber(input: readonly Token[]): Token[] {
  const tokens = gluedEuros(input);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm !== '€' || !isAmount(tokens[i + 1]) || tokens[i - 1]?.kind === 'number') {
      out.push(t);
      continue;
    }
    // The number with its groups of three digits (« €5 000 ») and its multiplier (« €5 k »).
    let end = i + 2;
    while (tokens[end]?.kind === 'number' && /^\d{3}$/.test(tokens[end]!.norm)) end++;
    if (tokens[end]?.norm === 'k') end++;
    out.push(...tokens.slice(i + 1, end), t);
    i = end - 1;
  }
  return out;
}
