/**
 * Requests Relances does not do (« envoie des fleurs à la SGH », « quel temps fait-il à Lyon
 * demain ? », « quelle météo à Villeurbanne ce week-end ? ») must not be read as a question about
 * figures because one weak word of the vocabulary (« envoie », « fait », « prévue ») is in them.
 * The sign: a word understood neither as vocabulary nor as a customer's name, placed as the object
 * of the sentence — right after an article or an interrogative determiner (« des fleurs »,
 * « un devis », « quel temps », « quelle météo ») — unless its complement is a word of the
 * vocabulary (« entre les mains de notre avocat »).
 */
import { isIntentWord } from './intents';
import type { TokenSet } from './patterns';
import { isStopWord } from './vocabulary';

/** Determiners that open a noun phrase: the word after them is what the sentence is about. */
const DETERMINERS = new Set(
  'un une des du le la les l quel quelle quels quelles ce cet cette ces mon ma mes son sa ses'.split(' '),
);

/** Adjectives placed before their noun (size, age, goodness, rank), in any gender and number. */
const PRENOMINAL =
  /^(?:petite?s?|gros|grosse?s?|grande?s?|vieux|vieil|vieille?s?|jeunes?|nouveaux?|nouvel|nouvelles?|bonn?e?s?|mauvaise?s?|belle?s?|beaux?|longue?s?|haute?s?|premiere?s?|derniere?s?|seule?s?|vraie?s?|moyenn?e?s?|anciens?|anciennes?|pires?|meilleure?s?|principale?s?|principaux|gros)$/;

/**
 * Whether a word left free by the extractors and the intent, outside the names said
 * (`named`: token indexes of customers' names, known or not), is a noun right after a determiner.
 */
export function hasObjectOutsideDomain(
  tokens: TokenSet,
  named: ReadonlySet<number>,
  /** The question as typed and the token indexes of its intent's words: only their clause is read. */
  asked?: { source: string; words: readonly number[] },
): boolean {
  const clause = asked ? clausesOf(tokens, asked.source) : null;
  const main = clause && asked ? new Set(asked.words.map((i) => clause[i])) : null;
  return tokens.list.some((token, at) => {
    if (at === 0 || !tokens.isFree(at) || named.has(at)) return false;
    // « les impayés de plus de 5 000 €, afin de préparer la réunion »: a noun of another clause
    // (after a comma, a colon, a full stop) is not what is asked.
    if (clause && main && main.size > 0 && !main.has(clause[at])) return false;
    if (token.kind !== 'word' || token.norm.length < 3) return false;
    if (isStopWord(token) || isIntentWord(token)) return false;
    // A capital inside the sentence is a name (« le Novotel »); the adjectives French puts before
    // the noun qualify it (« les petits impayés », « les gros retards »).
    if (token.raw !== token.raw.toLowerCase() || PRENOMINAL.test(token.norm)) return false;
    if (!DETERMINERS.has(tokens.list[at - 1]!.norm)) return false;
    return !completedByTheDomain(tokens, at);
  });
}

const OF = new Set(['de', 'du', 'des', 'd']);
const POSSESSIVES = new Set(
  'le la les l un une notre nos votre vos mon ma mes son sa ses leur leurs ce cette ces'.split(' '),
);

/**
 * « les mains de notre avocat », « le détail des litiges »: a noun whose complement is a word of the
 * vocabulary is part of what is asked, not an object outside the domain.
 */
function completedByTheDomain(tokens: TokenSet, at: number): boolean {
  let next = at + 1;
  if (!OF.has(tokens.list[next]?.norm ?? '')) return false;
  next++;
  while (next < tokens.list.length && POSSESSIVES.has(tokens.list[next]!.norm)) next++;
  const head = tokens.list[next];
  return head !== undefined && head.kind === 'word' && isIntentWord(head);
}

/** For each token, the index of its clause: punctuation between two tokens (, ; : . ! ?) starts a new one. */
function clausesOf(tokens: TokenSet, source: string): number[] {
  let clause = 0;
  return tokens.list.map((token, at) => {
    const previous = tokens.list[at - 1];
    if (previous && /[,;:.!?]/.test(source.slice(previous.end, token.start))) clause++;
    return clause;
  });
}

/** The suppliers' side (« nos fournisseurs », « factures fournisseurs », « achats »): not receivables. */
const SUPPLIERS = new Set(
  'fournisseur fournisseurs achat achats supplier suppliers vendor vendors payables'.split(' '),
);

/**
 * Orders that change or delete what Relances keeps or does not keep (« supprime toutes les
 * factures », « annule la relance de … », « modifie le montant », « augmente nos prix »): the
 * commands in plain words are read before (./commands.ts); such an order that is none of them is
 * not a question about figures.
 */
// Only forms that are no noun: « baisse », « réserve », « commande », « change » open questions too
// (« baisse des impayés vs le mois dernier ? », « réserve de propriété »).
const CHANGING =
  /^(?:supprime|supprimer|supprimez|efface|effacer|effacez|annule|annuler|annulez|modifie|modifier|modifiez|changer|changez|corrige|corriger|corrigez|augmenter|augmentez|baisser|baissez|reserver|reservez|commander|commandez|delete|remove|cancel|modify|update)$/;

/** Whether the question is about another side of the business, or orders a change Relances does not make. */
export function asksOutsideReceivables(tokens: TokenSet): boolean {
  const words = tokens.list.filter((t) => t.kind === 'word');
  if (words.some((t) => SUPPLIERS.has(t.norm))) return true;
  return words.length > 0 && CHANGING.test(words[0]!.norm);
}
