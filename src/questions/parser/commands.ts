/**
 * Commands in plain words (../commands.ts): a chat message → something to open or to do, in any
 * reasonable phrasing, French or simple English, a typo forgiven in the commands' own words:
 * « téléphone de biocoop ? », « qui appeler chez biocoop », « c’est quoi le mail de la compta de
 * l’hôtel du parc », « qu’a-t-on fait sur f2026-1042 ? », « lever le litige F2026-1048 »,
 * « Biocoop promet de payer le 15 décembre 1 200 € », « alias SGH pour Société Générale d’Hygiène »,
 * « phone number of Biocoop ». Pure: no I/O, no clock.
 *
 * A command is read only when its own words are there (a verb or a noun of the command, an invoice
 * number, a customer that resolves): « litiges ouverts » and « promesses de Biocoop » stay questions
 * about figures; « historique » alone asks which invoice or customer (`ask_history`).
 */
import { addDays, dayOfWeek, endOfMonth, type CalendarDate } from '../../domain/calendar-date';
import { normalizeText } from '../../domain/customer-search';
import type { Customer } from '../../domain/ledger';
import { findCustomers } from '../../domain/customer-search';
import { cents, type Cents } from '../../domain/money';
import type { ChatCommand, CustomerRef } from '../commands';
import { readDate, safeDate } from './calendar-words';
import { currencyAfterNumber } from './currency';
import { customersNamedBy } from './customer-evidence';
import {
  AFTER_A_KIND,
  customersOfKind,
  hasKind,
  isKindPhrase,
  kindOfWord,
  pluralOfAKind,
  saysAKind,
} from './customer-kinds';
import { readNumber } from './numbers';
import { numbersInWords } from './number-words';
import { TokenSet } from './patterns';
import { questionDominates } from './command-or-question';
import { detectIntent, lawFirmPhrases } from './intents';
import { readableTokens } from './phrasings';
import { extractDates } from './dates';
import { withoutPoliteness } from './politeness';
import { normalizeWord, tokenize, typoDistance } from './tokens';
import { isExactStopWord } from './vocabulary';

export interface CommandContext {
  today: CalendarDate;
  /** The customers the asker may see; null when not read yet (see `mayBeCommand`). */
  customers: readonly Customer[];
  /** The configured law firm's name (« lettre pour Aptos »). */
  lawFirm?: string;
}

export type CommandRead = { kind: 'command'; command: ChatCommand } | { kind: 'ask_history' };

/** An invoice number as people type it: « F2026-1042 », « f2026-1042 », « FA-2026-0012 ». */
const INVOICE = /(?<![\p{L}\p{N}])([a-z]{1,4}-?\d{2,6}(?:[-/]\d{1,6})+)(?![\p{L}\p{N}])/giu;

/** The commands' own words: a typo in them is forgiven (one from five letters, two from eight). */
const KEYWORDS = `
telephone telephones numero numeros portable contact contacts contacter contacte coordonnees joindre
appeler appelle interlocuteur courriel adresse email emails mail mails comptabilite
adressee adressees expediee expediees
historique historiques chronologie suivi
litige litiges contestee contestees contester conteste contestation lever levez leve retirer
enlever supprimer annuler resolu reglee regle clore
promesse promesses promet promis promise promised engage payera paiera reglera regler paiement
payers payeur payeurs
alias surnom corrige corriger modifie modifier changer remplace remplacer renomme renommer definis definir utilise utiliser
fiche dossier ouvrir ouvre afficher affiche montrer montre
procedure relance relances recouvrement
cabinet lettre courrier avocat avocats mandat transmission
aujourdhui journee
`
  .split(/\s+/)
  .filter((w) => w.length >= 5);
const KEYWORD_SET = new Set(KEYWORDS);

/**
 * The message as the rules read it: lower case, no accents, apostrophes and hyphens as spaces,
 * single spaces, the commands' words with their typo corrected, the invoice numbers replaced by
 * « #n » (their index in `invoices`). `slice` gives back a span of the original text (a customer's
 * name or an alias as typed).
 */
interface Reading {
  s: string;
  invoices: string[];
  slice(start: number, end: number): string;
  /** The character of the original text right after a span of `s` (« . » after « Julien B »). */
  charAfter(end: number): string;
}

/**
 * A promise's future, kept as typed (issue 16, twenty-third round): « paieront » is no « paiement »
 * one letter or two off; not a keyword either, that « passeront » would be corrected to.
 */
const KEPT = new Set(['paieront', 'payeront', 'regleront', 'versera', 'verseront']);

function corrected(norm: string): string {
  if (norm.length < 5 || KEYWORD_SET.has(norm) || KEPT.has(norm) || /\d/.test(norm)) return norm;
  const tolerance = norm.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number } | null = null;
  for (const k of KEYWORDS) {
    if (k[0] !== norm[0]) continue;
    const distance = typoDistance(norm, k, tolerance);
    if (distance <= tolerance && (!best || distance < best.distance)) best = { word: k, distance };
  }
  return best?.word ?? norm;
}

function read(text: string): Reading {
  const source = text.slice(0, 500);
  const invoices: string[] = [];
  let s = '';
  /** For each character of `s`, the span of `source` it came from. */
  const from: number[] = [];
  const to: number[] = [];
  const push = (piece: string, start: number, end: number) => {
    if (s.length > 0 && !s.endsWith(' ')) {
      s += ' ';
      from.push(start);
      to.push(start);
    }
    for (const ch of piece) {
      s += ch;
      from.push(start);
      to.push(end);
    }
  };
  const parts = /([a-z]{1,4}-?\d{2,6}(?:[-/]\d{1,6})+)(?![\p{L}\p{N}])|[\p{L}\p{N}]+|[€$%?=>]/giu;
  for (const m of source.matchAll(parts)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] && /\d/.test(m[1]) && INVOICE.test(m[1])) {
      INVOICE.lastIndex = 0;
      invoices.push(m[1].toUpperCase());
      push(`#${invoices.length - 1}`, start, end);
      continue;
    }
    INVOICE.lastIndex = 0;
    push(/\p{L}/u.test(m[0]) ? corrected(normalizeWord(m[0])) : m[0], start, end);
  }
  return {
    s,
    invoices,
    slice: (a, b) => (b > a ? source.slice(from[a]!, to[b - 1]!).trim() : ''),
    charAfter: (b) => (b > 0 ? (source[to[b - 1]!] ?? '') : ''),
  };
}

/** Words that say nothing about which customer: fillers, politeness, question words. */
const FILLER = new Set(
  `
a au aux avec c ca ce cet cette ces chez comment d de des du en est et il j je l la le les leur lui m me mes moi mon
n ne nos notre nous on ou par pour qu que quel quelle quels quelles qui quoi s sa se ses son sur t ta te tes
toi ton tu un une vos votre vous y svp stp merci please peux pouvez pourrais voudrais veux donne donnez
donner moi montre montrez montrer affiche affichez afficher ouvre ouvrez ouvrir voir trouve trouver cherche
dis dites dire est-ce c'est quoi the of for at to me my our is what who how which show give open find
please can could get de la compta comptabilite service accounting finance financier responsable
client cliente clients customer customers chez sont ai as avons avez ont faut il fait
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that make a message a question about figures or something else than a name. */
const NOT_A_NAME = new Set(
  `
combien total totaux montant montants impaye impayes impayee impayees retard retards encours solde soldes
dso taux balance echu echus echue echues facture factures litiges promesses echeancier echeanciers
hier demain aujourdhui semaine mois annee trimestre journee jour jours semaine dernier derniere
depuis entre avant apres plus moins top liste tous toutes rapport chiffre chiffres
matin soir midi aprem soiree nuit bon bonne bons bonnes
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The customers a name designates: the bot's customer search (code, whole name or alias, acronym,
 * then words — accents, case and a typo forgiven); the command only needs the codes.
 */
export function customersNamed(mention: string, customers: readonly Customer[]): Customer[] {
  const q = normalizeText(mention).replace(/^(?:(?:le|la|les|l|du|de|des|d|au|chez|client|cliente)\s+)+/, '');
  // A lone letter or sign names nobody (it would prefix-match half the portfolio).
  if (q.replace(/[^a-z0-9]/g, '').length < 2) return [];
  // « en déc », « fin oct »: a month, written out or cut short, is a date, never a name.
  if (MONTH_WORDS.test(q)) return [];
  // « tel du resto », « fiche de l’hosto », « mail de la compta du CH »: a customer named by its kind
  // (./customer-kinds.ts), read as questions read it.
  const said = tokenize(mention).filter((t) => t.kind === 'word');
  const from = said.findIndex((t) => !LEADING.has(t.norm));
  // « téléphone des restos », « mail des hôpitaux »: a kind in the plural names no one customer —
  // every customer of that kind is offered (the choice, or the one there is; none: no name).
  if (from >= 0 && said.length - from === 1 && pluralOfAKind(said[from]!.norm))
    return customersOfKind(said[from]!.norm, customers);
  // « fiche client C7 »: a code typed without its leading zeros too.
  const codeTyped = said.length - from === 1 && /^\p{L}+\d+$/u.test(said[from]?.norm ?? '');
  if (from >= 0 && (codeTyped || saysAKind(said.map((t) => t.norm)))) {
    const byKind = customersNamedBy(said.slice(from), customers);
    if (byKind.length > 0) return byKind;
  }
  return findCustomers(q, customers);
}

/** Articles and prepositions before a name in a command (« le », « du », « chez »). */
const LEADING = new Set(['le', 'la', 'les', 'l', 'du', 'de', 'des', 'd', 'au', 'chez', 'client', 'cliente']);

/** The span of the message left once the given words (and fillers) are set aside, as typed. */
function remainder(r: Reading, drop: ReadonlySet<string>, range: [number, number] = [0, r.s.length]): string {
  const words: Array<{ w: string; start: number; end: number }> = [];
  for (const m of r.s.slice(range[0], range[1]).matchAll(/[^\s]+/g)) {
    words.push({ w: m[0], start: range[0] + m.index, end: range[0] + m.index + m[0].length });
  }
  const keep = (w: string) => !FILLER.has(w) && !drop.has(w) && !/^[?=%€$]$/.test(w) && !w.startsWith('#');
  let first = 0;
  let last = words.length - 1;
  while (first <= last && !keep(words[first]!.w)) first++;
  while (last >= first && !keep(words[last]!.w)) last--;
  if (first > last) return '';
  return r.slice(words[first]!.start, words[last]!.end);
}

/** A month, whole or cut short, alone (« déc », « octobre »). */
const MONTH_WORDS =
  /^(?:janv?|janvier|fevr?|fevrier|mars|avr|avril|mai|juin|juil|juillet|aout|sept|septembre|oct|octobre|nov|novembre|dec|decembre)$/;

/** A customer reference from a mention that plausibly is a name; null when it is not one. */
function customerRef(mention: string, customers: readonly Customer[]): CustomerRef | null {
  const words = normalizeText(mention).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 6) return null;
  const codes = customersNamed(mention, customers).map((c) => c.code);
  if (codes.length > 0) return { mention, codes };
  // « mail des pharmacies » with no pharmacy: a kind names nobody — never « aucun client ».
  const named = words.filter((w) => !LEADING.has(w));
  if (named.length === 1 && pluralOfAKind(named[0]!)) return null;
  // « appelle mon patron », « le comptable »: the company's people and ordinary words are no name.
  if (words.every((w) => FILLER.has(w) || isExactStopWord(w))) return null;
  if (words.some((w) => NOT_A_NAME.has(w) || NEVER_ALONE.has(w))) return null;
  if (!words.some((w) => w.length >= 2 && !FILLER.has(w))) return null;
  return { mention, codes };
}

/** Words that never name a customer on their own (they would prefix-match a name: « pas », « tout »). */
const NEVER_ALONE = new Set(
  `pas plus tout tous toute fait faire passe besoin dit dire parle valider stp svp merci sors sort mon ma mes
  personne paie paye regle factures facture impaye impayes facturation contact compta service vas vais vont
  allons allez
  parce puisque`
    .split(/\s+/)
    .filter(Boolean),
);

/** Function words inside a customer's name (« Biocoop de la Part-Dieu », « Hôtel du Parc »). */
const NAME_GLUE = new Set(['de', 'd', 'du', 'des', 'la', 'le', 'les', 'l']);

/**
 * The customer a command names among the words left once `drop` (the command's own words) is set
 * aside: the longest run of words (at most six, not starting nor ending with a filler) that names
 * customers; else the whole rest as typed (then unknown, or not a name at all).
 */
function named(
  r: Reading,
  drop: ReadonlySet<string>,
  customers: readonly Customer[],
  range: [number, number] = [0, r.s.length],
): CustomerRef | null {
  const words: Array<{ w: string; start: number; end: number }> = [];
  for (const m of r.s.slice(range[0], range[1]).matchAll(/[^\s]+/g))
    words.push({ w: m[0], start: range[0] + m.index, end: range[0] + m.index + m[0].length });
  const edge = (w: string) =>
    !FILLER.has(w) && !drop.has(w) && !NEVER_ALONE.has(w) && !/^[?=%€$>]$/.test(w) && !w.startsWith('#');
  // « le Biocoop de la Part-Dieu »: the words that glue a name's parts (« de la », « du ») stay inside
  // a name even when the command drops them elsewhere (« promet de payer »): never at its edges.
  const inside = (w: string) =>
    (NAME_GLUE.has(w) || !drop.has(w)) && !/^[?=%€$>]$/.test(w) && !w.startsWith('#');
  for (let length = Math.min(6, words.length); length >= 1; length--) {
    for (let i = 0; i + length <= words.length; i++) {
      const span = words.slice(i, i + length);
      if (!edge(span[0]!.w) || !edge(span[length - 1]!.w) || !span.every((x) => inside(x.w))) continue;
      if (length === 1 && (span[0]!.w.length < 3 || NOT_A_NAME.has(span[0]!.w))) continue;
      const mention = r.slice(span[0]!.start, span[length - 1]!.end);
      const codes = customersNamed(mention, customers).map((c) => c.code);
      // « téléphone de l’hotel novotel », « la boulangerie paul promet … »: a kind followed by a
      // name that is not its customer's is another business — unknown, never the one we know.
      const next = words[i + length];
      if (codes.length > 0 && length === 1 && kindOfWord(span[0]!.w) !== undefined && next) {
        if (anotherBusinessName(next.w, drop, customers))
          return { mention: r.slice(span[0]!.start, next.end), codes: [] };
      }
      // « la fiche du centre hospitalier de Bourg-en-Bresse »: a kind said in several words, then
      // « de » and a name that is not its customer's — another business too (fortieth round).
      const after = words[i + length + 1];
      if (
        codes.length > 0 &&
        isKindPhrase(span.map((x) => x.w)) &&
        /^(?:de|du|d)$/.test(next?.w ?? '') &&
        after &&
        anotherBusinessName(after.w, drop, customers)
      )
        return { mention: r.slice(span[0]!.start, after.end), codes: [] };
      // « le téléphone de la clinique du Parc »: a kind said before a name whose customers are all of
      // other kinds (the Hôtel du Parc) is another business — unknown (thirty-ninth round).
      if (codes.length > 0) {
        const kindAt = kindSaidBefore(words, i);
        if (kindAt >= 0 && !codes.some((code) => ofKind(customers, code, kindOfWord(words[kindAt]!.w)!)))
          return { mention: r.slice(words[kindAt]!.start, span[length - 1]!.end), codes: [] };
        return { mention, codes };
      }
    }
  }
  return customerRef(remainder(r, drop, range), customers);
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** The index of a kind's word said right before the word at `at` (glue between), or -1. */
function kindSaidBefore(words: ReadonlyArray<{ w: string }>, at: number): number {
  let k = at - 1;
  while (k >= 0 && /^(?:du|de|la|le|les|des|d|l)$/.test(words[k]!.w)) k--;
  return k >= 0 && k < at - 1 && kindOfWord(words[k]!.w) !== undefined ? k : -1;
}

/** Whether the customer of `code` has the kind `kind` in its name. */
function ofKind(customers: readonly Customer[], code: string, kind: number): boolean {
  const customer = customers.find((c) => c.code === code);
  return customer !== undefined && hasKind(customer, kind);
}

/** A word after a kind that can only be another business's own name (« novotel », « paul »). */
function anotherBusinessName(w: string, drop: ReadonlySet<string>, customers: readonly Customer[]): boolean {
  return (
    w.length >= 3 &&
    /^\p{L}+$/u.test(w) &&
    !drop.has(w) &&
    !FILLER.has(w) &&
    !NEVER_ALONE.has(w) &&
    !NOT_A_NAME.has(w) &&
    !NAME_GLUE.has(w) &&
    !AFTER_A_KIND.has(w) &&
    !isExactStopWord(w) &&
    !MONTH_WORDS.test(w) &&
    !(w in WEEKDAYS) &&
    !/(?:ait|aient|ent|ons|ez|era|erait|ira|irait)$/.test(w) &&
    kindOfWord(w) === undefined &&
    customersNamed(w, customers).length === 0
  );
}

// ---------------------------------------------------------------------------------------------
// Dates and amounts of a promise.

const WEEKDAYS: Record<string, number> = {
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const ENGLISH_MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** The first day on or after `today` with this date, moving a year (or a month) forward if needed. */
function ahead(date: CalendarDate, today: CalendarDate, dayOnly: boolean): CalendarDate {
  if (date >= today) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (dayOnly) {
    const [ty, tm] = today.split('-').map(Number) as [number, number];
    const next = tm === 12 ? safeDate(ty + 1, 1, d) : safeDate(ty, tm + 1, d);
    return next ?? date;
  }
  return safeDate(y + 1, m, d) ?? date;
}

interface DateFound {
  date: CalendarDate;
  /** Token indexes read. */
  start: number;
  end: number;
}

/** The promised date: « le 15 décembre », « 10/12 », « vendredi », « fin du mois », « demain », « dans 10 jours ». */
function promiseDate(tokens: TokenSet, today: CalendarDate): DateFound | null {
  const list = tokens.list;
  for (let i = 0; i < list.length; i++) {
    const n = list[i]!.norm;
    const next = list[i + 1]?.norm;
    if (n === 'demain' || n === 'tomorrow') return { date: addDays(today, 1), start: i, end: i + 1 };
    if (n === 'apres' && next === 'demain') return { date: addDays(today, 2), start: i, end: i + 2 };
    // « lundi 30 novembre »: the date says it; the weekday is only read alone.
    if (WEEKDAYS[n] !== undefined && !readDate(tokens, i + 1, today, false)) {
      const wanted = WEEKDAYS[n]!;
      let delta = (wanted - dayOfWeek(today) + 7) % 7;
      if (delta === 0) delta = 7;
      const nextWeek = next === 'prochain' || next === 'next' || list[i - 1]?.norm === 'next';
      if (nextWeek && delta < 7 && /prochain/.test(next ?? '') && delta <= 0) delta += 7;
      return { date: addDays(today, delta), start: i, end: i + (next === 'prochain' ? 2 : 1) };
    }
    // « fin du mois », « fin de mois », « fin décembre », « end of the month », « end of month ».
    if (n === 'fin' || n === 'end') {
      let j = i + 1;
      while (['du', 'de', 'of', 'the', 'ce', 'this', 'd'].includes(list[j]?.norm ?? '')) j++;
      const word = list[j]?.norm ?? '';
      if (word === 'mois' || word === 'month') {
        const after = list[j + 1]?.norm;
        const shift = after === 'prochain' || list[j - 1]?.norm === 'next' ? 1 : 0;
        const base = shift ? addDays(endOfMonth(today), 1) : today;
        return { date: endOfMonth(base), start: i, end: j + 1 + (after === 'prochain' ? 1 : 0) };
      }
      const month = monthIndex(word);
      if (month !== null) {
        const [ty] = today.split('-').map(Number) as [number];
        const first = safeDate(ty, month, 1)!;
        return { date: ahead(endOfMonth(first), today, false), start: i, end: j + 1 };
      }
    }
    // « dans 10 jours », « sous 8 jours », « in 10 days ».
    if ((n === 'dans' || n === 'sous' || n === 'in') && list[i + 1]?.kind === 'number') {
      const unit = list[i + 2]?.norm ?? '';
      const count = Number(list[i + 1]!.norm);
      if (['jour', 'jours', 'j', 'days', 'day'].includes(unit) && count > 0 && count <= 365)
        return { date: addDays(today, count), start: i, end: i + 3 };
    }
    // English: « December 15 », « december 15th », « 15th December », « on 15 december ».
    const monthHere = ENGLISH_MONTHS[n];
    if (monthHere !== undefined) {
      const day = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(list[i + 1]?.norm ?? '');
      if (day) {
        const date = safeDate(Number(today.slice(0, 4)), monthHere, Number(day[1]));
        if (date) return { date: ahead(date, today, false), start: i, end: i + 2 };
      }
    }
    // « on 15 January » (British, no suffix) as « 15th January ».
    const ordinal = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(n);
    if (ordinal && ENGLISH_MONTHS[next ?? ''] !== undefined) {
      const date = safeDate(Number(today.slice(0, 4)), ENGLISH_MONTHS[next!]!, Number(ordinal[1]));
      if (date) return { date: ahead(date, today, false), start: i, end: i + 2 };
    }
    // « on the 15th », « by the 3rd »: a day of this month or the next, to come.
    const dayOnly = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(n);
    if (dayOnly && list[i - 1]?.norm === 'the') {
      // « the 15th of January »: that month's.
      const monthOf = list[i + 1]?.norm === 'of' ? ENGLISH_MONTHS[list[i + 2]?.norm ?? ''] : undefined;
      if (monthOf !== undefined) {
        const date = safeDate(Number(today.slice(0, 4)), monthOf, Number(dayOnly[1]));
        if (date) return { date: ahead(date, today, false), start: i, end: i + 3 };
      }
      const d = safeDate(Number(today.slice(0, 4)), Number(today.slice(5, 7)), Number(dayOnly[1]));
      if (d) return { date: ahead(d, today, true), start: i, end: i + 1 };
    }
    // French: « 15 décembre », « le 15 », « 15/12 », « 15/12/2026 », « 1er décembre ».
    const prev = list[i - 1]?.norm;
    const dayAllowed = prev === 'le' || prev === 'au' || prev === 'on' || prev === 'the';
    const date = readDate(tokens, i, today, dayAllowed);
    if (date) {
      if (date.dayOnly) {
        const d = safeDate(Number(today.slice(0, 4)), Number(today.slice(5, 7)), date.day);
        if (!d) continue;
        return { date: ahead(d, today, true), start: i, end: date.end };
      }
      return { date: ahead(date.date, today, false), start: i, end: date.end };
    }
  }
  return null;
}

function monthIndex(word: string): number | null {
  const french = [
    'janvier',
    'fevrier',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'aout',
    'septembre',
    'octobre',
    'novembre',
    'decembre',
  ].indexOf(word);
  if (french >= 0) return french + 1;
  return ENGLISH_MONTHS[word] ?? null;
}

// « 3 000 balles »: money slang, as the questions read it (./amounts.ts).
const EURO_WORDS = new Set(['€', 'euro', 'euros', 'eur', 'e', 'balles', 'boules']);

/** An amount said with its unit: « 1 200 € », « 1200 euros », « 5k€ », « 850,50 eur ». */
function promiseAmount(tokens: TokenSet, skip: { start: number; end: number } | null): Cents | undefined {
  const list = tokens.list;
  const free = (i: number) => !skip || i < skip.start || i >= skip.end;
  const allCapitals = !list.some((t) => t.kind === 'word' && /\p{Ll}/u.test(t.raw));
  for (let i = 0; i < list.length; i++) {
    if (!free(i)) continue;
    const glued = /^(\d+(?:[.,]\d{1,2})?)(k?)(?:€|eur|euros?)$/.exec(list[i]!.norm);
    if (glued) {
      const value = Number(glued[1]!.replace(',', '.')) * (glued[2] ? 1000 : 1);
      if (value > 0) return cents(Math.round(value * 100));
    }
    // « 3,000 € » written the English way.
    const english = /^(\d{1,3}(?:,\d{3})+)$/.exec(list[i]!.norm);
    // « will pay 1,800 on 2 December » (forty-eighth round): a thousands comma after a verb of paying
    // is money with no unit said.
    const paying = /^(?:pay|paying|pays|settle|settles|settling|send|wire|transfer)$/.test(
      list[i - 1]?.norm ?? '',
    );
    if (english && (EURO_WORDS.has(list[i + 1]?.norm ?? '') || paying))
      return cents(Number(english[1]!.replace(/,/g, '')) * 100);
    const number = readNumber(list, i, free);
    if (!number) continue;
    const unit = list[i + number.length];
    // A bare « E » is euros in a message typed all in capitals (« REGLER 800 E JEUDI »): its
    // capitals say nothing, as a lower-case « e » after a number says euros.
    if (unit && EURO_WORDS.has(unit.norm) && (unit.norm !== 'e' || unit.raw === 'e' || allCapitals)) {
      if (number.cents > 0) return number.cents;
    }
    // « promet de payer 2,5k vendredi »: thousands said with « k » are money, a unit or not.
    if (number.thousands && number.cents > 0) return number.cents;
    i += number.length - 1;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The rules, most specific first.

const CONTACT_WORDS = set(`
telephone telephones tel tel. numero numeros num portable mobile contact contacts contacter contacte
coordonnees joindre appeler appelle appelles interlocuteur interlocutrice courriel courriels adresse mail mails
email emails phone number reach call contact details address referent referente correspondant correspondante
`);
/** « à quelle adresse envoyer … ? », « quel mail pour … »: an address asked, whatever else is said. */
const ASKS_AN_ADDRESS = /\b(?:quelle|quel|which|what)\s+(?:adresse|mail|email|courriel|numero|address)\b/;
/** Calling said as a verb only (« j’appelle X demain »): why a figure is asked, not a number asked. */
const CALL_VERBS = /^(?:appeler|appelle|appelles|contacter|contacte|joindre|call|reach)$/;
/** « a appelé », « nous ont contactés », « avait joint »: a past tense. */
const PAST_AUXILIARIES = set(`a ai as ont avait avaient avons avez eu`);
// « audit trail for invoice F… » (forty-eighth round).
const HISTORY_WORDS = set(`historique historiques histo chronologie history trail`);
const CARD_WORDS = set(`fiche dossier compte card file`);

/** Whether the message may be a command at all: its words or an invoice number (cheap, no customers). */
export function mayBeCommand(text: string): boolean {
  const r = read(text);
  if (r.invoices.length > 0) return true;
  return (
    /\b(telephones?|tel|numeros?|num|portable|mobile|contacts?|contacter|contacte|coordonnees|joindre|appeler|appelle|interlocut\w*|courriels?|mails?|emails?|phone|reach|call|historiques?|histo|chronologie|history|fiche|dossier|card|client|customer|litiges?|dispute\w*|conteste\w*|promesse|promet|promis|promised?|engage|payera|paiera|paieront|reglera|pay|alias|surnom|aka|procedure|export\w*|extraction|extrai\w*|excel|xlsx|tableur|cabinet|avocats?|lettre|courrier|law|letter|relances?|carte|reminders|ouvre|ouvrir|open|compte|tableau|dunning|mandat|parle|comme)\b/.test(
      r.s,
    ) ||
    // Every rule's own trigger, so that nothing the parser reads as a command misses this route.
    PROMISE.test(r.s) ||
    /\b(?:revue|review)\b|\bbilan\s+(?:de\s+la\s+)?semaine\b/.test(r.s) ||
    WHAT_DONE.test(r.s) ||
    LIFT.test(r.s) ||
    OPEN.test(r.s)
  );
}

/** « historique » alone, « l’historique ? »: which one is asked. */
function bareHistory(r: Reading): boolean {
  return /^(?:(?:l|le|un|voir|montre|affiche|donne|moi|the|show)\s+)*(?:historique|histo|history)(?:\s+(?:de|du|d|des|stp|svp|please|\?))*\s*\??$/.test(
    r.s,
  );
}

/**
 * « toutes les relances qui ont été envoyées pour la F2026-1077 », « les courriers envoyés pour la
 * F2026-1042 », « qu’est-ce qui a été envoyé concernant la facture … »: what was sent or done, a few
 * words before an invoice named, is that invoice's history (« lettres », « courriers » read here as
 * the typo corrector leaves them: singular).
 */
const SENT_ON_INVOICE =
  '(?:relances|courriers?|lettres?|mails|emails|envoyee?s?|expediee?s?|adressee?s?|faites|sent|reminders)\\s+(?:\\S+\\s+){0,5}(?:sur|de|pour|concernant|a\\s+propos\\s+de|au\\s+sujet\\s+de|for|on|about)\\s+(?:la\\s+|cette\\s+|notre\\s+|the\\s+)?(?:facture\\s+|fact\\s+|invoice\\s+)?#\\d+';

/**
 * « Est-ce que la facture F2026-1077 a déjà été relancée ? », « a-t-on relancé la F2026-1042 ? »,
 * « F2026-1042 déjà relancée ? » (issue 16, twentieth round): whether an invoice named was reminded,
 * asked yes or no, is its history (it read « relancée » as the unpaid invoices). Only the verb's own
 * words may stand between the invoice and « relancée » (« la F2026-1042 a-t-elle bien été relancée »);
 * « relance F2026-1042 » (to do) is not asked here.
 */
const REMINDED_INVOICE = new RegExp(
  String.raw`#\d+\s+(?:(?:a|t|elle|il|ont|ete|deja|bien|jamais|encore|pas|toujours|combien|de|fois)\s+){0,6}(?:relance\w*|rappele\w*)\b` +
    String.raw`|(?:a\s+t\s+on|on\s+a|avons\s+nous|nous\s+avons|est\s+ce\s+qu\s+on\s+a|avez\s+vous|vous\s+avez|as\s+tu|tu\s+as)\s+(?:deja\s+|bien\s+|encore\s+|jamais\s+)?(?:relance|relancee?s?|rappele)\s+(?:la\s+|cette\s+|notre\s+)?(?:facture\s+|fact\s+)?#\d+\b`,
);

/**
 * « la F2026-1042 est-elle payée ? », « est-ce payé, la F2026-1042 ? », « le client a réglé la
 * F2026-1042 ? », « a-t-on été payé pour la F2026-1042 ? »: whether an invoice named is paid, asked
 * yes or no, is its history (it gave all the money received). A payment to come (« sera payée le 7 »)
 * is a promise, read before.
 */
const PAID = String.raw`(?:payee?s?|reglee?s?|soldee?s?|encaissee?s?)`;
const PAID_INVOICE = new RegExp(
  String.raw`#\d+\s+(?:(?:a|t|elle|il|est|ete|deja|bien|enfin|finalement|toujours|pas|encore|completement|entierement)\s+){0,6}${PAID}\b` +
    String.raw`|\b(?:c\s+est|est\s+ce|est\s+elle|elle\s+est)\s+(?:(?:tu|bien|deja|enfin|finalement|pas|encore)\s+)*${PAID}\s+(?:\S+\s+){0,2}#\d+` +
    String.raw`|\b(?:a\s+t\s+on|on\s+a|avons\s+nous|a\s+t\s+il|a\s+t\s+elle|ont\s+ils|il\s+a|ils\s+ont|elle\s+a)\s+(?:(?:ete|bien|deja|enfin|finalement)\s+)*(?:paye|regle|solde)\s+(?:(?:pour|de|sur)\s+)?(?:la\s+|cette\s+)?(?:facture\s+|fact\s+)?#\d+`,
);

// « toutes les actions sur la facture F2026-1042 », « relances de F2026-1042 »: what was done on an
// invoice named is its history.
const WHAT_DONE = new RegExp(
  String.raw`\b(?:qu\s+a\s+t\s+on\s+(?:fait|envoye|expedie|adresse)|qu\s+avons\s+nous\s+(?:fait|envoye|expedie|adresse)|qu\s+est\s+ce\s+qu\s+on\s+a\s+fait|qu\s+est\s+ce\s+qui\s+a\s+ete\s+fait|ce\s+qu\s+on\s+a\s+fait|ce\s+qui\s+a\s+ete\s+fait|qu\s+est\s+ce\s+qui\s+s\s+est\s+passe|que\s+s\s+est\s+il\s+passe|ce\s+qui\s+s\s+est\s+passe|what\s+(?:did\s+we\s+do|have\s+we\s+done|was\s+done|happened)|(?:les\s+)?relances\s+(?:envoyees|faites)|(?:le\s+)?suivi|quelles\s+relances|qu\s+est\s+ce\s+qu\s+on\s+a\s+envoye|(?:on|nous)\s+(?:a|avons)\s+(?:fait|envoye|fait\s+comme\s+relances?)\s+(?:quoi|koi|koa|kwa)|quoi\s+de\s+fait|(?:actions|relances|evenements|etapes|echanges)\s+(?:\S+\s+){0,3}(?:sur|de|pour|concernant)\s+(?:la\s+|cette\s+)?(?:facture\s+|fact\s+)?#\d+|${SENT_ON_INVOICE})\b`,
);

/** Whether the message says a period (« la semaine dernière », « hier », « en octobre »). */
function saysPeriod(text: string, today: CalendarDate): boolean {
  return extractDates(new TokenSet(readableTokens(tokenize(text.slice(0, 500)))), today).period !== undefined;
}

function historyCommand(
  r: Reading,
  customers: readonly Customer[],
  text: string,
  today: CalendarDate,
): CommandRead | null {
  const hasWord = [...HISTORY_WORDS].some((w) => new RegExp(`\\b${w}\\b`).test(r.s));
  const whatDone = WHAT_DONE.test(r.s) || REMINDED_INVOICE.test(r.s) || PAID_INVOICE.test(r.s);
  if (!hasWord && !whatDone) return null;
  if (r.invoices.length > 0)
    return { kind: 'command', command: { command: 'history', invoice: r.invoices[0]! } };
  if (hasWord && bareHistory(r)) return { kind: 'ask_history' };
  const customer = named(
    r,
    set(
      `historique historiques histo chronologie history complet complete relances relance envoyees faites suivi fait
      qu a t on avons est ce qui ete en ou sont dossier compte account everything all did we do have done was happened
      with about on sur pour avec au niveau cote tout passe s`,
    ),
    customers,
  );
  if (!customer) return null;
  // « qu’a-t-on fait … » names a customer only when it resolves (« qu’a-t-on fait hier ? » is the journal).
  if (!hasWord && customer.codes.length === 0) return null;
  // A customer's file is its whole history; what was done for it in a period (« qu’a-t-on fait sur
  // Naturalia la semaine dernière ? ») is the journal of that period, filtered on the customer.
  if (saysPeriod(text, today)) return null;
  return { kind: 'command', command: { command: 'history', customer } };
}

const LIFT =
  /\b(?:lever|levez|leve|lift|retirer|retire|enlever|enleve|supprimer|supprime|annuler|annule|clore|clos|cloturer|fermer|ferme|resolve|remove|close|end|sortir|sors)\b.*\b(?:litige|litiges|dispute|contestation)\b|\b(?:litige|dispute|contestation)\b.*\ba\s+(?:lever|retirer|enlever|clore|cloturer|fermer|annuler|supprimer)\b|\b(?:litige|contestation)\b.*\b(?:peux|pouvez|peut|faut|dois|doit|faudrait|pourrais|pourriez)\s+(?:tu\s+|vous\s+|on\s+)?(?:le\s+|la\s+|l\s+|y\s+)?(?:lever|retirer|enlever|clore|cloturer|fermer|annuler|supprimer)\b|\b(?:litige|contestation)\b.*(?<!\b(?:est|sont|ete|etait)\s)\b(?:lever|retirer|enlever|clore|cloturer|fermer|annuler|supprimer)\s*\??\s*$|\b(?:litige|dispute|contestation)\b.*\b(?:leve|levee|lifted|resolu|resolue|resolved|regle|reglee|clos|close|closed|termine|terminee|fini|fin|sorted|settled)\b|\b(?:dispute|litige)\b.*\b(?:lift|remove|clear|close)\s+(?:it|that|this)\b|\bplus\s+(?:en\s+)?(?:litige|contestee?s?)\b|\bno\s+longer\s+(?:disputed|in\s+dispute)\b|\bout\s+of\s+dispute\b|\bfin\s+(?:du|de)\s+litige\b/;

const OPEN =
  /\b(?:mettre|mets|mettez|met|passer|passe|placer|place|ouvrir|ouvre|ouvrez|declarer|declare|signaler|signale|enregistrer|enregistre|noter|note|creer|cree|open|mark|flag|put|set|raise)\b.*\b(?:litige|dispute|disputed|contestation|contestee?)\b|\b(?:conteste|contestent|contestee|contestation|refuse\s+de\s+payer|disputes)\b|\b(?:litige|dispute)\s+(?:sur|on|pour|for)\s+#|#\d+\s+(?:en|is|as)\s+(?:litige|disputed)\b|\bmise\s+en\s+litige\b/;

function disputeCommand(r: Reading): CommandRead | null {
  if (r.invoices.length === 0) return null;
  const invoice = r.invoices[0]!;
  // A question about it (« F2026-1048 est-elle en litige ? ») is not an order; an infinitive is one,
  // the « tu peux » before it left out (« (tu peux) retirer le litige sur la F2026-1090 ? »: « retirer »,
  // « enlever », « supprimer », « annuler » as « lever » — a participle, « retiré ? », still asks).
  if (/\?\s*$/.test(r.s) && !/\b(?:peux|pouvez|can|could|tu|vous)\b/.test(r.s)) {
    if (
      !/\b(?:lever|leve|mettre|mets|ouvrir|ouvre|retirer|enlever|supprimer|annuler|clore|cloturer|fermer)\b/.test(
        r.s,
      )
    )
      return null;
  }
  if (LIFT.test(r.s)) return { kind: 'command', command: { command: 'lift_dispute', invoice } };
  if (OPEN.test(r.s)) return { kind: 'command', command: { command: 'open_dispute', invoice } };
  return null;
}

const PROMISE =
  /\b(?:promet|promettent|promis|promise|promesse|promesses|promised|promises|s\s+engage|sengage|s\s+est\s+engage|sest\s+engage|engagement|payera|paiera|paieront|payeront|reglera|regleront|versera|verseront|regle|reglent|paie|paient|paye|sera\s+payee?|seront\s+payees?|sera\s+reglee?|va\s+payer|vont\s+payer|va\s+regler|vont\s+regler|va\s+virer|vont\s+virer|virera|vireront|doit\s+payer|will\s+pay|ll\s+pay|will\s+settle|ll\s+settle|to\s+pay|paiement\s+prevu|virement\s+prevu|annonce\s+un\s+virement|enregistrer\s+(?:une\s+)?promesse)\b/;

/** « la paie », « logiciel de paie », « fiche de paie »: the payroll, a noun — no one pays (eighteenth round). */
const PAYROLL = /\b(?:de|la|ma|sa|ta|notre|votre|leur|une|cette)\s+paie\b/g;

function promiseCommand(r: Reading, text: string, context: CommandContext): CommandRead | null {
  if (!PROMISE.test(r.s.replace(PAYROLL, ' '))) return null;
  // Questions about promises (« promesses échues », « quelles promesses ce mois ? ») are figures.
  if (
    /\b(?:quelles?|combien|which|how\s+many|echues?|tenues?|non\s+tenues?|rompues?|en\s+cours|liste)\b/.test(
      r.s,
    ) ||
    // « les promesses attendues le 4 décembre », « promesses à venir en décembre »: promises to come, asked.
    /\bpromesses\b.*\b(?:attendues|attendus|a\s+venir|prevues|prevus)\b/.test(r.s) ||
    // « promesses qui tombent d’ici la fin du mois », « promesses de X d’ici vendredi », « les
    // promesses de la semaine »: the promises of a span, asked (twenty-seventh round) — a promise
    // recorded names one, in the singular or with its verb (« promet », « promesse de X le 5/12 »).
    /^(?:(?:les|mes|nos|des|toutes|tes|vos)\s+)*promesses\b/.test(r.s) ||
    // « Promises due since 11/3 », « promises kept this week », « broken promises » (forty-sixth round).
    /^(?:(?:the|our|my|all|any|show|list|me)\s+)*(?:broken\s+|kept\s+|open\s+|pending\s+)?(?:promises\b|promise\s+(?:due|kept|broken|made|received|pending|since|this|last|between)\b)/.test(
      r.s,
    ) ||
    /\bpromesses\s*\?/.test(r.s) ||
    /\bpromesses\s+(?:qui|tombant|arrivant|a\s+echeance|d\s+ici|jusqu|entre|de\s+la\s+semaine|du\s+mois)\b/.test(
      r.s,
    ) ||
    // « (ce qui) reste à payer au 31/10 »: what is left to pay at a cut-off, a figure — never a promise
    // of a customer « reste » (issue 16, eighteenth round).
    /\b(?:reste|restent|restant|restait)\s+(?:encore\s+)?a\s+(?:payer|payera|regler|reglera)\s+au\b/.test(r.s)
  )
    return null;
  // A payment made (« a réglé le 5 ») is not a promise; « a promis de payer », « ont promis 1500e
  // pour le 4/12 » (a promise and its amount) are.
  if (
    /\b(?:a|ont|avons|avez|deja)\s+(?:regle|paye|payee|promis)\b/.test(r.s) &&
    !/\b(?:a|ont)\s+promis\s+(?:de\b|d\b|\d)/.test(r.s)
  )
    return null;
  // Dates and amounts are read on the tokens of the message without its invoice numbers.
  // « 1200e », « 3ke », « 12 000e »: euros glued to the number as a fast typist writes them, read
  // as the questions read them (./currency.ts: a bare « e » from a hundred on, never an ordinal).
  const tokens = new TokenSet(
    currencyAfterNumber(
      numbersInWords(tokenize(text.slice(0, 500).replace(INVOICE, (m) => ' '.repeat(m.length)))),
    ),
  );
  const found = promiseDate(tokens, context.today);
  if (!found) return null;
  tokens.take(found);
  const amount = promiseAmount(tokens, found);
  if (r.invoices.length > 0) {
    return {
      kind: 'command',
      command: {
        command: 'record_promise',
        invoice: r.invoices[0]!,
        date: found.date,
        ...(amount !== undefined ? { amount } : {}),
      },
    };
  }
  // The customer: what is left once the promise's words, the date and the amount are set aside.
  const before = r.s.search(PROMISE);
  const dropped = set(
    `promet promettent promis promise promesse promesses promised promises engage sengage sest est engagement payera paiera
    paieront payeront reglera regleront versera verseront va vont payer regler virer virera vireront doit will pay to paiement prevu virement annonce
    enregistrer enregistre note noter notez de d le la au the on by payment pour sa facture ses factures its
    invoice invoices paid regle reglent paie paient paye sera seront payee payees reglee dit m qu il elle a
    client cliente customer parce puisque car`,
  );
  const withDates = new Set([...dropped, ...dateAndAmountWords(r)]);
  const resolved = named(r, withDates, context.customers);
  const head = remainder(r, dropped, [0, before]);
  const tailMention = head ? head : remainder(r, withDates, [before, r.s.length]);
  const customer =
    resolved && resolved.codes.length > 0
      ? resolved
      : customerRef(stripDateWords(tailMention), context.customers);
  if (!customer) return null;
  return {
    kind: 'command',
    command: {
      command: 'record_promise',
      customer,
      date: found.date,
      ...(amount !== undefined ? { amount } : {}),
    },
  };
}

/** Words of dates and amounts, never part of a customer's name in a promise. */
function dateAndAmountWords(r: Reading): string[] {
  return r.s.split(' ').filter((w) => /\d/.test(w) || DATE_WORDS.has(w) || EURO_WORDS.has(w));
}
const DATE_WORDS = set(`
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre january february march
april may june july august september october november december lundi mardi mercredi jeudi vendredi samedi
dimanche monday tuesday wednesday thursday friday saturday sunday demain apres fin du mois prochain prochaine
dans sous jours jour days end month next tomorrow er eme
`);

/** A mention cut before its first date or amount word (« Biocoop le 15 décembre » → « Biocoop »). */
function stripDateWords(mention: string): string {
  const words = mention.split(/\s+/);
  const cut = words.findIndex((w) => {
    const n = normalizeWord(w).replace(/[^\p{L}\p{N}]/gu, '');
    // A customer's code (« C012 ») starts with a letter: no date, no amount.
    return /^\d/.test(n) || DATE_WORDS.has(n) || n === 'euros' || n === 'eur';
  });
  const kept = cut < 0 ? words : words.slice(0, cut);
  while (kept.length > 0 && FILLER.has(normalizeWord(kept[kept.length - 1]!).replace(/[^\p{L}\p{N}]/gu, '')))
    kept.pop();
  return kept.join(' ');
}

const ALIAS_WORDS = set(`alias surnom enregistre enregistrer le la stp svp merci please`);

/**
 * Verbs that set an alias: adding it (« ajoute », « crée », « mets ») and changing it (« change »,
 * « modifie », « mets à jour », « définis », « utilise », « remplace », « corrige », « renomme »):
 * Relances keeps every alias given, so changing one is adding the new one. The nouns « ajout »,
 * « création » as a note's verb.
 */
const ALIAS_VERBS =
  // « ajout (d’un) alias X pour Y », « création alias X pour Y »: the noun of the action, typed as a note.
  '(?:ajout(?:\\s+d)?|creation(?:\\s+d)?|ajoute|ajouter|ajoutez|ajoutes|rajoute|rajouter|rajoutez|mets|met|mettre|mettez|cree|creer|creez|enregistre|enregistrer|enregistrez|note|noter|notez|add|create|set|change|changer|changez|changes|modifie|modifier|modifiez|mets\\s+a\\s+jour|met\\s+a\\s+jour|mettre\\s+a\\s+jour|mette\\s+a\\s+jour|mettez\\s+a\\s+jour|maj|definis|definir|definissez|definit|utilise|utiliser|utilisez|remplace|remplacer|remplacez|corrige|corriger|corrigez|renomme|renommer|renommez|update|use|fixe|fixer)';

/** « alias SGH pour Société Générale d’Hygiène », « SGH est un alias de … », « appelle … … ». */
function aliasCommand(r: Reading, customers: readonly Customer[]): CommandRead | null {
  const patterns: Array<{ re: RegExp; alias: 1 | 2 }> = [
    // « remplace l’alias de X par SGH », « change the alias of X to SGH »: a verb of changing, the
    // customer first, the new alias after « par ».
    {
      re: new RegExp(
        `^(?:.*?\\b${ALIAS_VERBS}\\s+)(?:(?:un|l|le|the|an)\\s+)*(?:alias|surnom)\\s+(?:de|du|d|of|for)\\s+(.+?)\\s+(?:par|en|by|to|with)\\s+(.+?)\\s*\\??$`,
      ),
      alias: 2,
    },
    // « alias SGH pour X », « ajoute l’alias SGH à X », « add alias SGH for X », « alias SGH = X »;
    // after a verb of adding anywhere in the sentence (« rajoute alias BLCR pour … », « tu peux mettre
    // l’alias Bon Point pour … », « … par ses initiales : pourriez-vous ajouter l’alias PSRA pour … »).
    // « pour » (« pr » in SMS spelling) splits first: an alias may hold « de » (« alias Hôtel de Ville pour … »).
    {
      re: new RegExp(
        `^(?:.*?\\b${ALIAS_VERBS}\\s+)?(?:(?:un|l|le|the|an|new|nouvel|nouveau|comme)\\s+)*(?:alias|surnom|aka)\\s+(.+?)\\s+(?:pour|pr|for|=|>)\\s+(?:le\\s+client\\s+|client\\s+|customer\\s+)?(.+?)\\s*\\??$`,
      ),
      alias: 1,
    },
    {
      re: new RegExp(
        `^(?:.*?\\b${ALIAS_VERBS}\\s+)?(?:(?:un|l|le|the|an|new|nouvel|nouveau)\\s+)*(?:alias|surnom|aka)\\s+(.+?)\\s+(?:a|au|de|du|d|to|of|sur)\\s+(?:le\\s+client\\s+|client\\s+|customer\\s+)?(.+?)\\s*\\??$`,
      ),
      alias: 1,
    },
    // « ajoute SGH comme alias de X », « rajoute ITM comme alias d’Intermarché Vaise ».
    {
      re: /^(?:(?:ajoute|ajouter|ajoutez|rajoute|rajouter|mets|met|mettre|enregistre|enregistrer|add|note)\s+)(.+?)\s+(?:comme|as)\s+(?:un\s+|an\s+|l\s+)?(?:alias|surnom|autre\s+nom|diminutif|abreviation)\s+(?:de|du|d|pour|pr|a|au|for|of|to)\s+(.+?)$/,
      alias: 1,
    },
    // « alias de X : SGH », « alias for X: SGH ».
    {
      re: /^(?:(?:ajoute|ajouter|add|un|l|the|an)\s+)*(?:alias|surnom)\s+(?:de|du|for|of)\s+(.+?)\s+(?:=|est|is)?\s*(.+?)$/,
      alias: 2,
    },
    // « SGH est un alias de X », « SGH is an alias for X », « SGH = X ».
    {
      re: /^(.+?)\s+(?:est|c\s+est|is)\s+(?:un|an|l|the)?\s*(?:alias|surnom|autre\s+nom|diminutif|abreviation)\s+(?:de|du|pour|pr|for|of)\s+(.+?)$/,
      alias: 1,
    },
    // « appelle Biocoop PD Biocoop Part-Dieu » is too loose; « on dit SGH pour X » is not.
    { re: /^(?:on\s+(?:dit|ecrit)|dis|disons)\s+(.+?)\s+(?:pour|pr)\s+(.+?)$/, alias: 1 },
    // « X alias SGH », « X aka SGH ».
    { re: /^(.+?)\s+(?:alias|aka)\s+(.+?)$/, alias: 2 },
  ];
  for (const { re, alias } of patterns) {
    const m = re.exec(r.s);
    if (!m) continue;
    const spans = [1, 2].map((g) => {
      const start = r.s.indexOf(m[g]!, g === 2 ? (m.index ?? 0) + m[0].lastIndexOf(m[g]!) : 0);
      return { start, end: start + m[g]!.length };
    });
    const aliasSpan = spans[alias - 1]!;
    const nameSpan = spans[2 - alias]!;
    const typed = r
      .slice(aliasSpan.start, aliasSpan.end)
      .replace(/^[«"“'\s]+|[»"”'\s:=?!.]+$/g, '')
      .trim();
    // « l’alias Julien B. pour Julien Bernard »: a dot glued to an alias said before its customer
    // cannot end the sentence — it is the alias's own (an initial, « Ets. »), kept as typed; at the
    // message's end, only after an initial (« … par Julien B. »; « … par SGH. » ends the sentence).
    const dotted =
      r.charAfter(aliasSpan.end) === '.' &&
      (aliasSpan.start < nameSpan.start || /(?:^|\s)\p{L}$/u.test(typed));
    const aliasText = typed && dotted ? `${typed}.` : typed;
    const name = remainder(r, new Set(), [nameSpan.start, nameSpan.end]);
    if (!aliasText || aliasText.length > 60 || !name) continue;
    const customer = named(r, ALIAS_WORDS, customers, [nameSpan.start, nameSpan.end]) ?? {
      mention: name,
      codes: [],
    };
    return { kind: 'command', command: { command: 'add_alias', customer, alias: aliasText } };
  }
  return null;
}

/** Who says « appelle » about themselves or asks who to call (« j’appelle qui », « qui appelle »). */
const CALLING_SUBJECTS = set(`j je on qui ki tu il elle nous vous faut dois doit peux peut`);

/**
 * A caller on the line is news, not a contact asked for (issue 16, seventh round: a receptionist
 * relays callers): « Biocoop au tel demande combien ils doivent », « ils sont au téléphone »,
 * « l’EHPAD des Tilleuls appelle, où en sommes-nous ? » — « au tel », « au téléphone », « en ligne »,
 * and « appelle(nt) » after a name. « téléphone de Biocoop », « appelle Biocoop », « qui appelle
 * chez … » still ask the contact.
 */
function onTheLine(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  const before = words[i - 1] ?? '';
  if (/^(?:tel|telephone|phone|fil)$/.test(w)) return before === 'au' || before === 'en';
  if (/^(?:appelle|appellent|rappelle|rappellent)$/.test(w)) return i > 0 && !CALLING_SUBJECTS.has(before);
  return false;
}

/** « je dois vérifier une adresse », « pour contrôler son téléphone »: a detail checked, the reason to open a card. */
const CHECKED_ON_THE_CARD =
  /\b(?:verifier|verifie|controler|checker|corriger|mettre\s+a\s+jour|mette\s+a\s+jour|modifier|changer|confirmer|valider|revoir)\s+(?:une|un|l|le|la|les|son|sa|ses|leur|leurs|des)\s+(?:adresses?|telephones?|tel|numeros?|mails?|emails?|coordonnees|contacts?|courriels?)\b/;

/** People called for the office, never a customer (« le réparateur », « le plombier », « la hotline »). */
const TRADES =
  /\b(?:le|la|l|un|une|mon|ma|notre|du|de\s+la)\s+(?:reparateur|reparatrice|technicien|technicienne|plombier|electricien|depanneur|informaticien|livreur|coursier|traiteur|taxi|medecin|dentiste|garagiste|serrurier|photocopieuse|imprimante|hotline|badge|ordinateur|ordi|pc|wifi|mot\s+de\s+passe|ecran|clavier|souris|messagerie|femme\s+de\s+menage|agence\s+de\s+voyage)\b/;

function contactCommand(r: Reading, customers: readonly Customer[]): CommandRead | null {
  const words = r.s.split(' ');
  // « la directrice a appelé ce matin »: someone who called is news, not a contact asked for.
  const called = (w: string, i: number) =>
    /^(?:appel|contact|joi)/.test(w) && PAST_AUXILIARIES.has(words[i - 1] ?? '');
  const hasContact =
    words.some((w, i) => CONTACT_WORDS.has(w) && !called(w, i) && !onTheLine(words, i)) ||
    /\b(?:qui\s+(?:je\s+|on\s+)?(?:appeler|contacter|joindre|parle|appelle|contacte|joins)|(?:j\s*|je\s+|on\s+)?(?:appelle|contacte|joins|joint|ecris)\s+(?:qui|ki)|(?:j\s*|je\s+|on\s+)(?:appel|apel|apelle)\s+(?:qui|ki)|comment\s+(?:joindre|contacter|appeler)|who\s+(?:to|do\s+i|should\s+i)\s+(?:call|contact|reach|ring|phone))\b/.test(
      r.s,
    );
  if (!hasContact || r.invoices.length > 0) return null;
  // « j’appelle Biocoop demain, combien ils nous doivent ? »: the call is why, a figure is asked —
  // only a verb of calling, no number nor address asked (twenty-seventh round).
  if (
    words.every((w) => !CONTACT_WORDS.has(w) || CALL_VERBS.test(w)) &&
    !/\b(?:qui|comment|who|how)\s+(?:je\s+|on\s+|dois\s+je\s+|faut\s+il\s+)?(?:appeler|contacter|joindre|appelle|contacte)\b/.test(
      r.s,
    ) &&
    /\b(?:combien|doit|doivent|solde|impayes?|retards?|promesses?|litiges?|encours|echeanciers?|dso|paye|payes|regle|reglent)\b/.test(
      r.s,
    )
  )
    return null;
  // « ouvre la fiche de X ? Je dois vérifier une adresse de facturation »: the card asked, the contact
  // word only why (the card shows the addresses) — issue 16, twentieth round.
  if (/\bfiche\b/.test(r.s) && CHECKED_ON_THE_CARD.test(r.s)) return null;
  // « je vous prie d’adresser une mise en demeure à X »: a letter sent, not X's address (a letter
  // ordered from the chat, which the ladder sends on its own: not understood).
  if (
    /\b(?:adresse|adresser|adressez|envoyer|envoie|envoyez|expedier|expedie)\s+(?:une?|la|le|les|des|sa|leur)\s+(?:mise\s+en\s+demeure|mises\s+en\s+demeure|lettres?|lrar|relances?|recommandee?s?|courriers?|sommations?)\b/.test(
      r.s,
    ) &&
    !ASKS_AN_ADDRESS.test(r.s)
  )
    return null;
  // « appelle le réparateur de la photocopieuse », « le numéro du plombier »: a trade, no customer —
  // nothing Relances does (thirty-seventh round).
  if (TRADES.test(r.s)) return null;
  // « quel est le meilleur moment pour appeler un client ? », « the best time to call a customer »:
  // advice on calling any customer, no one's number (forty-sixth round).
  if (
    /\b(?:meilleur|meilleure|bon|bonne|best|good|right)\s+(?:moment|heure|jour|creneau|time|day|hour|way|facon|maniere)\b/.test(
      r.s,
    ) &&
    /\b(?:un|une|a|any|les|nos|des)\s+(?:clients?|customers?|debiteurs?|debtors?)\b/.test(r.s)
  )
    return null;
  // « j'ai oublié d'appeler un client ce matin »: a call forgotten is news, not a contact asked for.
  if (
    /\b(?:oublie|oubliee|zappe|rate)\s+(?:d\s+|de\s+)?(?:appeler|rappeler|contacter|joindre|telephoner)\b/.test(
      r.s,
    )
  )
    return null;
  // « numéro de facture », « adresse de facturation » alone are not a contact.
  if (/\b(?:numero|num|number)\s+(?:de\s+)?(?:la\s+)?facture\b/.test(r.s)) return null;
  // « e-mails de relance envoyés à Dupont » is the journal.
  // « quels mails partent demain ? »: mails that leave are the day's proposals, not an address;
  // so are mails planned (« e-mails de rappel prévus jeudi », « programmés », « à sortir »).
  // In English too: « reminder emails today », « emails yesterday » (a day's mails, not an address).
  if (
    /\b(?:envoye|envoyes|envoyee|envoyees|sent|relance|relances|rappel|rappels|recu|recus|partent|partira|partiront|partis|parties|envoyer|envoie|envoient|poster|postes|postees|prevus?|prevues?|programmee?s?|planifiee?s?|sortent|sortir|planned|scheduled|due|go\s+out|goes\s+out|going\s+out|went\s+out|reminders?|chasers?|yesterday|today|tomorrow)\b/.test(
      r.s,
    ) &&
    // « à quelle adresse envoyer la lettre de relance à X ? » asks the address all the same.
    !ASKS_AN_ADDRESS.test(r.s)
  )
    return null;
  const customer = named(
    r,
    set(`telephone telephones tel numero numeros num portable mobile contact contacts contacter contacte coordonnees
      joindre appeler appelle appelles interlocuteur interlocutrice courriel courriels adresse mail mails email emails
      referent referente correspondant correspondante comptable qui est au
      e phone number reach call details address mailing electronique fixe ligne directe principal principale
      son sa ses leur leurs their its get parle je besoin ai koi quoi personne paie les factures facturation
      pour un une impaye j jappelle japelle jappel ki ecris joint`),
    customers,
  );
  if (!customer) return null;
  return { kind: 'command', command: { command: 'customer_contact', customer } };
}

/**
 * « Ouvre-moi le client Restaurant Au Bon Point »: a word of what is owed (« point », « bilan ») inside
 * a customer's own name is the name, not a question.
 */
function owedOnlyInName(r: Reading, owed: RegExp, customers: readonly Customer[]): boolean {
  // Only an order to open a card is read so (the customers are not scanned for every question).
  if (
    !/^(?:(?:ouvre|ouvrir|ouvrez|open|affiche|afficher|montre|montrer|voir|sors)\s+(?:moi\s+)?)?(?:le\s+|la\s+|mon\s+)?(?:client|cliente|customer)\b/.test(
      r.s,
    )
  )
    return false;
  return customers.some((c) =>
    [c.legalName, ...(c.aliases ?? [])].some((written) => {
      const name = normalizeText(written);
      if (!owed.test(name) || name.split(' ').length < 2) return false;
      const at = r.s.indexOf(name);
      if (at < 0 || (at > 0 && r.s[at - 1] !== ' ')) return false;
      return !owed.test(`${r.s.slice(0, at)} ${r.s.slice(at + name.length)}`);
    }),
  );
}

/**
 * « quelles informations pouvez-vous me donner sur la SGH ? », « des infos sur Dupont ? »: what is
 * known of a customer, nothing else asked, is its card (« infos sur les impayés de la SGH » asks its
 * unpaid invoices: the words after « sur » must be the name alone).
 */
const INFO_ABOUT =
  /^(?:(?:quelles?|quels?|des|les|tes|vos|toutes|tout|ce|que|qu|tu|vous|as|avez|a|t|on|nous|avons|sais|savez|dis|dites|moi|donne|donnez|me)\s+)*(?:informations?|infos?|info|renseignements?|elements)\s+(?:(?:vous|tu|avez|as|on|a|t|avons|nous|dispo|disponibles?|utiles?)\s+)*(?:sur|concernant|au\s+sujet\s+de|a\s+propos\s+de)\s+/;

function infoAboutCommand(r: Reading, customers: readonly Customer[]): CommandRead | null {
  const m = INFO_ABOUT.exec(r.s);
  if (!m || r.invoices.length > 0) return null;
  const customer = customerRef(
    remainder(r, set(`le la les l du de d des`), [m[0].length, r.s.length]),
    customers,
  );
  if (!customer || customer.codes.length === 0) return null;
  return { kind: 'command', command: { command: 'customer_card', customer } };
}

function cardCommand(r: Reading, customers: readonly Customer[]): CommandRead | null {
  const info = infoAboutCommand(r, customers);
  if (info) return info;
  const words = r.s.split(' ');
  // « m’a filé un chèque »: « filé » (given) typed without its accent is no English « file ».
  const explicit =
    words.some((w, i) => CARD_WORDS.has(w) && !(w === 'file' && PAST_AUXILIARIES.has(words[i - 1] ?? ''))) ||
    /\bprocedure\s+collective\b/.test(r.s);
  // « état du compte de X », « situation du dossier X »: what the customer owes, a question.
  const owed =
    /\b(?:etat|situation|solde|soldes|combien|doit|doivent|point|bilan|encours|owe|owes|balance)\b/;
  if (owed.test(r.s) && !/\bfiche\b/.test(r.s) && !owedOnlyInName(r, owed, customers)) return null;
  const byName =
    /^(?:(?:ouvre|ouvrir|ouvrez|affiche|afficher|montre|montrer|voir|open|show|sors)\s+(?:moi\s+)?(?:le|la|the|mon|my)?\s*)?(?:client|cliente|customer)\b/.test(
      r.s,
    );
  const opened = /^(?:ouvre|ouvrir|ouvrez|open)\b/.test(r.s);
  if (!explicit && !byName && !opened) return null;
  if (r.invoices.length > 0) return null;
  const customer = named(
    r,
    set(`fiche dossier compte card file client cliente customer procedure collective insolvency ouvre ouvrir ouvrez
      affiche afficher montre montrer voir open show the of complete complet details detail sors sort mon my for`),
    customers,
  );
  if (!customer) return null;
  if (!explicit && !byName && customer.codes.length === 0) return null;
  // « client X » and « dossier X » are commands only when X is a customer; « fiche X » always.
  if (customer.codes.length === 0 && !/\bfiche\b|\bcard\b|\bprocedure\b/.test(r.s)) return null;
  return { kind: 'command', command: { command: 'customer_card', customer } };
}

/**
 * The day's card: its thing, its day, and nothing else but politeness and small words. « actions »,
 * « liste » are the card's with a day (« mes actions du jour »); the card and the to-do are the
 * day's by nature (« ma carte », « la carte stp », « ma to-do »), so they need no day said.
 */
const DAY_THING = set(
  // « today's chasers please » (forty-eighth round): the British word for a reminder.
  `relance relances carte card tableau reminders reminder chasers chaser dunning actions taches liste todo todolist`,
);
const DAY_BY_NATURE = set(`carte card todo todolist`);
// « du jours » is a typo of « du jour » (a number of days would bring its own words: « des 3 derniers jours »).
const DAY_WORD = set(`jour jours jr aujourd aujourdhui journee today day matin`);
const DAY_ALLOWED = set(`
ouvre ouvrir affiche afficher montre montrer donne donner voir envoie renvoie sors sort open show give send get
moi me les mes la ma le l des de du d a valider vas y stp svp merci please the my of for s hui aujourd ce
tu peux pouvez c est quoi koi koa kwa ou sont where are puis je j on peut imprimer imprime lance lancer
asap vite rapidement maintenant urgent now quick quickly remets remettre remet redonne redonner renvoyer renvoie
renvoies rafraichis rafraichir actualise actualiser reaffiche reafficher again encore nouveau
que vous est prete pret dispo disponible avoir pour`);

/**
 * Verbs of showing (again) as an order: « actualisez », « renvoyez-moi », « réaffichez », « ouvrez »
 * (not the infinitive after « à »: « relances à envoyer aujourd’hui » asks the proposals).
 */
const SHOWING =
  /^(?:re|r)?(?:affich|montr|ouvr|donn|envoy|actualis|rafraich|imprim|sort|mett|gener)(?:e|es|ez)$|^(?:re|r)?(?:mets|sors)$/;

function dayCardCommand(r: Reading): CommandRead | null {
  const words = r.s
    // « ma to-do », « la to do list ».
    .replace(/\bto\s+do(?:\s+list)?\b/g, 'todo')
    .split(' ')
    .filter((w) => !/^[?!.]$/.test(w) && w !== '?');
  if (!words.some((w) => DAY_THING.has(w))) return null;
  const hasDay =
    words.some((w) => DAY_WORD.has(w) || DAY_BY_NATURE.has(w)) || /\bcarte\s+des?\s+relances\b/.test(r.s);
  if (!hasDay) return null;
  if (!words.every((w) => DAY_THING.has(w) || DAY_WORD.has(w) || DAY_ALLOWED.has(w) || SHOWING.test(w)))
    return null;
  return { kind: 'command', command: { command: 'day_card' } };
}

/**
 * « Puis-je voir les relances du jour ? Monsieur Girard me les réclame. »: one sentence is the day's
 * card, the others only say why (no question mark, no question's words): the card.
 */
function dayCardAmongSentences(text: string, lawFirm: string | undefined): CommandRead | null {
  const sentences = text
    .split(/(?<=[.?!;:,])\s+/)
    .map((x) => x.trim())
    .filter((x) => /[\p{L}\p{N}]/u.test(x));
  if (sentences.length < 2) return null;
  const card = sentences.findIndex((x) => dayCardCommand(read(x)) !== null);
  if (card < 0) return null;
  const context = sentences.filter((_, i) => i !== card);
  const asksMore = context.some(
    (x) =>
      /\?/.test(x) ||
      detectIntent(new TokenSet(readableTokens(tokenize(x))), lawFirmPhrases(lawFirm)).intent !== null,
  );
  return asksMore ? null : { kind: 'command', command: { command: 'day_card' } };
}

/** « la procédure (de relance) », « montre-moi la procédure », « que dit la procédure (déjà) ? » (thirty-third round). */
const PROCEDURE =
  /^(?:(?:could|can|would)\s+(?:you|i)\s+(?:please\s+)?(?:see\s+)?|please\s+)?(?:(?:donne|envoie|montre|affiche|ouvre|voir|genere|give|send|show|open|(?:qu\s+est\s+ce\s+que?|que|qu)\s+dit)\s+)?(?:moi\s+|me\s+)?(?:(?:la|le|une|the|our|notre)\s+)?(?:document\s+(?:de\s+)?(?:la\s+)?)?(?:procedure|(?:dunning|collections?|credit\s+control|chasing)\s+procedure)(?:\s+(?:de|du)\s+(?:relance|relances|recouvrement))?(?:\s+(?:en\s+vigueur|interne|actuelle|docx|word))?(?:\s+deja)?\s*[?!.]*$/;

/** « export Excel … », « extraction des … », « … en xlsx », « fichier Excel de … ». */
const EXPORT_WORD =
  /\b(?:export|exports|exporte|exporter|exportez|exportes|extraction|extrais|extraire|extract|excel|xlsx|xls|csv|tableur|spreadsheet|telecharge|telecharger|telechargez|download)\b/;
const EXPORT_SUBJECTS: ReadonlyArray<readonly [RegExp, 'aged_balance' | 'unpaid' | 'journal']> = [
  [
    /\b(?:balance\s+agee|balance\s+age|balance\s+par\s+anciennete|balance\s+clients?|aged\s+balance|aged\s+debtors?|aging|ageing|(?:sales\s+|debtors\s+)?ledger)\b/,
    'aged_balance',
  ],
  [/\bjournal\b|\bjournal\s+des\s+(?:actions|decisions)\b|\bjournal\s+d\s+audit\b/, 'journal'],
  [
    /\b(?:impayes?|impaye|impayees?|retards?|echus?|echues?|en\s+retard|overdue|unpaid|creances\s+echues)\b/,
    'unpaid',
  ],
];

/** A file's format said (« en Excel », « xlsx », « fichier »): a file is wanted whatever else is said. */
const FILE_WORD = /\b(?:excel|xlsx|xls|csv|tableur|spreadsheet|fichier|file|telecharge\w*|download)\b/;
/** A step of the ladder (« au stade de la lettre simple », « à l'étape J+20 »), which no export filters by. */
const STEP_SAID = /\b(?:stade|etape|step)\b/;

function exportCommand(r: Reading): CommandRead | null {
  if (!EXPORT_WORD.test(r.s)) return null;
  // « m'extraire les impayés au stade de la lettre simple »: a list at one step, no file said — the
  // list answers it; the export would drop the step (thirty-fourth round).
  if (STEP_SAID.test(r.s) && !FILE_WORD.test(r.s)) return null;
  for (const [words, what] of EXPORT_SUBJECTS)
    if (words.test(r.s)) return { kind: 'command', command: { command: 'export', what } };
  return null;
}

function procedureCommand(r: Reading): CommandRead | null {
  return PROCEDURE.test(r.s) ? { kind: 'command', command: { command: 'procedure' } } : null;
}

/**
 * « fais-moi la revue de la semaine », « tu peux me sortir la revue hebdo ? », « on lance la revue
 * de la semaine ? »: any imperative of showing or making it.
 */
const WEEKLY_REVIEW =
  /^(?:(?:tu\s+)?(?:peux|pourrais|peut|veux)\s+(?:tu\s+)?|on\s+(?:(?:peut|pourrait|va)\s+)?|tu\s+)?(?:(?:m\s+|me\s+)?(?:donne|donner|envoie|envoyer|renvoie|montre|montrer|affiche|afficher|ouvre|voir|fais|fait|faire|sors|sort|sortir|prepare|preparer|genere|generer|lance|lancer|balance|file|passe|regarde|regarder|give|send|show|open|make|run)\s+)?(?:moi\s+|me\s+)?(?:(?:la|ma|notre|une|the|my|our)\s+)?(?:revue|review|bilan)\s+(?:(?:de|d)\s+(?:la\s+)?semaine|hebdo|hebdomadaire|de\s+la\s+direction|weekly)(?:\s+(?:derniere|passee|de\s+la\s+direction))?(?:\s+(?:merci|svp|stp|please|vite|rapide|rapidement|asap|fais|fait))*\s*[?!.]*$|^weekly\s+review\s*[?!.]*$/;

/** The weekly review named anywhere (« consulter la revue hebdo avant mon rendez-vous »). */
const WEEKLY_REVIEW_NAMED =
  /\b(?:(?:la|ma|notre|une|the|my|our)\s+)?(?:revue|review)\s+(?:(?:de|d)\s+(?:la\s+)?semaine|hebdo|hebdomadaire|weekly)\b|\bweekly\s+review\b/;

function weeklyReviewCommand(r: Reading, lawFirm?: string): CommandRead | null {
  if (WEEKLY_REVIEW.test(r.s)) return { kind: 'command', command: { command: 'weekly_review' } };
  // « la revue hebdo stp, j'ai mon call du lundi », « could you pull up the weekly review? Cheers »:
  // the review named, the rest asking no figure (thirty-seventh round).
  if (!WEEKLY_REVIEW_NAMED.test(r.s)) return null;
  const rest = r.s.replace(WEEKLY_REVIEW_NAMED, ' ');
  const asksMore =
    /\b(?:derniere|passee|precedente|dernier|last|previous|evolution|compare\w*|vs)\b/.test(rest) ||
    detectIntent(new TokenSet(readableTokens(tokenize(rest))), lawFirmPhrases(lawFirm)).intent !== null;
  return asksMore ? null : { kind: 'command', command: { command: 'weekly_review' } };
}

function lawFirmCommand(r: Reading, lawFirm: string | undefined): CommandRead | null {
  const firm = normalizeText(lawFirm ?? '')
    .split(' ')
    .filter((w) => w.length >= 4 && !['cabinet', 'avocats', 'avocat', 'associes'].includes(w));
  const firmWords = [
    'cabinet',
    'avocat',
    'avocats',
    'law firm',
    'lawyer',
    'lawyers',
    'solicitor',
    'solicitors',
    ...firm,
  ].join('|');
  const letter = new RegExp(
    `^(?:(?:donne|envoie|montre|prepare|genere|redige|ouvre|fais|give|send|prepare|draft|the)\\s+)?(?:moi\\s+|me\\s+)?(?:(?:la|le|une|un|the|a)\\s+)?(?:lettre|courrier|letter|mandat|mail)(?:\\s+(?:de\\s+)?(?:mandat|transmission|saisine))?\\s+(?:au|aux|pour\\s+le|pour\\s+les|pour\\s+l|pour|a\\s+l|a|to\\s+the|to|for\\s+the|for)\\s+(?:(?:le|la|l|the)\\s+)?(?:${firmWords})\\b[^?]*[?!.]*$`,
  );
  return letter.test(r.s) ? { kind: 'command', command: { command: 'law_firm_letter' } } : null;
}

/**
 * The command a message gives, or `ask_history` for « historique » alone, or null when the message
 * is not a command (a question about figures, or nothing understood).
 */
export function readCommand(message: string, context: CommandContext): CommandRead | null {
  // « Pourriez-vous ajouter l’alias … ? », « Je voudrais voir la carte des relances du jour, merci ».
  const text = withoutPoliteness(message);
  if (!text.trim()) return null;
  const r = read(text);
  if (!r.s) return null;
  const found =
    exportCommand(r) ??
    dayCardCommand(r) ??
    dayCardAmongSentences(text, context.lawFirm) ??
    weeklyReviewCommand(r, context.lawFirm) ??
    procedureCommand(r) ??
    lawFirmCommand(r, context.lawFirm) ??
    aliasCommand(r, context.customers) ??
    disputeCommand(r) ??
    promiseCommand(r, text, context) ??
    historyCommand(r, context.customers, text, context.today) ??
    contactCommand(r, context.customers) ??
    cardCommand(r, context.customers);
  // « dossiers au contentieux de X »: a question's own words dominate a card's weak word.
  return found && questionDominates(found, text, context.lawFirm) ? null : found;
}

/** Whether the message is « relances du jour » in some phrasing (the day's card is then its answer). */
export function isDayCardCommand(text: string): boolean {
  const plain = withoutPoliteness(text);
  return dayCardCommand(read(plain)) !== null || dayCardAmongSentences(plain, undefined) !== null;
}

/** « procédure collective Biocoop »: the customer's card, pointing at its « Procédure collective » form. */
export function asksInsolvency(text: string): boolean {
  return /\bprocedure\s+collective\b/.test(read(text).s);
}
