/**
 * Customers named in a question, from the words no extractor took: « combien nous doit Biocoop »,
 * « impayés de la Société Générale d’Hygiène », « biocoop et naturalia », « de la SGH ». A span of
 * words names customers only on evidence (./customer-evidence.ts): an ordinary word of a question
 * (« koi », « fric », « point », « total ») is never taken for a name.
 *
 * Words left that are neither a name nor vocabulary are sorted: those placed like a name (after
 * « de », « chez », « client », or capitalised inside the sentence) are returned as `unknown`, so
 * that the bot says no customer matches them; the others as `ignored`, which do not prevent an
 * answer. A word of the vocabulary that is also a word of some customers' names is returned as a
 * `suggestion` (« vouliez-vous dire le client … ? »).
 */
import type { Customer } from '../../domain/ledger';
import {
  codeLike,
  customersAWordMayName,
  oneLetterOffAName,
  customersNamedBy,
  GLUE,
  mayBeAName,
  neverNameAlone,
} from './customer-evidence';
import { nameWords, namesOf } from '../../domain/customer-search';
import { AFTER_A_KIND, isKindPhrase, KIND_WORDS, kindOfWord, kindsOfName } from './customer-kinds';
import { isFirstName } from './first-names';
import { offeredAsAName } from './name-words';
import { soundKey } from './phonetic';
import type { TokenSet } from './patterns';
import type { Token } from './tokens';

export interface CustomerMention {
  /** As typed. */
  text: string;
  matches: Customer[];
}

export interface CustomerFindings {
  mentions: CustomerMention[];
  /** Runs of words placed like a name but naming no customer, as typed. */
  unknown: string[];
  /** Runs of words understood neither as a name nor as vocabulary, placed like no name, as typed. */
  ignored: string[];
  /** A word of the question that is also a word of some customers' names, with them. */
  suggestion?: CustomerMention;
  /**
   * Customers named to be left out (« impayés sauf la SGH », « hors Biocoop »), as typed: a query
   * has no exclusion, so the question is answered for everyone — never filtered on them.
   */
  excluded: string[];
  /**
   * Ignored runs that open or close the question with no article before them (« leroy merlin solde »,
   * « où en est decathlon »): where a name stands when a customer's balance is asked without « de ».
   */
  bare: string[];
  /** Names of another branch of a brand we know (« biocoop villeurbanne »), among `unknown`. */
  branches: string[];
}

const CONJUNCTIONS = new Set(['et', 'ou', 'ni']);
/** Names are a few words: longer spans are not tried. */
const MAX_SPAN = 7;
/** Verbs of saying after « le client » (« le client dit / affirme / prétend que … »): never a name. */
const SAYING = new Set(
  `dit disent affirme affirment explique expliquent pretend pretendent assure assurent indique indiquent
  signale signalent raconte racontent repond repondent soutient soutiennent jure jurent certifie certifient
  declare declarent ecrit ecrivent insiste insistent maintient maintiennent reclame reclament`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words after which a name is expected (« impayés de X », « chez X », « le client X »). */
const BEFORE_A_NAME = new Set([
  'de',
  'du',
  'd',
  'chez',
  'avec',
  'client',
  'cliente',
  // « des établissements Leclerc », « les Ets Martin »: a business's name follows.
  'etablissements',
  'etablissement',
  'ets',
]);
/** « de » after these is a quantity (« le plus de fric »), not a name's preposition. */
const QUANTITIES = new Set(['plus', 'moins', 'peu', 'beaucoup', 'trop', 'assez', 'tant', 'autant']);
const ARTICLES = new Set(['le', 'la', 'les', 'l']);
/** Words after which « de » opens an infinitive (« afin de préparer »), never a name. */
const INFINITIVE_AFTER = new Set(
  'afin avant besoin envie merci essaie essayer essayez oublie oublier oubliez permet permettre capable charge prie peur moyen lieu train'.split(
    ' ',
  ),
);
/**
 * Civility titles: « Monsieur Girard », « Mme Roux », « M. Girard », « Maître Pons » are people —
 * the title and the capitals after it are no evidence of a customer's name (a customer who is a
 * person is still found by its name, and still said unknown after « de », « chez », « client »).
 */
const TITLES = new Set([
  'monsieur',
  'messieurs',
  'madame',
  'mesdames',
  'mademoiselle',
  'm',
  'mr',
  'mme',
  'mmes',
  'mlle',
  'me',
  'maitre',
  'dr',
  'docteur',
  'pr',
  'professeur',
  'mrs',
  'ms',
  'miss',
  'sir',
]);

/** Titles that are also ordinary words (« me », « m’ »): a title only when capitalised (« Me Pons », « M. Girard »). */
const AMBIGUOUS_TITLES = new Set(['m', 'me', 'pr', 'ms']);

/** Whether the word at `at` is a civility title or a capitalised word right after one (« Monsieur Jean Girard »). */
function partOfATitledName(tokens: TokenSet, at: number): boolean {
  if (TITLES.has(tokens.list[at]!.norm) && /^\p{Lu}/u.test(tokens.list[at]!.raw)) return true;
  for (let before = at - 1; before >= 0 && before >= at - 3; before--) {
    const word = tokens.list[before]!;
    if (TITLES.has(word.norm) && (!AMBIGUOUS_TITLES.has(word.norm) || /^\p{Lu}/u.test(word.raw))) return true;
    if (!/^\p{Lu}/u.test(word.raw)) return false;
  }
  return false;
}

/** Whether the question has a word in lower case: only then does a capital say something of a name. */
function hasLowerCase(tokens: TokenSet): boolean {
  return tokens.list.some((t) => t.kind === 'word' && /\p{Ll}/u.test(t.raw));
}

function textOf(source: string, tokens: readonly Token[]): string {
  return source.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

/** Free tokens in runs of consecutive positions, split at conjunctions. */
function runsOf(tokens: TokenSet): Array<Array<{ token: Token; at: number }>> {
  const runs: Array<Array<{ token: Token; at: number }>> = [];
  let run: Array<{ token: Token; at: number }> = [];
  tokens.list.forEach((token, at) => {
    if (!tokens.isFree(at) || CONJUNCTIONS.has(token.norm)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push({ token, at });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A word worth reporting when nothing matches it: a word that could be a name on its own. */
function suspicious(token: Token): boolean {
  return (
    token.kind === 'word' &&
    token.norm.length >= 2 &&
    !neverNameAlone(token) &&
    (token.norm.length >= 3 || token.raw === token.raw.toUpperCase())
  );
}

/** Words that close a company's name (« Compass Group », « Elior SA », « Sodexo France »). */
const COMPANY_WORDS = new Set(
  'group groupe sa sas sasu sarl eurl holding industries industrie international france services company inc ltd gmbh bv nv spa sl'.split(
    ' ',
  ),
);

/**
 * « Compass Group a payé ? », « Elior SA »: a capitalised word before a company's word, capitalised
 * too (as typed: a translated word is written anew in lower case), in a question with lower case, is
 * a name's — wherever it stands (thirty-eighth round).
 */
function beforeACompanyWord(tokens: TokenSet, at: number, source: string): boolean {
  const token = tokens.list[at]!;
  const following = tokens.list[at + 1];
  if (token.kind !== 'word' || following === undefined || !COMPANY_WORDS.has(following.norm)) return false;
  const cased = hasLowerCase(tokens);
  return (
    cased &&
    /^\p{Lu}\p{Ll}/u.test(source.slice(token.start, token.end)) &&
    /^\p{Lu}/u.test(source.slice(following.start, following.end)) &&
    !isFirstName(token.norm)
  );
}

/** Whether the word at `at` sits where a name is expected: after « de », « chez »…, or capitalised. */
function placedLikeAName(tokens: TokenSet, at: number, source: string): boolean {
  const token = tokens.list[at]!;
  // A capital that opens a sentence (« Quel est le DSO ? Change rien. ») says nothing of a name.
  const previous = tokens.list[at - 1];
  const opensSentence =
    previous !== undefined &&
    (/^[.?!]$/.test(previous.raw) || /[.?!]/.test(source.slice(previous.end, token.start)));
  // Capitals say something only in a question not typed all in capitals.
  const cased = tokens.list.some((t, i) => i !== at && t.kind === 'word' && /\p{Ll}/u.test(t.raw));
  const titled = partOfATitledName(tokens, at);
  // A first name alone (« ou c’est Camille qui gère ? ») is a person: its capital is no evidence.
  const person = isFirstName(token.norm) && !/^\p{Lu}/u.test(tokens.list[at + 1]?.raw ?? '');
  if (beforeACompanyWord(tokens, at, source)) return true;
  // At the first place, only when a word was read away before it (« Has Franprix paid? »: « has »
  // goes in the translation — thirty-seventh round).
  const wordGoneBefore =
    at === 0 && /\p{L}/u.test(source.slice(0, token.start)) && !/[.?!]/.test(source.slice(0, token.start));
  if (
    cased &&
    !titled &&
    !person &&
    !opensSentence &&
    (at > 0 || wordGoneBefore) &&
    /^\p{Lu}/u.test(token.raw)
  )
    return true;
  if (
    cased &&
    !titled &&
    token.raw.length >= 2 &&
    token.raw === token.raw.toUpperCase() &&
    /\p{L}/u.test(token.raw)
  )
    return true;
  let before = at - 1;
  while (
    before >= 0 &&
    (ARTICLES.has(tokens.list[before]!.norm) || (titled && partOfATitledName(tokens, before)))
  )
    before--;
  const word = tokens.list[before];
  if (!word || !BEFORE_A_NAME.has(word.norm)) return false;
  // « Le client dit qu’il n’a rien reçu », « la cliente affirme … »: a verb of saying after
  // « client » makes it the subject of a sentence, with no name.
  if (word.norm.startsWith('client') && SAYING.has(token.norm)) return false;
  // « afin de préparer », « avant de partir », « merci de passer »: « de » opens a verb, not a name.
  if (INFINITIVE_AFTER.has(tokens.list[before - 1]?.norm ?? '')) return false;
  const quantity = tokens.list[before - 1];
  return !(
    word.norm !== 'chez' &&
    !word.norm.startsWith('client') &&
    quantity &&
    QUANTITIES.has(quantity.norm)
  );
}

/** Words that leave out what follows: « sauf la SGH », « hors Biocoop », « à part la mairie », « excepté … ». */
const EXCLUDING = new Set([
  'sauf',
  'hors',
  'hormis',
  'excepte',
  'exceptee',
  'exceptes',
  'exceptees',
  'excepter',
]);
/** Glue between an excluding word and the name: articles, « de », « ceux de » (« à part ceux de la SGH »). */
const EXCLUSION_GLUE = new Set([
  'le',
  'la',
  'les',
  'l',
  'de',
  'du',
  'des',
  'd',
  'ceux',
  'celles',
  'celui',
  'celle',
  'pour',
]);

/**
 * Whether the name starting at `at` is left out: after « sauf », « hors », « hormis », « excepté »,
 * « à part », « en dehors de », « sans » (« tous sauf … », « impayés hors Biocoop »), or joined by
 * « et » / « ni » / a comma to a name left out (« sauf la SGH et Biocoop »).
 */
function leftOut(tokens: TokenSet, at: number, end: number, lastLeftOutEnd: number): boolean {
  let before = at - 1;
  while (before >= 0 && EXCLUSION_GLUE.has(tokens.list[before]!.norm)) before--;
  const word = tokens.list[before]?.norm ?? '';
  const previous = tokens.list[before - 1]?.norm ?? '';
  if (EXCLUDING.has(word) || word === 'sans') return true;
  if (word === 'part' && previous === 'a') return true;
  if (word === 'dehors' && previous === 'en') return true;
  // « à l’exception de la SGH », « en excluant la mairie ».
  if (word === 'exception' || /^(?:excluant|exclure|exclus|exclu)$/.test(word)) return true;
  // After the name: « SGH exclue », « la mairie mise à part », « Biocoop non comprise ».
  const after = tokens.list.slice(end, end + 4).map((t) => t.norm);
  // « à part » after a name leaves it out only at the end of a clause (« la mairie mise à part »;
  // « la SGH à part ceux de plus de 60 jours », « à part ça » do not).
  const closes = (i: number) => !tokens.list[end + i] || tokens.list[end + i]!.kind !== 'word';
  if (/^(?:exclue?s?|exceptee?s?)$/.test(after[0] ?? '')) return true;
  if (after[0] === 'a' && after[1] === 'part' && closes(2)) return true;
  if (/^mise?s?$/.test(after[0] ?? '') && after[1] === 'a' && after[2] === 'part' && closes(3)) return true;
  if (after[0] === 'non' && /^compris(?:es?)?$/.test(after[1] ?? '')) return true;
  if (lastLeftOutEnd < 0) return false;
  // « sauf la SGH et Biocoop », « hors SGH, Biocoop »: the names listed with one left out.
  for (let i = lastLeftOutEnd; i < at; i++) {
    const t = tokens.list[i]!;
    if (!(EXCLUSION_GLUE.has(t.norm) || CONJUNCTIONS.has(t.norm) || t.raw === ',')) return false;
  }
  return true;
}

/** Determiners and possessives: a word after them is a thing (« où en est le dossier »), not a bare name. */
const DETERMINERS = new Set(
  'le la les l un une des du de d ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs'.split(
    ' ',
  ),
);

/**
 * French endings of adverbs, adjectives and common nouns (« exactement », « final », « créditeur »,
 * « précise », « disponible »): such a word is an ordinary word, not the bare name of a company
 * (« decathlon », « leroy merlin », « lidl »). Read without accents: a question typed without them
 * is the same question.
 */
const COMMON_ENDING =
  /(?:ment|if|ive|ifs|ives|al|ale|aux|el|elle|eur|eurs|euse|rice|ique|iques|able|ible|ant|ante|ent|ente|ee|ees|ise|ais|aise|ier|iere|oire|ence|ance|tion|sion|ite|ure|age|ages|eux|euse)$/;
const ORDINARY_SHORT = new Set([
  'dispo',
  'dispos',
  'perso',
  'pro',
  'exact',
  'exacte',
  'precis',
  'net',
  'brut',
  'ttc',
  'ht',
]);

function looksLikeACommonWord(token: Token): boolean {
  return COMMON_ENDING.test(token.norm) || ORDINARY_SHORT.has(token.norm);
}

/**
 * Whether the words from `first` to `last` open or close the question (punctuation aside), with no
 * article or possessive before them, and are not a first name alone (« où en est Camille ? »).
 */
function bareAtAnEdge(tokens: TokenSet, first: number, last: number): boolean {
  const isWord = (t: Token) => t.kind === 'word' || t.kind === 'number';
  const opens = tokens.list.slice(0, first).every((t) => !isWord(t));
  const closes = tokens.list.slice(last + 1).every((t) => !isWord(t));
  if (!opens && !closes) return false;
  if (DETERMINERS.has(tokens.list[first - 1]?.norm ?? '')) return false;
  if (tokens.list.slice(first, last + 1).some((t) => t.kind === 'word' && looksLikeACommonWord(t)))
    return false;
  return !(first === last && isFirstName(tokens.list[first]!.norm));
}

/** Determiners of a plural or of a whole class: « les restos », « nos hôtels », « tous les hôpitaux ». */
const PLURAL_DETERMINERS = new Set([
  'les',
  'des',
  'nos',
  'vos',
  'ces',
  'mes',
  'leurs',
  'aux',
  'tous',
  'toutes',
]);

/**
 * « les resto », « nos hôtels »: a kind said in the plural or of a class names no one customer
 * (« le resto » does: ./customer-kinds.ts).
 */
function kindInThePlural(tokens: TokenSet, span: ReadonlyArray<{ token: Token; at: number }>): boolean {
  const said = span.filter((s) => !GLUE.has(s.token.norm));
  if (!said.every((s) => KIND_WORDS.has(s.token.norm))) return false;
  return PLURAL_DETERMINERS.has(tokens.list[span[0]!.at - 1]?.norm ?? '');
}

/**
 * Where a kind word stands right before the span at `start` (glue between), when every customer the
 * span names has a kind in its name and none has that one (« clinique » before « du Parc » naming
 * Hôtel du Parc); -1 otherwise.
 */
function otherKindBefore(
  run: ReadonlyArray<{ token: Token; at: number }>,
  start: number,
  pending: ReadonlyArray<{ token: Token; at: number }>,
  matches: readonly Customer[],
): number {
  let at = start - 1;
  while (at >= 0 && GLUE.has(run[at]!.token.norm)) at--;
  const said = run[at];
  if (!said || !pending.includes(said)) return -1;
  const kind = kindOfWord(said.token.norm);
  if (kind === undefined) return -1;
  const otherKinds = matches.every((c) => {
    const kinds = new Set(namesOf(c).flatMap((n) => [...kindsOfName(nameWords(n))]));
    return kinds.size > 0 && !kinds.has(kind);
  });
  return otherKinds ? at : -1;
}

/**
 * Whether every word of the span (glue aside) is a kind (« le resto », « l’hôpital »), or the span is
 * a kind said in several words (« le centre hospitalier » of Bourg-en-Bresse: fortieth round).
 */
function kindOnly(span: ReadonlyArray<{ token: Token }>): boolean {
  return (
    span.every((s) => GLUE.has(s.token.norm) || KIND_WORDS.has(s.token.norm)) ||
    isKindPhrase(span.map((s) => s.token.norm).filter((w) => !GLUE.has(w) || w === 'de'))
  );
}

/**
 * Where a business name right after a kind ends in the run (« hôtel Ibis », « boulangerie Paul »,
 * « hôtel de la Gare »), or 0: capitalised words, glue before them allowed, in a question not typed
 * all in capitals (in lower case, « la mairie avait promis » shows a verb is no name).
 */
function nameAfterAKind(
  tokens: TokenSet,
  run: ReadonlyArray<{ token: Token; at: number }>,
  from: number,
  source: string,
  customers: readonly Customer[],
): number {
  const cased = hasLowerCase(tokens);
  const capitalised = (t: Token) =>
    cased && t.kind === 'word' && /^\p{Lu}/u.test(t.raw) && !neverNameAlone(t);
  let at = from;
  // « le restaurant Chez Paulette », « le bistrot chez Léon »: « chez » opens the business's own name
  // (twentieth round) — the kind alone never names ours then (Restaurant Au Bon Point).
  const chez = run[at]?.token.norm === 'chez' && run[at + 1]?.token.kind === 'word';
  if (chez) at++;
  while (at < run.length && GLUE.has(run[at]!.token.norm)) at++;
  const first = run[at];
  if (!first || first.token.kind !== 'word') return 0;
  // « l’hotel ibis », « la boulangerie paul »: typed in lower case, a word right after the kind that
  // is no word the parser reads nor of any customer's name is that business's own name (twelfth round).
  if (
    (at === from || (chez && at === from + 1)) &&
    !capitalised(first.token) &&
    ownNameInLowerCase(tokens, first, customers)
  )
    return at + 1;
  if (!capitalised(first.token)) return 0;
  // A sentence's capital after a full stop is no name.
  if (/[.?!]/.test(source.slice(run[at - 1]!.token.end, first.token.start))) return 0;
  let end = at + 1;
  while (end < run.length && capitalised(run[end]!.token)) end++;
  return end;
}

/**
 * Where a place or a branch's own name right after one word of a name ends (« Intermarché Bron »:
 * capitalised, in a question not typed all in capitals, no word of any customer's name, nothing but
 * a blank before it), or 0.
 */
function otherBranch(
  tokens: TokenSet,
  run: ReadonlyArray<{ token: Token; at: number }>,
  from: number,
  source: string,
  customers: readonly Customer[],
  named: readonly Customer[],
): number {
  const next = run[from];
  if (!next || next.token.kind !== 'word' || GLUE.has(next.token.norm)) return 0;
  if (source.slice(run[from - 1]!.token.end, next.token.start).trim() !== '') return 0;
  // « biocoop villeurbanne combien »: typed in lower case, a word right after a brand (the first word
  // of the names it matches, not an acronym) that is no word the parser reads nor of any customer's
  // name, nor one heard like a word of theirs (« intermarché vèze »), is that branch's place (fortieth
  // round).
  if (!/^\p{Lu}/u.test(next.token.raw)) {
    const brand = run[from - 1]!.token;
    const opens = named.every((c) => brandOf(c) === brand.norm);
    return opens &&
      // The brand typed in lower case too: a capitalised one (« Dupont says … ») would have its place capitalised.
      brand.raw === brand.raw.toLowerCase() &&
      next.token.norm.length >= 4 &&
      ownNameInLowerCase(tokens, next, customers) &&
      !oneLetterOffAName(next.token, named) &&
      !soundsLikeAWordOf(next.token, named)
      ? from + 1
      : 0;
  }
  const cased = hasLowerCase(tokens);
  if (!cased || !/^\p{Lu}\p{Ll}/u.test(next.token.raw) || neverNameAlone(next.token)) return 0;
  if (customersAWordMayName(next.token, customers, Infinity).length > 0) return 0;
  // « Intermarche Vaize »: the branch named, typed one letter off.
  if (oneLetterOffAName(next.token, named)) return 0;
  return from + 1;
}

/**
 * The first word of a customer's name that is not its kind, when more words follow it (« biocoop »
 * of Biocoop Part-Dieu, « intermarche » of Intermarché Vaise): a brand before its place.
 */
function brandOf(customer: Customer): string | undefined {
  const words = nameWords(customer.legalName);
  const at = words.findIndex((w) => !KIND_WORDS.has(w) && !GLUE.has(w));
  return at >= 0 && at < words.length - 1 ? words[at] : undefined;
}

/** Whether a word is heard like a word of these customers' names (« vèze » for « Vaise »). */
function soundsLikeAWordOf(token: Token, customers: readonly Customer[]): boolean {
  const key = soundKey(token.norm);
  return customers.some((c) => nameWords(c.legalName).some((w) => w.length >= 4 && soundKey(w) === key));
}

/**
 * Whether `before`, right before the one word of a name at `word`, is a brand of its own: both
 * capitalised in a question with lower case, nothing between them, `before` a word no customer's
 * name has that may be a name, and no first name (« Auchan Caluire », « Carrefour Vaise »).
 */
function brandBefore(
  tokens: TokenSet,
  before: { token: Token; at: number },
  word: { token: Token; at: number },
  source: string,
  customers: readonly Customer[],
): boolean {
  if (before.at !== word.at - 1 || before.token.kind !== 'word' || GLUE.has(before.token.norm)) return false;
  const cased = hasLowerCase(tokens);
  if (!cased || !/^\p{Lu}\p{Ll}/u.test(before.token.raw) || !/^\p{Lu}/u.test(word.token.raw)) return false;
  if (source.slice(before.token.end, word.token.start).trim() !== '') return false;
  if (neverNameAlone(before.token) || isFirstName(before.token.norm)) return false;
  return customersAWordMayName(before.token, customers, Infinity).length === 0;
}

/** A lower-case word right after a kind that can only be a business's own name (« ibis », « mercure »). */
function ownNameInLowerCase(
  tokens: TokenSet,
  word: { token: Token; at: number },
  customers: readonly Customer[],
): boolean {
  const t = word.token;
  return (
    tokens.isFree(word.at) &&
    t.norm.length >= 3 &&
    suspicious(t) &&
    !KIND_WORDS.has(t.norm) &&
    // « la mairie avait promis », « le resto devait payer »: a verb after the kind is no name.
    !/(?:ait|aient|ent|ons|ez|era|erait|ira|irait)$/.test(t.norm) &&
    !AFTER_A_KIND.has(t.norm) &&
    customersAWordMayName(t, customers, Infinity).length === 0
  );
}

/**
 * Whether the word at `at` comes right after « chez » (« chez jb », « chez la sgh ») or « de »
 * (« impayés de jb »): a two-letter acronym in lower case then names the customer it is the
 * acronym of — and only that one (./customer-evidence.ts): otherwise it names nobody.
 */
function afterChez(tokens: TokenSet, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && ARTICLES.has(tokens.list[before]!.norm)) before--;
  return /^(?:chez|de|d|du)$/.test(tokens.list[before]?.norm ?? '');
}

/** Whether some word left could be (part of) a customer's name, or be offered as one. */
export function mayNameCustomers(tokens: TokenSet): boolean {
  return tokens.freeIndexes().some((i) => mayBeAName(tokens.list[i]!));
}

export function findCustomerMentions(
  tokens: TokenSet,
  source: string,
  customers: readonly Customer[],
  maxChoices = 6,
): CustomerFindings {
  const mentions: CustomerMention[] = [];
  const unknown: string[] = [];
  const ignored: string[] = [];
  let suggestion: CustomerMention | undefined;
  const excluded: string[] = [];
  let lastLeftOutEnd = -1;
  const bare: string[] = [];
  const branches: string[] = [];
  for (const run of runsOf(tokens)) {
    let start = 0;
    let pending: Array<{ token: Token; at: number }> = [];
    /** Where the last mention ended in the run: a word right after it (glue between) is its typo. */
    let afterMention = -1;
    const onlyGlue = (from: number, to: number) => run.slice(from, to).every((r) => GLUE.has(r.token.norm));
    const flush = () => {
      // A word of some customers' names (« Lyon ») is offered as them, never said unknown.
      const words = pending.filter(
        (p) =>
          (suspicious(p.token) || codeLike(p.token, customers) || beforeACompanyWord(tokens, p.at, source)) &&
          !EXCLUDING.has(p.token.norm) &&
          !/^(?:exclu\w*|exception)$/.test(p.token.norm) &&
          customersAWordMayName(p.token, customers, Infinity).length === 0 &&
          !(afterMention >= 0 && onlyGlue(afterMention, run.indexOf(p))),
      );
      // Consecutive words (glue between) make one group, said as typed.
      const groups: Array<typeof words> = [];
      for (const word of words) {
        const last = groups.at(-1)?.at(-1);
        if (last !== undefined && onlyGlue(run.indexOf(last) + 1, run.indexOf(word)))
          groups.at(-1)!.push(word);
        else groups.push([word]);
      }
      for (const group of groups) {
        // « impayés sauf Carrefour »: a name left out, known or not, filters nothing.
        if (leftOut(tokens, group[0]!.at, group.at(-1)!.at + 1, lastLeftOutEnd)) {
          excluded.push(
            textOf(
              source,
              group.map((p) => p.token),
            ),
          );
          lastLeftOutEnd = group.at(-1)!.at + 1;
          continue;
        }
        const named = group.some((p) => placedLikeAName(tokens, p.at, source));
        const text = textOf(
          source,
          group.map((p) => p.token),
        );
        (named ? unknown : ignored).push(text);
        if (!named && bareAtAnEdge(tokens, group[0]!.at, group.at(-1)!.at)) bare.push(text);
      }
      pending = [];
    };
    while (start < run.length) {
      const first = run[start]!.token;
      if (first.kind !== 'word' || GLUE.has(first.norm)) {
        start++;
        continue;
      }
      // The longest span from here that names customers.
      let found: { end: number; matches: Customer[] } | null = null;
      for (let end = Math.min(run.length, start + MAX_SPAN); end > start && !found; end--) {
        const span = run.slice(start, end).map((r) => r.token);
        const matches = customersNamedBy(span, customers, afterChez(tokens, run[start]!.at));
        if (matches.length > 0 && !kindInThePlural(tokens, run.slice(start, end))) found = { end, matches };
      }
      if (found) {
        // « la clinique du Parc »: a kind said before a name whose customers are all of other kinds
        // (Hôtel du Parc) is another business — unknown, never ours.
        const kindBefore = otherKindBefore(run, start, pending, found.matches);
        if (kindBefore >= 0) {
          pending = pending.filter((p) => run.indexOf(p) < kindBefore);
          flush();
          unknown.push(
            textOf(
              source,
              run.slice(kindBefore, found.end).map((r) => r.token),
            ),
          );
          start = found.end;
          afterMention = found.end;
          continue;
        }
        // « Auchan Caluire »: a capitalised word no customer's name has, right before one word of a
        // name, is another business at that place — unknown, never ours (thirty-fourth round).
        const before = pending.at(-1);
        if (
          before !== undefined &&
          found.end - start === 1 &&
          brandBefore(tokens, before, run[start]!, source, customers)
        ) {
          pending.pop();
          flush();
          unknown.push(textOf(source, [before.token, first]));
          start = found.end;
          afterMention = found.end;
          continue;
        }
        flush();
        // « l’hôtel Ibis », « la boulangerie Paul »: a kind followed by a name that is not its
        // customer's is another business of that kind — unknown, never the one we know.
        // « Intermarché Bron », « Biocoop Villeurbanne »: one word of a name followed by a capitalised
        // word no customer's name has is another branch of that brand — unknown (eighteenth round).
        const other = kindOnly(run.slice(start, found.end))
          ? nameAfterAKind(tokens, run, found.end, source, customers)
          : found.end - start === 1
            ? otherBranch(tokens, run, found.end, source, customers, found.matches)
            : 0;
        const end = Math.max(found.end, other);
        const span = run.slice(start, end).map((r) => r.token);
        if (leftOut(tokens, run[start]!.at, run[end - 1]!.at + 1, lastLeftOutEnd)) {
          excluded.push(textOf(source, span));
          lastLeftOutEnd = run[end - 1]!.at + 1;
        } else if (other > found.end) {
          unknown.push(textOf(source, span));
          if (!kindOnly(run.slice(start, found.end))) branches.push(textOf(source, span));
        } else mentions.push({ text: textOf(source, span), matches: found.matches });
        start = end;
        afterMention = end;
      } else {
        // A word of the domain (« encours total ») is not offered as a name (./name-words.ts).
        if (!suggestion && offeredAsAName(first)) {
          const maybe = customersAWordMayName(first, customers, maxChoices);
          if (maybe.length > 0) suggestion = { text: first.raw, matches: maybe };
        }
        pending.push(run[start]!);
        start++;
      }
    }
    flush();
  }
  return { mentions, unknown, ignored, excluded, bare, branches, ...(suggestion ? { suggestion } : {}) };
}
