/**
 * Short, glued and mistyped questions (issue 16, thirteenth round: the director on a tablet on the
 * train, someone typing with one hand, a franglais finance manager), rewritten before anything
 * reads the question:
 * - **glued and clipped periods**: a period word glued to its determiner (« cemois », « cettesemaine »,
 *   « cetteannee ») is split; « sem » after « cette / la / une / chaque / par » is « semaine »
 *   (« sem pro », « sem der » are ./autocorrect.ts'); « mise(s) en dem » is « mise(s) en demeure »;
 * - **fatigue typos**: a lower-case word of four letters or more that is no word the parser knows,
 *   no word of a customer's name, and one slip (a letter missing or added, or two swapped — never a letter changed, which makes
 *   other words)
 *   away from one of the domain's words below is read as that word (« impyés », « paiemnt »,
 *   « retrad », « fair », « encaisemnts »);
 * - **two questions glued**: « impayés entre 30 et 60j ? et le DSO » answers the first question
 *   (the labelling brief); « fiche SGH et tel ? » opens the card (the first command);
 * - **status words**: « le status / statut de X », « un (quick) update sur X », « point (sur) X » with
 *   no figure named after them are « où en est X » (the customer's balance);
 * - **the law firm's step in plain words**: « escalader au cabinet » is « transmettre au cabinet »,
 *   « transmissions cabinet » « transmissions au cabinet », « collecté » « encaissé », « pre-reminders »
 *   the pre-due reminder;
 * - **a keyword search**: « impayes leclerc », a list and a bare word, names the customer asked for
 *   (unknown when none has that name).
 */
import { detectIntent } from './intents';
import { TokenSet } from './patterns';
import { readableTokens } from './phrasings';
import { normalizeWord, stem, tokenize, type Token } from './tokens';
import type { QueryIntent } from '../catalogue';
import { isExactStopWord } from './vocabulary';

/** The domain's words a word typed in haste is read back to (normalised, no accents). */
const TARGETS = `
impaye impayes impayee impayees paiement paiements retard retards faire encaisse encaisses encaissement
encaissements facture factures relance relances promesse promesses litige litiges echeance echeances
semaine semaines cabinet demeure envoyee envoyees prevues prevue combien clients client dossier dossiers
balance creances contentieux historique
`
  .split(/\s+/)
  .filter(Boolean);
const TARGET_SET = new Set(TARGETS);

/**
 * Whether `typed` is `meant` with one slip of a tired hand: a letter missing or doubled, or two
 * neighbours swapped. A letter changed is not one: it makes other words (« envoyer » / « envoyée »).
 */
export function oneSlipAway(typed: string, meant: string): boolean {
  if (typed === meant || Math.abs(typed.length - meant.length) > 1) return false;
  let i = 0;
  while (i < typed.length && i < meant.length && typed[i] === meant[i]) i++;
  if (typed.length === meant.length)
    return (
      typed[i] === meant[i + 1] && typed[i + 1] === meant[i] && typed.slice(i + 2) === meant.slice(i + 2)
    );
  return typed.length < meant.length
    ? typed.slice(i) === meant.slice(i + 1)
    : typed.slice(i + 1) === meant.slice(i);
}

/** The domain word a word typed in haste means, or null (a known word or a name's word never). */
export function typedInHaste(raw: string, isNameWord: (norm: string) => boolean): string | null {
  if (raw.length < 4 || !/^\p{Ll}+$/u.test(raw)) return null;
  const norm = normalizeWord(raw);
  if (TARGET_SET.has(norm) || isExactStopWord(norm) || isNameWord(norm)) return null;
  // The first two letters are typed right (« revue » is no « prévue »), and a form of the domain
  // word (« facturées », « encaisser », « relancer ») is that form, no slip.
  const found = TARGETS.filter(
    (t) =>
      t.length >= 5 &&
      t.slice(0, 2) === norm.slice(0, 2) &&
      !norm.startsWith(stem(t)) &&
      stem(norm) !== stem(t) &&
      oneSlipAway(norm, t),
  );
  // Two domain words one edit away (« relancé » / « relances »): the word is not read as either.
  const meant = new Set(found.map((t) => t.replace(/s$/, '')));
  return meant.size === 1 ? found[0]! : null;
}

/** Words the asker may type in haste that are no typo (French words, English ones). */
const ORDINARY = new Set(['fais', 'fait', 'fair', 'fire', 'faite', 'dose', 'dossie']);

/** The text with words typed in haste written as the domain's words. */
export function withHasteTypos(text: string, isNameWord: (norm: string) => boolean): string {
  return text.replace(/\p{L}+/gu, (word, at: number) => {
    // « tu sais fair quoi »: « fair » before « quoi » is « faire »; otherwise an English word.
    if (word === 'fair') return /^\s+(?:quoi|koi)\b/iu.test(text.slice(at + 4)) ? 'faire' : word;
    if (ORDINARY.has(word)) return word;
    // A word glued to an apostrophe or a hyphen is part of another (« aujourd'hui », « J-5 »).
    if (/[-'’]$/.test(text.slice(0, at)) || /^[-'’]/.test(text.slice(at + word.length))) return word;
    return typedInHaste(word, isNameWord) ?? word;
  });
}

const GLUED_PERIOD = /\b(ce|cet|cette)(mois|semaine|sem|trimestre|matin|soir|annee|année|jour)(?!\p{L})/giu;
const CLIPPED_WEEK = /\b(cette|la|une|chaque|par|de\s+la)\s+sem\b(?!\p{L}|-)/giu;
const CLIPPED_NOTICE = /\b(mises?)\s+en\s+dem\b(?!\p{L})/giu;
/**
 * « ? et le DSO », « ? + le taux », « ? puis les litiges »: a second question glued to the first —
 * only after a first one (a word before the « ? »: « ? et bb » alone is no question, not the help).
 */
const SECOND_QUESTION = /\?\s*(?:et|\+|puis|aussi|&)\s+\S/uy;

/**
 * The text up to the first « ? » that closes a question and opens a second one. Found « ? » by « ? »
 * (a look-behind over everything before each « ? » read long texts once per position).
 */
function withoutSecondQuestion(text: string): string {
  let previous = 0;
  for (let at = text.indexOf('?'); at >= 0; previous = at + 1, at = text.indexOf('?', at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text.slice(previous, at))) continue;
    SECOND_QUESTION.lastIndex = at;
    if (SECOND_QUESTION.test(text)) return text.slice(0, at + 1);
  }
  return text;
}
/** « fiche SGH et tel ? »: the card and a contact asked together — the card, asked first. */
const CARD_THEN_CONTACT =
  /^(\s*(?:la\s+)?(?:fiche|carte)\b[^?]*?)\s+(?:et|\+|&)\s+(?:(?:son|le|les|ses)\s+)?(?:t[ée]l|t[ée]l[ée]phone|num[ée]ro|num|mail|e-?mail|coordonn[ée]es|contact)\b[^?]*/iu;
/**
 * « quel est le statut de X ? », « est-ce que vous pouvez me dire le statut de X ? » (thirty-second
 * round): the question's opening before « le statut » — never before « le point » (« c'est quoi le
 * point mort »).
 */
const ASKED_STATUS =
  /^\s*(?:quel\s+est|c['’]est\s+quoi|(?:est[-\s]ce\s+que\s+)?(?:vous\s+pouvez|tu\s+peux|pouvez[-\s]vous|peux[-\s]tu)\s+me\s+dire)\s+(?=(?:le|son|leur)\s+(?:statut|status)\b)/iu;
const STATUS =
  /^\s*(?:(?:give\s+me|donne[-\s]?moi|fais[-\s]?moi|je\s+veux)\s+)?(?:(?:le|son|leur)\s+)?(?:(?:un|une|petit|petite|quick|rapide)\s+)*(?:status|statut|update|updat|point)\s+(?:(?:de|du|des|sur|on|concernant)\s+)?(?:(?:status|update)\s+(?:(?:de|du|des|sur|on)\s+)?)?/iu;
const ESCALATE =
  /\bescalad(?:er|e|es|é|ée|és|ées)\s+(?:au|à\s+l['’]|a\s+l['’]?|chez\s+l['’]|chez\s+le)\s*(?:cabinet|avocat|contentieux)(?!\p{L})/giu;
const TRANSFERS_BARE = /\b(transmissions?|passages?)\s+(cabinet|contentieux)\b/giu;
const COLLECTED = /\bcollect(?:é|e|ée|ee|és|es|ées|ees)(?!\p{L})/giu;
const PRE_REMINDERS = /\bpre[-\s]?(?:reminders?|relances?)\b/giu;

/** « point hotel du parc ? »: whether what follows a status word names no figure of its own. */
function namesNoFigure(rest: string): boolean {
  const found = detectIntent(new TokenSet(readableTokens(tokenize(rest))), []);
  return found.intent === null || found.intent === 'customer_balance';
}

/**
 * « point hebdo », « point sgh »: « point » alone before one word in lower case — a customer's only
 * when a customer's name has that word or that acronym (« sgh »; without the customers, the parse
 * with them decides).
 */
export function pointBeforeOneWord(text: string): boolean {
  return /^\s*[Pp]oint\s+\p{Ll}+\s*\??\s*$/u.test(text);
}

/** The text with glued and clipped words, status words and two glued questions read as one. */
export function withOneHandTyping(text: string, isNameWord: (norm: string) => boolean): string {
  let out = text
    // « cesemaine » is « cette semaine », whatever the determiner typed.
    .replace(GLUED_PERIOD, (_, det: string, period: string) =>
      /^(?:semaine|sem|annee|année)$/iu.test(period) ? `cette ${period}` : `${det} ${period}`,
    )
    .replace(CLIPPED_WEEK, '$1 semaine')
    .replace(CLIPPED_NOTICE, '$1 en demeure')
    .replace(ESCALATE, 'transmettre au cabinet')
    .replace(TRANSFERS_BARE, '$1 au $2')
    .replace(COLLECTED, 'encaissé')
    .replace(PRE_REMINDERS, 'prévenances');
  out = withoutSecondQuestion(out).replace(CARD_THEN_CONTACT, '$1');
  out = out.replace(ASKED_STATUS, '');
  const status = STATUS.exec(out);
  const rest = status ? out.slice(status[0].length) : '';
  // « point hebdo », « point mort »: « point » alone before one word in lower case is no customer's.
  const oneCommonWord = pointBeforeOneWord(out) && !isNameWord(normalizeWord(rest.replace(/[\s?]/g, '')));
  if (status && status[0].trim() !== '' && !oneCommonWord) {
    // « un quick update sur les impayés »: a figure named after the status word is that figure.
    if (namesNoFigure(rest)) out = `où en est ${rest}`;
    else if (/\S/.test(rest)) out = rest;
  }
  return out;
}

/** Lists a customer's name narrows down (« impayes leclerc », « litiges auchan », « promesses lidl »). */
const CUSTOMER_LISTS = new Set<QueryIntent>(['unpaid_invoices', 'disputes', 'promises', 'payment_plans']);

/**
 * « impayes leclerc »: a list and a bare word, three words at most, as typed in a search box — the
 * bare word is the customer asked for (unknown when no customer has that name), never left out.
 */
export function keywordSearchOfACustomer(
  intent: QueryIntent | null,
  words: readonly Token[],
  bare: string | undefined,
): boolean {
  if (intent === null || !CUSTOMER_LISTS.has(intent) || bare === undefined) return false;
  if (words.filter((w) => w.kind !== 'symbol').length > 3) return false;
  // « impayés nat » (a fragment, offered as « vouliez-vous dire »), « créances douteuses » (an
  // adjective): too short, or ending as a French adjective or noun does, it is no company's name.
  return normalizeWord(bare)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((w) => w.length >= 4 && !COMMON_WORD.test(w));
}

const COMMON_WORD =
  /(?:euses?|eux|ees?|ives?|ales?|aux|iques?|ables?|ibles?|ante?s?|ente?s?|ieres?|oires?|ments?|tions?|eurs?)$/;
