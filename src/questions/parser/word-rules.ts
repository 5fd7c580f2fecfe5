/**
 * Rewrites of a regional or foreign way of speaking in the text, before commands and questions
 * read it (./marseille.ts, ./creole-words.ts): each rule replaces whole words by the French the
 * parser reads (« $1 » standing for a group of the rule), or by a space when they ask nothing — except a run holding a word of a customer's
 * name, left as typed (« Fada SARL »). A comma left alone at either end goes.
 */
import { B, W } from './regex-fragments';
import { normalizeWord } from './tokens';

export type WordRule = readonly [RegExp, string];

/** A rule over whole words (`source` a regular expression's text, case-insensitive). */
export function wordRule(source: string, french: string): WordRule {
  return [new RegExp(`${W}(?:${source})${B}`, 'giu'), french];
}

/** The text with every rule applied in turn, a customer's name never rewritten. */
export function withWordRules(
  text: string,
  rules: readonly WordRule[],
  isNameWord: (norm: string) => boolean,
): string {
  let out = text;
  for (const [re, french] of rules)
    out = out.replace(re, (said: string, ...groups: unknown[]) =>
      said.split(/[^\p{L}\p{N}]+/u).some((w) => w.length > 3 && isNameWord(normalizeWord(w)))
        ? said
        : // « $1 » in the French stands for the rule's first group (« plus 60 jour » → « plus de 60 jours »).
          french.replace(/\$(\d)/g, (_d, n: string) => {
            const group = groups[Number(n) - 1];
            return typeof group === 'string' ? group : '';
          }),
    );
  return out
    .replace(/^\s*[,;]\s*/u, '')
    .replace(/\s*,\s*([?!.]*)\s*$/u, ' $1')
    .trim();
}
