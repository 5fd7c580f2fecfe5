/**
 * The currency sign before the number, the English way (« above €5,000 », « less than €500 »),
 * moved after it as French writes it (« plus de 5000 € »), so that the amounts' extractor reads
 * one order only. A sign not followed by a number is left where it is.
 */
import type { Token } from './tokens';

const NUMBER_WORD = /^\d+(?:[.,]\d+)?k$/;

const isAmount = (t: Token | undefined): boolean => t?.kind === 'number' || NUMBER_WORD.test(t?.norm ?? '');

export function currencyAfterNumber(tokens: readonly Token[]): Token[] {
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
