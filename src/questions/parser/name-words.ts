/**
 * Words of a customer's name that are also words of the domain count once (issue 16, eighteenth
 * round):
 * - a customer's whole name said (« Crèche Les Petits Pas », « Pressing Total Net ») is a name, never
 *   words of the question: its « pas » is no « pas soldé » (« Crèche Les Petits Pas solde dû » is its
 *   balance, not its unpaid invoices), its « total » no total;
 * - « faire le point sur … », « un bon point pour … » are a review asked, never « Restaurant Au Bon
 *   Point »; « le parc clients », « notre parc de clients » the customers as a whole, never « Hôtel du
 *   Parc »;
 * - a word of the domain that is also a word of some customer's name (« encours total », « montant
 *   net », « le point impayés », « total général ») is read as the domain's word, and no customer is
 *   offered for it (« vouliez-vous dire Pressing Total Net ? » was asked of « encours total ? »).
 */
import { nameWords, namesOf } from '../../domain/customer-search';
import type { Customer } from '../../domain/ledger';
import type { TokenSet } from './patterns';
import type { Token } from './tokens';

/** Words of figures and of a review: read as such, never offered as a customer's name. */
const DOMAIN_WORDS = new Set([
  'total',
  'totale',
  'totaux',
  'net',
  'nette',
  'brut',
  'brute',
  'point',
  'general',
  'generale',
  'global',
  'globale',
  'parc',
  'pas',
]);

/** Whether a word of the question may be offered as (a word of) a customer's name. */
export function offeredAsAName(token: Token): boolean {
  return !DOMAIN_WORDS.has(token.norm);
}

/** The words of a customer's names of two words or more, read once per customer. */
const NAMES_READ = new WeakMap<Customer, string[][]>();
function wordsOfNames(customer: Customer): string[][] {
  let read = NAMES_READ.get(customer);
  if (!read) {
    read = namesOf(customer)
      .map(nameWords)
      .filter((words) => words.length >= 2);
    NAMES_READ.set(customer, read);
  }
  return read;
}

/**
 * The tokens that are inside a customer's whole name said in the question (two words or more, as
 * its name or an alias reads: « crèche les petits pas »).
 */
export function wordsOfNamesSaid(tokens: readonly Token[], customers: readonly Customer[]): boolean[] {
  const inName = tokens.map(() => false);
  if (customers.length === 0) return inName;
  const starts = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (t.kind === 'symbol') return;
    const list = starts.get(t.norm);
    if (list) list.push(i);
    else starts.set(t.norm, [i]);
  });
  for (const customer of customers)
    for (const words of wordsOfNames(customer)) {
      for (const start of starts.get(words[0]!) ?? []) {
        let at = start;
        let matched = 0;
        while (matched < words.length && at < tokens.length) {
          if (tokens[at]!.kind === 'symbol') at++;
          else if (tokens[at]!.norm === words[matched]) {
            at++;
            matched++;
          } else break;
        }
        if (matched === words.length) for (let i = start; i < at; i++) inName[i] = true;
      }
    }
  return inName;
}

/**
 * Whether the word at `at`, capitalised inside a question not typed in capitals, follows another
 * capitalised word (« Les Petits Pas »): the end of a name, not a word of the question.
 */
export function closesACapitalisedName(tokens: readonly Token[], at: number): boolean {
  const capital = (t: Token | undefined) =>
    t !== undefined && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.raw);
  return (
    at > 0 &&
    capital(tokens[at]) &&
    capital(tokens[at - 1]) &&
    tokens.some((t) => t.kind === 'word' && /^\p{Ll}/u.test(t.raw))
  );
}

/** Words before « point » that make it a review asked (« faire le point », « un bon point »). */
const BEFORE_POINT = new Set(['le', 'un', 'bon', 'petit', 'faire', 'fais', 'faites', 'refaire']);
/** Words after « point » that say what is reviewed (« point sur les impayés », « point DSO »). */
const AFTER_POINT = new Set(['sur', 'pour', 'de', 'des', 'du', 'd', 'concernant', 'complet', 'rapide']);

/**
 * Nouns of a view or an answer that « claire » qualifies (« une vue claire », « une réponse claire
 * et concise »): an adjective of the answer's form, never « La Vie Claire ».
 */
const CLEAR_NOUNS = new Set([
  'vue',
  'vision',
  'idee',
  'image',
  'reponse',
  'synthese',
  'presentation',
  'explication',
  'lecture',
  'visibilite',
  'facon',
  'maniere',
  'tableau',
  'liste',
  'resume',
  'recap',
]);
/** Words after « claire » that keep it an adjective (« claire et concise », « claire svp »). */
const AFTER_CLEAR = new Set(['et', 'svp', 'stp', 'merci', 'precise', 'concise', 'nette']);

/**
 * Takes the words of « faire le point sur … », « un bon point pour … » and of « le parc clients »
 * (never a name) when they are not inside a customer's whole name said.
 */
export function takeIdiomsNamingNoOne(tokens: TokenSet, inName: readonly boolean[]): void {
  const list = tokens.list;
  list.forEach((t, i) => {
    if (inName[i]) return;
    const next = list[i + 1]?.norm ?? '';
    const after = next === 'de' || next === 'd' ? (list[i + 2]?.norm ?? '') : next;
    if (t.norm === 'parc' && /^clien(?:t|ts|tele)$/.test(after)) tokens.take({ start: i, end: i + 1 });
    // « une vue claire », « une réponse claire », « claire et concise »: how the answer is wanted.
    if (/^clair(?:e|es|s)?$/.test(t.norm) && !closesACapitalisedName(list, i)) {
      const before = list[i - 1]?.norm ?? '';
      // « (impayés de) la vue claire » is « La Vie Claire » typed a letter off.
      const typedName = before === 'vue' && list[i - 2]?.norm === 'la';
      if (CLEAR_NOUNS.has(before) && !inName[i - 1] && !typedName) tokens.take({ start: i - 1, end: i + 1 });
      else if (AFTER_CLEAR.has(next) && before !== 'vie') tokens.take({ start: i, end: i + 1 });
    }
    if (t.norm === 'point' && (AFTER_POINT.has(next) || list[i + 1] === undefined)) {
      const before = list[i - 1]?.norm ?? '';
      if (!BEFORE_POINT.has(before) || inName[i - 1]) return;
      // « un bon point », « bon point sur … » opening the question; « (combien doit) Bon Point », « Au
      // Bon Point » said short are a name.
      const twoBefore = list[i - 2]?.norm;
      if (
        before === 'bon' &&
        !(BEFORE_POINT.has(twoBefore ?? '') || (twoBefore === undefined && next !== ''))
      )
        return;
      // « un bon point »: « bon » goes with it.
      const from = before === 'bon' ? i - 1 : i;
      tokens.take({ start: from, end: i + 1 });
    }
  });
}
