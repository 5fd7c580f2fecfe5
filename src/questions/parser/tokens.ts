/**
 * Words as the parser compares them: lower case, no accents, plural and feminine endings dropped
 * (« impayées », « impayés », « impayee » are one stem), and a typo forgiven in a longer word.
 * Tokens keep their place in the text, so that a customer's name can be quoted as it was typed.
 */
export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
  /** As typed. */
  raw: string;
  /** Lower case, no accents (œ → oe). */
  norm: string;
  /** `norm` without a plural `s`/`x` nor trailing `e`s (see `stem`). */
  stem: string;
  kind: TokenKind;
  start: number;
  end: number;
}

// Letters and digits together (« C001 », « 30j »), numbers with their separators (« 5,5 »,
// « 30/09/2026 »), and the symbols that carry meaning. Apostrophes and hyphens split words:
// « d’hygiène » → « d » « hygiène », as customer search expects.
const TOKEN = /[\p{L}\p{N}]+(?:[.,/]\p{N}+)*|[€$%<>≥≤+?=]/gu;
const NUMBER = /^\p{N}+(?:[.,/]\p{N}+)*$/u;

export function normalizeWord(raw: string): string {
  return raw.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A crude French stem, enough to compare question words: drop one plural `s`/`x`, then trailing
 * `e`s, never below three letters. Keywords go through the same function, so both sides agree.
 */
export function stem(norm: string): string {
  let s = norm;
  // « impayéss », « facturess »: a plural's « s » typed twice (no French word of ours ends so).
  if (s.length > 5 && s.endsWith('ss')) s = s.slice(0, -1);
  if (s.length > 3 && (s.endsWith('s') || s.endsWith('x'))) s = s.slice(0, -1);
  while (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const norm = normalizeWord(raw);
    const kind: TokenKind = NUMBER.test(raw) ? 'number' : /\p{L}/u.test(raw) ? 'word' : 'symbol';
    const start = match.index;
    tokens.push({
      raw,
      norm,
      stem: kind === 'word' ? stem(norm) : norm,
      kind,
      start,
      end: start + raw.length,
    });
  }
  return tokens;
}

/** Optimal string alignment distance (a swap of two letters is one typo), stopping past `max`. */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The stem a keyword written in plain French compares with. */
export function keywordStem(word: string): string {
  return stem(normalizeWord(word));
}

/**
 * Ordinary words one letter away from a keyword, never its typo: « comité (de direction) », « la
 * compta » are no « compte ». A word of the question's context (a meeting, a committee) must not lend it an intent.
 */
const NEVER_TYPOS = new Set(
  // « leur compta demande »: the accounts department (« la compta ») is no « compte » either.
  // « l’hosto », « le resto »: a hospital and a restaurant as people say them, no « histo(rique) » nor « reste ».
  // « ça traîne », « ils traînent »: slow to pay (./slow-payers.ts), never « traité » (what was done).
  // « vivement le week-end », « vivement vendredi »: a wish, an adverb — never a « virement » received.
  // « autrement dit », « également », « réellement », « assurément »: adverbs two letters off
  // « apurement », « étalement », « règlements » — never a payment plan nor money received.
  [
    'comite',
    'comites',
    'comité',
    'comités',
    'compta',
    // « Compass Group », « un compas »: no « compte » (thirty-eighth round).
    'compa',
    'comptas',
    'hosto',
    'hostos',
    'resto',
    'restos',
    'traine',
    'trainent',
    'trainait',
    'trainaient',
    'vivement',
    'autrement',
    'egalement',
    'reellement',
    'assurement',
    'agrement',
    'agrements',
    // « moi content », « je suis contente »: glad, never « contestent » (twenty-ninth round).
    'content',
    'contente',
    'contents',
    'contentes',
    'contenu',
    'contenus',
  ].map((w) => keywordStem(w)),
);

/**
 * Whether a token is the keyword, forgiving one typo from five letters and two from eight (not on
 * the first letter: a different first letter is, far more often, a different word; nor in a word
 * without a vowel, which is an abbreviation or noise, not a misspelt word).
 */
export function sameWord(token: Pick<Token, 'stem'>, keyword: string): boolean {
  if (token.stem === keyword) return true;
  if (NEVER_TYPOS.has(token.stem)) return false;
  const tolerance = keyword.length >= 8 ? 2 : keyword.length >= 5 ? 1 : 0;
  if (tolerance === 0 || token.stem.length < 4 || token.stem[0] !== keyword[0]) return false;
  if (!/[aeiouy]/.test(token.stem)) return false;
  return typoDistance(token.stem, keyword, tolerance) <= tolerance;
}
