/**
 * What the question asks for, from its words: each intent has phrases with a weight (« balance
 * âgée » says more than « balance »), written in its own module (../intents/<intent>/question.ts)
 * and listed by the catalogue. Longer phrases are matched first and keep their words, so « taux
 * d’impayés » is the overdue ratio, not a list of unpaid invoices. The best intent is the one with
 * the heaviest phrase (then the most phrases, then the catalogue's order).
 */
import { INTENT_QUESTIONS, QUERY_INTENTS, type QueryIntent } from '../catalogue';
import { exact, word, type Slot, type TokenSet } from './patterns';
import { keywordStem, sameWord, type Token } from './tokens';

export interface Phrase {
  intent: QueryIntent;
  weight: number;
  words: readonly Slot[];
  /** The words as written, for the vocabulary. */
  source: readonly string[];
}

/** Words allowed between two words of a phrase (at most two of them), and numbers (« top 7 retards »). */
const FILLERS = new Set(
  'le la les l de du des d en au aux a un une est sont ete qui que qu on nous il elle ils elles y t par pour sur et ont je tu vous se s ce cet cette ces mes nos notre vos leur leurs'.split(
    ' ',
  ),
);

/**
 * Short words are compared exactly (a stem of three letters or less would match too much), and so
 * are words written `=like-this` (where the stem would merge a noun with its participle).
 */
const slot = (w: string): Slot =>
  w.startsWith('=') ? exact(w.slice(1)) : keywordStem(w).length >= 4 ? word(w) : exact(w);

/** Every intent's phrases, in the catalogue's order (which breaks ties: see ../catalogue.ts). */
const PHRASES: readonly Phrase[] = INTENT_QUESTIONS.flatMap(({ intent, phrases }) =>
  phrases.flatMap(({ weight, texts }) =>
    texts.map((text) => {
      const written = text.split(' ');
      return { intent, weight, source: written.map((w) => w.replace(/^=/, '')), words: written.map(slot) };
    }),
  ),
);

const BY_LENGTH = [...PHRASES].sort((a, b) => b.words.length - a.words.length || b.weight - a.weight);

const INTENT_STEMS = [...new Set(PHRASES.flatMap((p) => p.source).map(keywordStem))].filter(
  (s) => s.length >= 3,
);

/** Whether the token is a word of some intent (a losing intent's word is not a name either). */
export function isIntentWord(token: Pick<Token, 'stem' | 'norm'>): boolean {
  return INTENT_STEMS.some((s) => sameWord(token, s));
}

/** Whether the token is exactly a word of some intent (no typo forgiven: a name's word may be close). */
export function isExactIntentWord(token: Pick<Token, 'stem'>): boolean {
  return INTENT_STEM_SET.has(token.stem);
}

const INTENT_STEM_SET = new Set(INTENT_STEMS);

/** The phrase's words matched from `start`, allowing up to two fillers between words, or null. */
/** Units after which a number is a quantity said (« 60 jours », « 5 000 € »). */
const QUANTITY_UNITS = new Set([
  'jour',
  'jours',
  'j',
  'jr',
  'jrs',
  'mois',
  'semaine',
  'semaines',
  '€',
  'euros',
  'euro',
]);

/** A demonstrative before a time noun (« ce jour », « cette semaine ») is a moment, never skipped. */
const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette', 'ces']);
const TIME_NOUNS = new Set(['jour', 'jours', 'mois', 'semaine', 'annee', 'trimestre', 'matin', 'soir']);

function matchPhrase(
  tokens: readonly Token[],
  claimed: readonly boolean[],
  start: number,
  words: readonly Slot[],
): number[] | null {
  const at: number[] = [];
  let index = start;
  for (let w = 0; w < words.length; w++) {
    let skipped = 0;
    while (
      w > 0 &&
      index < tokens.length &&
      !words[w]!.test(tokens[index]!) &&
      (FILLERS.has(tokens[index]!.norm) ||
        // « supérieurs à 60 jours »: a number with its unit is a quantity, never skipped (it read
        // « à jour », up to date — twelfth round).
        (tokens[index]!.kind === 'number' && !QUANTITY_UNITS.has(tokens[index + 1]?.norm ?? ''))) &&
      // « à ce jour » is a day, never « à jour » (up to date) — thirty-fourth round.
      !(DEMONSTRATIVES.has(tokens[index]!.norm) && TIME_NOUNS.has(tokens[index + 1]?.norm ?? '')) &&
      skipped < 2
    ) {
      // « paie-t-elle en plusieurs fois »: the euphonic « t » of an inversion is no word skipped.
      if (tokens[index]!.norm !== 't') skipped++;
      index++;
    }
    const token = tokens[index];
    if (!token || claimed[index] || !words[w]!.test(token)) return null;
    at.push(index);
    index++;
  }
  return at;
}

export interface IntentFound {
  intent: QueryIntent | null;
  /** Token indexes of the winning intent's words (the others are given back: they may be a name). */
  words: number[];
  /** The winning intent's heaviest phrase, as written in the vocabulary (« nous doit »). */
  phrase: string | null;
  /** That phrase's weight (0 when no intent): a weak word (≤ 5) says little on its own. */
  weight: number;
}

/** Words of a firm's name that say nothing of it (« Cabinet Durand & Associés » is « Durand »). */
const FIRM_FILLERS = new Set([
  'cabinet',
  'avocat',
  'avocats',
  'associes',
  'associe',
  'et',
  'scp',
  'selarl',
  'selas',
  'aarpi',
  'sarl',
  'sas',
]);

/**
 * The configured law firm's name as a litigation phrase: « qu’est-ce qui est chez Aptos ? » for
 * Greenova's « Cabinet Aptos Avocats », « chez Durand » for another company's firm.
 */
export function lawFirmPhrases(lawFirmName: string | undefined): Phrase[] {
  if (!lawFirmName) return [];
  const words = lawFirmName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !FIRM_FILLERS.has(w));
  return words.map((w) => ({ intent: 'litigation' as const, weight: 9, source: [w], words: [slot(w)] }));
}

/** The intent of the question, taking its words. Reads every token, taken by an extractor or not. */
export function detectIntent(
  tokens: TokenSet,
  extraPhrases: readonly Phrase[] = [],
  /** An intent ruled out (its phrases are not read). */
  without?: QueryIntent,
  /** Tokens no phrase reads (the words of a customer's whole name: ./name-words.ts). */
  unread?: readonly boolean[],
): IntentFound {
  const list = tokens.list;
  const claimed = list.map((_, i) => unread?.[i] === true);
  const scores = new Map<QueryIntent, { best: number; sum: number; words: number[]; phrase: string }>();
  const phrases = extraPhrases.length
    ? [...BY_LENGTH, ...extraPhrases].sort((a, b) => b.words.length - a.words.length || b.weight - a.weight)
    : BY_LENGTH;
  for (const phrase of phrases) {
    if (phrase.intent === without) continue;
    for (let start = 0; start < list.length; start++) {
      const at = matchPhrase(list, claimed, start, phrase.words);
      if (!at) continue;
      for (const i of at) claimed[i] = true;
      const score = scores.get(phrase.intent) ?? { best: 0, sum: 0, words: [], phrase: '' };
      if (phrase.weight > score.best) score.phrase = phrase.source.join(' ');
      score.best = Math.max(score.best, phrase.weight);
      score.sum += phrase.weight;
      score.words.push(...at);
      scores.set(phrase.intent, score);
    }
  }
  let winner: QueryIntent | null = null;
  for (const intent of QUERY_INTENTS) {
    const score = scores.get(intent);
    if (!score) continue;
    const best = winner ? scores.get(winner)! : null;
    if (!best || score.best > best.best || (score.best === best.best && score.sum > best.sum))
      winner = intent;
  }
  const words = winner ? scores.get(winner)!.words : [];
  for (const i of words) if (tokens.isFree(i)) tokens.take({ start: i, end: i + 1 });
  const won = winner ? scores.get(winner)! : null;
  return { intent: winner, words, phrase: won?.phrase ?? null, weight: won?.best ?? 0 };
}

/** Whether some phrase of this intent is in the question (used to refine the winner). */
export function mentions(tokens: TokenSet, intent: QueryIntent): boolean {
  const claimed = tokens.list.map(() => false);
  return PHRASES.some(
    (p) =>
      p.intent === intent &&
      tokens.list.some((_, start) => matchPhrase(tokens.list, claimed, start, p.words)),
  );
}
