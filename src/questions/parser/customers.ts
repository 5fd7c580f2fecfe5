/**
 * Customers named in a question, from the words no extractor took: « combien nous doit Biocoop »,
 * « impayés de la Société Générale d’Hygiène », « biocoop et naturalia ». Matching is the customer
 * search the rest of the bot uses (`findCustomers`: accents, case and a typo forgiven), over the
 * customers the asker may see. Words that are neither a name nor known vocabulary are returned, so
 * that the bot says it did not understand them instead of answering about everyone.
 */
import { findCustomers } from '../../domain/customer-search';
import type { Customer } from '../../domain/ledger';
import { isIntentWord } from './intents';
import type { TokenSet } from './patterns';
import type { Token } from './tokens';
import { isStopWord } from './vocabulary';

export interface CustomerMention {
  /** As typed. */
  text: string;
  matches: Customer[];
}

export interface CustomerFindings {
  mentions: CustomerMention[];
  /** Runs of words understood neither as a name nor as vocabulary, as typed. */
  unknown: string[];
}

const CONJUNCTIONS = new Set(['et', 'ou', 'ni']);

/** A word that cannot be (the edge of) a name: vocabulary, a number, a symbol, a single letter. */
function meaningless(token: Token): boolean {
  return token.kind !== 'word' || token.norm.length < 2 || isStopWord(token);
}

/** A word worth reporting when nothing matches it: not vocabulary, not some intent's word. */
function suspicious(token: Token): boolean {
  return token.kind === 'word' && token.norm.length >= 3 && !isStopWord(token) && !isIntentWord(token);
}

function textOf(source: string, tokens: readonly Token[]): string {
  return source.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

/** Free tokens in runs of consecutive positions, split at conjunctions. */
function runsOf(tokens: TokenSet): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.list.forEach((token, i) => {
    if (!tokens.isFree(i) || CONJUNCTIONS.has(token.norm)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(token);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Customers only for spans with a real word: a lone letter would prefix-match half the portfolio. */
function lookup(span: readonly Token[], source: string, customers: readonly Customer[]): Customer[] {
  if (!span.some((t) => t.kind === 'word' && t.norm.length >= 3 && !isStopWord(t))) return [];
  return findCustomers(textOf(source, span), customers);
}

/** Whether some word left could be (part of) a customer's name. */
export function mayNameCustomers(tokens: TokenSet): boolean {
  return tokens.freeIndexes().some((i) => !meaningless(tokens.list[i]!));
}

export function findCustomerMentions(
  tokens: TokenSet,
  source: string,
  customers: readonly Customer[],
): CustomerFindings {
  const mentions: CustomerMention[] = [];
  const unknown: string[] = [];
  for (const run of runsOf(tokens)) {
    let start = 0;
    let pending: Token[] = [];
    const flush = () => {
      if (pending.some(suspicious))
        unknown.push(
          textOf(
            source,
            pending.filter((t) => !meaningless(t)),
          ),
        );
      pending = [];
    };
    while (start < run.length) {
      if (meaningless(run[start]!)) {
        start++;
        continue;
      }
      // The longest span from here that names customers, ending on a meaningful word.
      let found: { end: number; matches: Customer[] } | null = null;
      for (let end = run.length; end > start && !found; end--) {
        if (meaningless(run[end - 1]!)) continue;
        const matches = lookup(run.slice(start, end), source, customers);
        if (matches.length > 0) found = { end, matches };
      }
      if (found) {
        flush();
        mentions.push({ text: textOf(source, run.slice(start, found.end)), matches: found.matches });
        start = found.end;
      } else {
        pending.push(run[start]!);
        start++;
      }
    }
    flush();
  }
  return { mentions, unknown: unknown.filter((u) => u.length > 0) };
}
