/**
 * What the question asks for, from its words: each intent has phrases with a weight (« balance
 * âgée » says more than « balance »). Longer phrases are matched first and keep their words, so
 * « taux d’impayés » is the overdue ratio, not a list of unpaid invoices. The best intent is the one
 * with the heaviest phrase (then the most phrases, then the order below).
 */
import type { QueryIntent } from '../query';
import { exact, word, type Slot, type TokenSet } from './patterns';
import { keywordStem, sameWord, type Token } from './tokens';

interface Phrase {
  intent: QueryIntent;
  weight: number;
  words: readonly Slot[];
  /** The words as written, for the vocabulary. */
  source: readonly string[];
}

/** Words allowed between two words of a phrase (at most two of them). */
const FILLERS = new Set(
  'le la les l de du des d en au aux a un une est sont ete qui que qu on nous il y t par pour sur et ont je tu vous se s ce cet cette ces mes nos notre vos leur leurs'.split(
    ' ',
  ),
);

/**
 * Short words are compared exactly (a stem of three letters or less would match too much), and so
 * are words written `=like-this` (where the stem would merge a noun with its participle).
 */
const slot = (w: string): Slot =>
  w.startsWith('=') ? exact(w.slice(1)) : keywordStem(w).length >= 4 ? word(w) : exact(w);

function phrases(intent: QueryIntent, weight: number, ...list: string[]): Phrase[] {
  return list.map((text) => {
    const written = text.split(' ');
    return { intent, weight, source: written.map((w) => w.replace(/^=/, '')), words: written.map(slot) };
  });
}

const PHRASES: readonly Phrase[] = [
  ...phrases('help', 10, 'que puis demander', 'que peux demander', 'que peut demander', 'quoi demander'),
  ...phrases('help', 10, 'aide question', 'aide questions', 'exemple question', 'exemples questions'),
  ...phrases('help', 10, 'quelles questions', 'que sais faire', 'que sait faire', 'questions possibles'),
  ...phrases('help', 9, 'poser question', 'poser questions', 'exemples'),
  ...phrases('help', 6, 'aide', 'help'),
  ...phrases('written_off', 9, 'passe perte', 'passees perte', 'creances perdues', 'abandon creance'),
  ...phrases('written_off', 8, 'perte', 'pertes', 'irrecouvrable', 'irrecouvrables'),
  ...phrases('written_off', 6, 'perdu', 'perdus', 'perdue', 'perdues'),
  ...phrases(
    'late_rate',
    9,
    'taux retard',
    'taux paiement retard',
    'taux factures retard',
    'pourcentage retard',
  ),
  ...phrases('late_rate', 9, 'proportion retard', '% retard', 'part factures retard', 'taux ponctualite'),
  ...phrases('late_rate', 8, 'payees retard', 'reglees retard', 'payee retard', 'reglee retard'),
  ...phrases('top_late_payers', 9, 'mauvais payeurs', 'mauvais payeur', 'pires payeurs', 'retardataires'),
  ...phrases('top_late_payers', 8, 'plus gros retards', 'plus en retard', 'plus retard', 'qui paie retard'),
  ...phrases('top_late_payers', 8, 'qui paient retard', 'classement retard', 'top retard', 'plus mauvais'),
  ...phrases('top_late_payers', 6, 'clients retard', 'payeurs', 'clients paient retard'),
  ...phrases('dso', 10, 'dso', 'days sales outstanding', 'delai moyen paiement', 'delai moyen encaissement'),
  ...phrases('dso', 9, 'delai moyen recouvrement', 'delai paiement moyen', 'delai moyen reglement'),
  ...phrases('dso', 7, 'delai encaissement', 'delai recouvrement', 'jours ventes', 'delai paiement'),
  ...phrases('dso', 6, 'delai reglement'),
  ...phrases('aged_balance', 10, 'balance agee', 'balance ages', 'balance anciennete', 'balance age'),
  ...phrases('aged_balance', 8, 'anteriorite', 'vieillissement', 'tranches retard', 'tranche retard'),
  ...phrases('aged_balance', 7, 'anciennete', 'tranches', 'ventilation'),
  ...phrases('aged_balance', 5, 'balance'),
  ...phrases('overdue_ratio', 9, 'taux echu', 'taux creances echues', 'part echue', 'part creances echues'),
  ...phrases('overdue_ratio', 9, 'pourcentage echu', 'taux impayes', 'taux impaye', 'part impayes'),
  ...phrases('overdue_ratio', 9, 'pourcentage impayes', 'encours echu', 'ratio creances'),
  ...phrases('overdue_ratio', 7, 'ratio', 'creances totales'),
  ...phrases('overdue_ratio', 6, 'creances echues'),
  ...phrases('litigation', 9, 'aptos', 'contentieux', 'recouvrement judiciaire'),
  ...phrases('litigation', 7, 'avocat', 'avocats', 'injonction'),
  ...phrases('litigation', 6, 'cabinet', 'transmis', 'transmises', 'transmise', 'transferees'),
  ...phrases('promises', 9, 'promesse', 'promesses'),
  ...phrases('promises', 7, 'promis', 'promise'),
  ...phrases(
    'disputes',
    9,
    'litige',
    'litiges',
    'litigieuse',
    'litigieuses',
    'contestation',
    'contestations',
  ),
  ...phrases(
    'disputes',
    7,
    'contestee',
    'contestees',
    'conteste',
    'contestes',
    'reclamation',
    'reclamations',
  ),
  ...phrases('disputes', 6, 'desaccord', 'desaccords'),
  ...phrases('payment_plans', 9, 'echeancier', 'echeanciers', 'plan paiement', 'plans paiement'),
  ...phrases('payment_plans', 9, 'plan reglement', 'plans reglement', 'paiement echelonne', 'echelonnement'),
  ...phrases('payment_plans', 7, 'etalement', 'paiements echelonnes', 'paiement plusieurs fois'),
  ...phrases('planned_actions', 8, 'faire aujourd hui', 'relances prevues', 'relances a faire'),
  ...phrases(
    'planned_actions',
    8,
    'relances a envoyer',
    'relances a mener',
    'actions prevues',
    'actions jour',
  ),
  ...phrases(
    'planned_actions',
    8,
    'programme jour',
    'que dois faire',
    'relances proposees',
    'actions proposees',
  ),
  ...phrases(
    'planned_actions',
    7,
    'relances jour',
    'relances aujourd hui',
    'a faire',
    'quoi faire',
    'a relancer',
  ),
  ...phrases('journal_activity', 8, 'relances envoyees', 'actions menees', 'decisions prises', 'ete fait'),
  ...phrases('journal_activity', 8, 'journal', 'qui a fait', 'qu a fait', 'a t on fait'),
  ...phrases('journal_activity', 6, 'activite', 'realise', 'realisee', 'realisees', 'traite', 'traitees'),
  ...phrases('journal_activity', 5, 'envoye', 'envoyee', 'envoyees', 'envoyes', 'fait', 'faites'),
  ...phrases('journal_activity', 3, '=relances', '=relance'),
  ...phrases('collected', 9, 'paiements recus', 'reglements recus', 'paiement recu', 'reglement recu'),
  ...phrases('collected', 8, 'encaisse', 'encaisses', 'encaissement', 'encaissements', 'encaissee'),
  ...phrases('collected', 6, 'rentre', 'rentres', 'recu', 'recus', 'virements', 'ete paye', 'ete regle'),
  ...phrases('collected', 5, 'tresorerie', 'cash', 'paiements', 'reglements'),
  ...phrases(
    'collected',
    4,
    '=paye',
    '=payee',
    '=payees',
    '=payes',
    '=regle',
    '=reglee',
    '=reglees',
    '=regles',
  ),
  ...phrases('unpaid_invoices', 7, 'non paye', 'non payees', 'non regle', 'non reglees', 'pas paye'),
  ...phrases('unpaid_invoices', 7, 'pas regle', 'pas encore paye', 'attente paiement', 'en souffrance'),
  ...phrases('unpaid_invoices', 6, 'impaye', 'impayee', 'impayes', 'impayees', 'arrieres', 'arrieree'),
  ...phrases('unpaid_invoices', 4, 'restant du', 'reste payer', 'reste a payer', '=relancee', '=relancees'),
  ...phrases('unpaid_invoices', 3, 'en retard', 'echue', 'echues', 'echu', 'echus'),
  ...phrases('unpaid_invoices', 2, 'retard', 'retards'),
  ...phrases('unpaid_invoices', 1, 'factures', 'facture', 'creances', 'creance'),
  ...phrases('customer_balance', 8, 'nous doit', 'combien doit', 'ou en est', 'que doit'),
  ...phrases('customer_balance', 7, 'doit', 'doivent', 'solde', 'soldes', '=encours'),
  ...phrases('customer_balance', 5, 'situation', 'dette', 'dettes', 'compte'),
];

/** Priority when two intents tie (more specific first). */
const ORDER: readonly QueryIntent[] = [
  'help',
  'written_off',
  'late_rate',
  'top_late_payers',
  'dso',
  'aged_balance',
  'overdue_ratio',
  'litigation',
  'promises',
  'disputes',
  'payment_plans',
  'planned_actions',
  'journal_activity',
  'collected',
  'customer_balance',
  'unpaid_invoices',
];

const BY_LENGTH = [...PHRASES].sort((a, b) => b.words.length - a.words.length || b.weight - a.weight);

const INTENT_STEMS = [...new Set(PHRASES.flatMap((p) => p.source).map(keywordStem))].filter(
  (s) => s.length >= 3,
);

/** Whether the token is a word of some intent (a losing intent's word is not a name either). */
export function isIntentWord(token: Pick<Token, 'stem' | 'norm'>): boolean {
  return INTENT_STEMS.some((s) => sameWord(token, s));
}

/** The phrase's words matched from `start`, allowing up to two fillers between words, or null. */
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
      FILLERS.has(tokens[index]!.norm) &&
      skipped < 2
    ) {
      index++;
      skipped++;
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
}

/** The intent of the question, taking its words. Reads every token, taken by an extractor or not. */
export function detectIntent(tokens: TokenSet): IntentFound {
  const list = tokens.list;
  const claimed = list.map(() => false);
  const scores = new Map<QueryIntent, { best: number; sum: number; words: number[]; phrase: string }>();
  for (const phrase of BY_LENGTH) {
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
  for (const intent of ORDER) {
    const score = scores.get(intent);
    if (!score) continue;
    const best = winner ? scores.get(winner)! : null;
    if (!best || score.best > best.best || (score.best === best.best && score.sum > best.sum))
      winner = intent;
  }
  const words = winner ? scores.get(winner)!.words : [];
  for (const i of words) if (tokens.isFree(i)) tokens.take({ start: i, end: i + 1 });
  return { intent: winner, words, phrase: winner ? scores.get(winner)!.phrase : null };
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
