/**
 * Groups and chains (issue 16, seventeenth round): a word that opens the names of several customers
 * (« Biocoop » for « Biocoop Lyon Croix-Rousse » and « Biocoop Part-Dieu ») said as a group names them
 * all — « le groupe Biocoop », « les 2 biocoop », « tous les Biocoop », « nos Biocoop »; its branches
 * listed after it in brackets (« le groupe biocoop (croix rousse + part dieu) », « (les deux magasins,
 * croix rousse et part dieu) ») are read with the chain's word before each (« Part-Dieu » alone is
 * also Naturalia's). The chain's word alone (« impayés Biocoop ») stays ambiguous: which one is asked.
 */
import type { Customer } from '../../domain/ledger';
import { normalizeWord } from './tokens';
import { memoByCustomers } from './customer-memo';

/** The chains' words (shared by the first word of two names or more), kept per list of customers. */
const chainsOf = memoByCustomers((customers): ReadonlyMap<string, readonly string[]> => {
  const byWord = new Map<string, string[]>();
  for (const c of customers) {
    const first = normalizeWord(c.legalName).split(/[^\p{L}\p{N}]+/u)[0] ?? '';
    if (first.length < 3) continue;
    byWord.set(first, [...(byWord.get(first) ?? []), c.legalName]);
  }
  return new Map([...byWord].filter(([, names]) => names.length > 1));
});

const GROUP =
  '(?:(?:le|du|au)\\s+groupe|(?:les|des|aux|nos|vos)\\s+(?:\\d|deux|trois|quatre)|tous\\s+(?:les|nos)|(?:les|des)\\s+magasins|nos|groupe)';
const STORES =
  '(?:(?:les|nos)\\s+(?:\\d|deux|trois|quatre)\\s+(?:magasins|sites|agences|boutiques|établissements)\\s*[,:]?\\s*)?';

/** The text with a chain said as a group spelt as its customers' names. */
export function withChainsSpelt(text: string, customers: readonly Customer[]): string {
  const chains = chainsOf(customers);
  if (chains.size === 0) return text;
  const lower = normalizeWord(text);
  let out = text;
  for (const [word, names] of chains) {
    if (!lower.includes(word)) continue;
    const listed = new RegExp(`(?:${GROUP}\\s+)?(${word})\\s*\\(\\s*${STORES}([^()]+?)\\s*\\)`, 'giu');
    out = out.replace(listed, (m: string, chain: string, branches: string) => {
      const parts = branches.split(/\s*(?:\+|,|\/|&|\bet\b)\s*/u).filter((p) => p.trim() !== '');
      return parts.length < 2 ? m : parts.map((p) => `${chain} ${p.trim()}`).join(' et ');
    });
    const group = new RegExp(`(?<![\\p{L}\\p{N}])${GROUP}\\s+${word}s?(?![\\p{L}\\p{N}])`, 'giu');
    const branchWords = new Set(
      names.flatMap((n) => normalizeWord(n).split(/[^\p{L}\p{N}]+/u)).filter((w) => w !== word),
    );
    out = out.replace(group, (m: string, at: number, whole: string) => {
      // « le groupe Biocoop Part-Dieu »: one of them, named.
      const next = normalizeWord(whole.slice(at + m.length)).match(/^[\s-]*([\p{L}\p{N}]+)/u)?.[1];
      return next !== undefined && branchWords.has(next) ? m : names.join(' et ');
    });
  }
  return out;
}
