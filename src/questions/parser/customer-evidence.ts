/**
 * Whether words of a question name a customer, and which: a span of words becomes a customer only
 * on evidence — its code (« C007 »), an alias or the whole name, the acronym of the name's
 * significant words (« SGH », « de la sgh »), or words of the name of which one is distinctive
 * (« Biocoop », « Tilleuls », not « Lyon », « Services », « Les ») or at least two (« Vie Claire »,
 * « Bon Point »). A word of the question's own vocabulary, a question word, an informal word (« koi »,
 * « fric »), a number, an ordinal day (« 1er ») or an invoice number (« F2026-1042 ») is never a name
 * on its own; a typo is forgiven on long words only, a prefix from four letters only (« va » is not
 * « Vaise »).
 *
 * Pure: the index of the customers' names is built once per list of customers.
 */
import { acronymOf, editDistance, nameWords, namesOf, normalizeText } from '../../domain/customer-search';
import type { Customer } from '../../domain/ledger';
import {
  CAPITALS_ONLY,
  KIND_WORDS,
  kindVariants,
  pluralOfAKind,
  SAID_WORDS,
  WORDS_OF_A_KIND,
} from './customer-kinds';
import { isFirstName } from './first-names';
import { isExactIntentWord } from './intents';
import { isPlainNoun } from './plain-nouns';
import type { Token } from './tokens';
import { isExactStopWord } from './vocabulary';
import { memoByCustomers } from './customer-memo';

/** Glue inside a name (« Hôtel du Parc »): allowed inside a span, never its evidence. */
export const GLUE = new Set([
  'le',
  'la',
  'les',
  'de',
  'du',
  'des',
  'd',
  'l',
  'et',
  'au',
  'aux',
  'en',
  'a',
  'sur',
]);

/**
 * Words of names that say nothing on their own: legal forms, business words shared by many
 * names, big cities and regions, ordinary short words. Two of them together may still name one.
 */
const GENERIC = new Set(
  `sa sarl sas sasu eurl sci snc scop ste societe ets etablissement etablissements groupe group cie compagnie
  services service industrie industries france international holding distribution commerce entreprise
  centre fils freres associes general generale generales generaux nouveau nouvelle grand grande petit petite
  petits petites bon bonne vie net part dieu saint sainte st
  lyon paris marseille toulouse nice nantes strasbourg montpellier bordeaux lille rennes grenoble reims
  rhone alpes auvergne bretagne normandie provence sud nord est ouest`
    .split(/\s+/)
    .filter(Boolean),
);

/** Informal, SMS and question words people type that are no name (whatever the portfolio). */
const INFORMAL = new Set(
  `koi kwa quoi kon ke keske kesk c ces cest sa ca va vas vais vont allons allez mieux pire fric thune thunes oseille pognon blé ble
  balles bilan point etat total bcp bcq pb pbm tt tte ts tjs toujours pr ds dc jsp chui suis g ya yen yaura
  stp svp plz pls mrc merci bah ben euh hein bon genre truc trucs machin chose choses bref ok okay oki accord dac
  vite rapide rapidement urgent aujourdhui auj demain hier bientot tard tot matin soir midi aprem soiree nouveau nouveaux nouvelle nouvelles combien cb cmb cbien qd quand ou
  premier premiere deuxieme second seconde troisieme quatrieme dernier derniere quinzaine moitie
  gros grosse grosses plus moins max maximum min minimum mec boss chef patron
  credit controleur controleuse comptable compta comptabilite personne personnes gens monde directeur
  directrice direction commercial commerciale commerciaux equipe boite fournisseur fournisseurs banque
  argent temps meteo fleurs cadeau moyenne traine trainent coince bloque souci soucis probleme problemes
  risque risques urgence priorite priorites info infos news nouvelles resume recap synthese tableau
  chiffre chiffres stats statistiques graphique courbe evolution tendance comparaison
  lundi mardi mercredi jeudi vendredi samedi dimanche programme sortie sorties
  propre propres vrai vrais vraiment meme memes seul seuls seule seules autre autres certain certains
  pres peu environ realisation concretisation execution seulement uniquement grandeur`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * English words a question may use (« show me overdue invoices above 60 days »), and a query's
 * (« impayés where client = … », « select … limit 5 »: twenty-eighth round).
 */
const ENGLISH = new Set(
  `show me list give get tell what which who whom how much many the of for from in on at by to is are was were
  do does did done owes owe owed us our we my most more less than above over under below between and or this
  that these those last next month months week weeks year years today yesterday tomorrow balance aged amount
  please top worst biggest largest debtors debtor paid pay collected received payments payment promises promise
  disputes disputed dispute litigation law firm plans plan rate ratio trend evolution compared versus help can
  could would should i ask with without all any their still open outstanding due past since until before after
  days day invoices invoice overdue unpaid late payers payer customers customer clients client letters letter
  sent send reminders reminder actions action planned lawyer lawyers registered ones one total sum doing
  better worse than compare vs per by what whats it its there
  where select limit desc asc count sum group having then else null like distinct join update`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word with digits (an invoice number « F2026 », an ordinal « 1er », « 5e ») is no name unless it is a code. */
const HAS_DIGIT = /\p{N}/u;

/** Whether the word can never be a name on its own (its span needs another word of the name). */
export function neverNameAlone(token: Pick<Token, 'norm' | 'stem' | 'kind'>): boolean {
  if (token.kind !== 'word') return true;
  const norm = token.norm;
  return (
    norm.length < 2 ||
    HAS_DIGIT.test(norm) ||
    GLUE.has(norm) ||
    INFORMAL.has(norm) ||
    isPlainNoun(norm) ||
    ENGLISH.has(norm) ||
    isExactStopWord(norm) ||
    isExactIntentWord(token)
  );
}

interface NameForm {
  /** The words, apostrophes splitting them. */
  words: string[];
  /** The words that are not glue. */
  significant: string[];
  /** Whether each significant word says enough alone. */
  distinctive: boolean[];
  /** The significant words, space-separated (a name typed whole). */
  full: string;
  /** From each word, the rest of the name joined, glue included (« dhygiene », « croixrousse »), with the significant word it starts at or before. */
  joins: Array<{ text: string; significant: number }>;
  acronym: string | null;
  /** A form with the name's kind said in an everyday way (./customer-kinds.ts), not as written. */
  variant: boolean;
}

interface Entry {
  customer: Customer;
  code: string;
  /** The code without the zeros that lead its number (« c13 » for « C013 »), or null for another shape. */
  codeKey: string | null;
  forms: NameForm[];
  /** The significant words of all its forms, once each. */
  words: string[];
}

interface Index {
  entries: Entry[];
  /** The entries a typed word fits some word of, by the word (filled as questions come). */
  fitting: Map<string, Entry[]>;
  /** Every significant word of the names: two typed words are tried as one only when they make one. */
  words: ReadonlySet<string>;
  /** The codes' letters, with their numbers' longest length (« c » → 3 for « C013 »). */
  codeShapes: ReadonlyMap<string, number>;
}

function formOf(name: string, kindSaid?: readonly string[]): NameForm {
  const words = kindSaid ? [...kindSaid] : nameWords(name);
  const significant = words.filter((w) => !GLUE.has(w));
  return {
    words,
    significant,
    distinctive: significant.map(
      (w) =>
        KIND_WORDS.has(w) ||
        (w.length >= 3 &&
          !WORDS_OF_A_KIND.has(w) &&
          !HAS_DIGIT.test(w) &&
          !GENERIC.has(w) &&
          !INFORMAL.has(w) &&
          !ENGLISH.has(w) &&
          !isExactStopWord(w)),
    ),
    full: significant.join(' '),
    joins: words.map((_, i) => ({
      text: words.slice(i).join(''),
      significant: words.slice(0, i).filter((w) => !GLUE.has(w)).length,
    })),
    acronym: kindSaid ? null : acronymOf(name),
    variant: kindSaid !== undefined,
  };
}

/** A name's forms: as written, then with its kind said in each everyday way (./customer-kinds.ts). */
function formsOf(name: string): NameForm[] {
  return [formOf(name), ...kindVariants(nameWords(name)).map((said) => formOf(name, said))];
}

/**
 * Whether a typed word has the shape of the customers' codes (« C130 » when codes are « C013 »: the
 * same letters, a number at most one digit longer) though it is none of them: an unknown customer,
 * never a word to ignore. Invoice numbers, steps and quarters (« F2026 », « J20 », « T1 ») have
 * other letters.
 */
export function codeLike(token: Token, customers: readonly Customer[]): boolean {
  const typed = /^(\p{L}+)(\d+)$/u.exec(token.norm);
  if (!typed) return false;
  const digits = indexOf(customers).codeShapes.get(typed[1]!);
  return digits !== undefined && typed[2]!.length <= digits + 1;
}

/** Letters then a number (« c013 »), the number's leading zeros dropped (« c13 »); null otherwise. */
function codeKey(code: string): string | null {
  const parts = /^(\p{L}+)0*(\d+)$/u.exec(code);
  return parts ? `${parts[1]}${parts[2]}` : null;
}

const indexOf = memoByCustomers((customers): Index => {
  const entries = customers.map((customer) => {
    const forms = namesOf(customer).flatMap(formsOf);
    const code = normalizeText(customer.code);
    return {
      customer,
      code,
      codeKey: codeKey(code),
      forms,
      words: [...new Set(forms.flatMap((f) => f.significant))],
    };
  });
  const words = new Set(entries.flatMap((e) => e.words));
  const codeShapes = new Map<string, number>();
  for (const e of entries) {
    const code = /^(\p{L}+)(\d+)$/u.exec(e.code);
    if (code) codeShapes.set(code[1]!, Math.max(codeShapes.get(code[1]!) ?? 0, code[2]!.length));
  }
  return { entries, fitting: new Map(), words, codeShapes };
});

/** The entries with a word the typed word fits (the candidates of any span it starts). */
function fittingEntries(index: Index, typed: string): Entry[] {
  let found = index.fitting.get(typed);
  if (!found) {
    found = index.entries.filter(
      (e) =>
        e.words.some((word) => fitWord(typed, word) !== null) ||
        (typed.length >= 6 &&
          !isFirstName(typed) &&
          e.forms.some((f) => f.joins.some((j) => j.text.startsWith(typed)))),
    );
    if (index.fitting.size > 10_000) index.fitting.clear();
    index.fitting.set(typed, found);
  }
  return found;
}

type Fit = 'exact' | 'prefix' | 'typo';

/** How a typed word fits a word of the name at `i` (or the words from `i` typed as one), or null. */
function fitAt(typed: string, form: NameForm, i: number): Fit | null {
  return fitWord(typed, form.significant[i]!);
}

/** How a typed word fits a word of a name, or null. */
function fitWord(typed: string, word: string): Fit | null {
  if (typed === word) return 'exact';
  // A first name is a person unless it is the name's very word (« Julie » is not « Julien »).
  if (isFirstName(typed)) return null;
  // « les restaurants », « les hôpitaux »: a kind in the plural is never one customer.
  if (pluralOfAKind(typed)) return null;
  if (typed.length >= 4 && word.startsWith(typed)) return 'prefix';
  if (typed.length >= 6 && typed[0] === word[0]) {
    const max = typed.length >= 9 ? 2 : 1;
    if (editDistance(typed, word, max) <= max) return 'typo';
  }
  return null;
}

/** Strength of the evidence a span gives for a name form: 0 for none. */
/**
 * The typed words as the name's words: two typed words that together make a word of the name are
 * one (« bio coop » for « Biocoop », « inter marché »).
 */
function unitsFor(said: readonly Token[], form: NameForm): Token[] {
  const units: Token[] = [];
  for (let k = 0; k < said.length; k++) {
    const next = said[k + 1];
    const joined = next ? said[k]!.norm + next.norm : '';
    if (next && next.kind === 'word' && form.significant.includes(joined)) {
      units.push({ ...said[k]!, raw: said[k]!.raw + next.raw, norm: joined, stem: joined, end: next.end });
      k++;
    } else units.push(said[k]!);
  }
  return units;
}

function evidence(said: readonly Token[], form: NameForm, split = false): number {
  const typed = split ? unitsFor(said, form) : said;
  const words = typed.map((t) => t.norm);
  if (words.join(' ') === form.full) return 4;
  let distinctive = false;
  let exact = 0;
  /** Whether the words come in the name's order (« bon point », not « pas les petites »). */
  let inOrder = true;
  let lastAt = -1;
  for (const [k, token] of typed.entries()) {
    let best: { fit: Fit; i: number } | null = null;
    for (let i = 0; i < form.significant.length && best?.fit !== 'exact'; i++) {
      const fit = fitAt(words[k]!, form, i);
      if (fit && (!best || fit === 'exact')) best = { fit, i };
    }
    if (!best && words[k]!.length >= 6 && !isFirstName(words[k]!)) {
      // Several words of the name typed as one (« dhygiene », « croixrousse »).
      const join = form.joins.find((j) => j.text.startsWith(words[k]!));
      if (join && join.significant < form.significant.length) best = { fit: 'prefix', i: join.significant };
    }
    if (!best) return 0;
    if (best.fit === 'exact') exact++;
    if (best.i <= lastAt) inOrder = false;
    lastAt = best.i;
    // A word of the question's vocabulary only names a customer along with another word of it.
    // « le CH » names the hospital; « ch » in lower case may be anything typed short.
    const lowerShortKind = CAPITALS_ONLY.has(words[k]!) && token.raw !== token.raw.toUpperCase();
    if (form.distinctive[best.i] && !neverNameAlone(token) && !lowerShortKind) distinctive = true;
  }
  if (distinctive) return exact === typed.length ? 3 : 2;
  // No distinctive word: shared words name a customer only all typed whole and in the name's order
  // (« bon point », « part dieu »), never in another order or misspelt (« pas les petites » is not
  // « Les Petits Pas »).
  return typed.length >= 2 && exact === typed.length && inOrder ? 1 : 0;
}

/** The acronym typed: three letters or more, or two in capitals (« JB »); never a word of the vocabulary. */
function acronymTyped(token: Token, afterChez = false): boolean {
  if (token.kind !== 'word' || !/^\p{L}+$/u.test(token.norm) || token.norm.length > 8) return false;
  // Two letters in lower case only right after « chez » (« chez jb »), never a word of the vocabulary.
  if (token.norm.length === 2 && afterChez && token.raw !== token.raw.toUpperCase())
    return !neverNameAlone(token);
  if (token.norm.length < 3 && !(token.norm.length === 2 && token.raw === token.raw.toUpperCase()))
    return false;
  // A capitalised acronym wins over an ordinary word (« la SGH ») but not over the vocabulary (« DSO »).
  return token.raw === token.raw.toUpperCase() ? !isExactStopWord(token.norm) : !neverNameAlone(token);
}

/**
 * The customers a span of the question's words names, best evidence first (ties: all of them),
 * or none. The span is significant words possibly joined by glue; it starts and ends on a word.
 */
export function customersNamedBy(
  span: readonly Token[],
  customers: readonly Customer[],
  /** The span follows « chez » (« chez lpi », « chez jb »): a two-letter acronym in lower case counts. */
  afterChez = false,
): Customer[] {
  if (span.length === 0 || GLUE.has(span[0]!.norm) || GLUE.has(span[span.length - 1]!.norm)) return [];
  const typed = span.filter((t) => !GLUE.has(t.norm));
  if (typed.some((t) => t.kind === 'symbol')) return [];
  const index = indexOf(customers);
  if (typed.length === 1) {
    const only = typed[0]!;
    // « C13 » for « C013 »: a code typed without its leading zeros.
    const byCode = index.entries.filter((e) => e.code === only.norm || e.codeKey === codeKey(only.norm));
    if (byCode.length > 0) return byCode.map((e) => e.customer);
    if (acronymTyped(only, afterChez)) {
      const byAcronym = index.entries.filter((e) => e.forms.some((f) => f.acronym === only.norm));
      if (byAcronym.length > 0) return byAcronym.map((e) => e.customer);
    }
  }
  if (typed.some((t) => t.kind !== 'word')) return [];
  let best = 0;
  let found: Customer[] = [];
  // The entries the first word fits, or the first two typed as one (« bio coop »).
  const entries = fittingEntries(index, typed[0]!.norm);
  // A form with the kind said another way only matters when a word of such a form is typed.
  const saysAKind = typed.some((t) => SAID_WORDS.has(t.norm));
  const split = typed.some((t, k) => k > 0 && index.words.has(typed[k - 1]!.norm + t.norm));
  const twoAsOne = typed.length >= 2 ? typed[0]!.norm + typed[1]!.norm : '';
  const joined = index.words.has(twoAsOne) ? fittingEntries(index, twoAsOne) : [];
  for (const entry of joined.length > 0 ? [...new Set([...entries, ...joined])] : entries) {
    let score = 0;
    for (const form of entry.forms)
      if (saysAKind || !form.variant) score = Math.max(score, evidence(typed, form, split));
    if (score > best) [best, found] = [score, [entry.customer]];
    else if (score > 0 && score === best) found.push(entry.customer);
  }
  return found;
}

/**
 * The customers a word of the question's vocabulary could also name (« point » and « Restaurant Au
 * Bon Point », « total » and « Pressing Total Net »): a whole significant word of their name, of
 * three letters or more, not a legal form nor a function word. Empty when none — or too many to offer.
 */
export function customersAWordMayName(token: Token, customers: readonly Customer[], max: number): Customer[] {
  if (token.kind !== 'word' || token.norm.length < 3 || HAS_DIGIT.test(token.norm)) return [];
  if (LEGAL_WORDS.has(token.norm) || FUNCTION_WORDS.has(token.norm) || NO_SUGGESTION.has(token.norm))
    return [];
  if (token.norm.length < 4 && neverNameAlone(token)) return [];
  const found = indexOf(customers)
    .entries.filter((e) => e.forms.some((f) => f.significant.includes(token.norm)))
    .map((e) => e.customer);
  return found.length <= max ? found : [];
}

/**
 * Whether a word is one letter off a significant word of a customer's name, same first letter, four
 * letters or more (« Vaize » for « Vaise »): a name typed in haste, never another business.
 */
export function oneLetterOffAName(token: Token, customers: readonly Customer[]): boolean {
  if (token.kind !== 'word' || token.norm.length < 4) return false;
  return indexOf(customers).entries.some((e) =>
    e.words.some((word) => word[0] === token.norm[0] && editDistance(token.norm, word, 1) <= 1),
  );
}

/** Ordinary words too frequent in questions to offer the customers whose name has them. */
const NO_SUGGESTION = new Set(['part', 'bon', 'bonne', 'grand', 'grande', 'petit', 'petite', 'saint']);

/** Legal forms and company words: no customer is offered for them. */
const LEGAL_WORDS = new Set(
  'sa sarl sas sasu eurl sci snc scop ste societe ets etablissement etablissements groupe cie compagnie'.split(
    ' ',
  ),
);

/** Short function words that never name a customer nor are worth offering as one. */
const FUNCTION_WORDS = new Set(
  `quel quels quelle quelles combien comment pourquoi quand nous vous avons avez sont dans pour avec sans sous
  chez depuis cette votre notre leur leurs tous toutes tout toute elle elles ceux celle celles celui mais donc
  alors aussi encore deja bien tres trop assez moins plus peux veux voudrais montre montrez donne donnez liste
  lister affiche affichez quelqu quelque quelques lequel laquelle lesquels lesquelles sont etre avoir etait
  ete fait faire fais faites avez avons doit doivent peut pouvez entre apres avant jusqu jusque
  pas non rien plus moins tres`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Whether a word left over could, with some portfolio, name a customer or be offered as one: what
 * decides whether a question can be answered without reading the customers.
 */
export function mayBeAName(token: Token): boolean {
  if (token.kind !== 'word' || token.norm.length < 2) return false;
  if (!neverNameAlone(token)) return true;
  // A code typed (letters then digits, « C007 »), an acronym in capitals, or a long enough word.
  if (/^\p{L}+\p{N}+$/u.test(token.norm)) return true;
  if (token.raw === token.raw.toUpperCase() && /^\p{L}{2,8}$/u.test(token.norm)) return true;
  return token.norm.length >= 3 && !FUNCTION_WORDS.has(token.norm);
}
