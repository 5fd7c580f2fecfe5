/**
 * Rewrites of a question's words into the French the extractors read: SMS spelling (« koi »,
 * « kombien », ./informal.ts) and English (./english.ts). A rule replaces a run of words, compared
 * in their normalised form, by other words; the new tokens keep the place of the words they
 * replace in the text, so a customer's name is still quoted as it was typed.
 */
import { stem, type Token } from './tokens';

/** `from`: normalised words (lower case, no accents), `to`: the French words they stand for. */
export interface RewriteRule {
  from: readonly string[];
  to: readonly string[];
}

export type RewriteRules = ReadonlyMap<string, readonly RewriteRule[]>;

/** Rules indexed by their first word, the longest first (« as of » before « as »). */
export function rewriteRules(table: Readonly<Record<string, string>>): RewriteRules {
  const byFirst = new Map<string, RewriteRule[]>();
  for (const [from, to] of Object.entries(table)) {
    const rule = { from: from.split(' '), to: to ? to.split(' ') : [] };
    const list = byFirst.get(rule.from[0]!) ?? [];
    list.push(rule);
    byFirst.set(rule.from[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.from.length - a.from.length);
  return byFirst;
}

/** A token standing for a French word, over the span of the words it replaces. */
export function wordToken(norm: string, start: number, end: number): Token {
  const kind = /^\d+(?:[.,/]\d+)*$/.test(norm) ? 'number' : /^[€$%<>≥≤+?=]$/.test(norm) ? 'symbol' : 'word';
  return { raw: norm, norm, stem: kind === 'word' ? stem(norm) : norm, kind, start, end };
}

/** The tokens with every rule applied, left to right, the longest rule first. */
export function applyRewrites(tokens: readonly Token[], rules: RewriteRules): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const rule = rules.get(tokens[i]!.norm)?.find((r) => r.from.every((w, k) => tokens[i + k]?.norm === w));
    if (!rule) {
      out.push(tokens[i]!);
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[i + rule.from.length - 1]!;
    for (const w of rule.to) out.push(wordToken(w, first.start, last.end));
    i += rule.from.length;
  }
  return out;
}
