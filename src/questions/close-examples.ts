/**
 * The examples closest to a question that was not understood (« combien de factures contestées ? »
 * → the disputes' examples): a pure ranking over the catalogue of examples (src/i18n's
 * `questionFamilies`), by the words they share — compared by stem, rarer words weighing more, the
 * hidden synonyms of an example weighing a little less than its own words — and by the filters
 * both carry (a period, an amount, days late, a step, a customer…) and, when the question's intent
 * was understood (its customer was not), that intent. Ties keep the catalogue's
 * order; when nothing is shared, the first example of the first families is offered.
 */
import type { CalendarDate } from '../domain/calendar-date';
import { fr } from '../i18n/fr';
import type { QuestionExample } from '../i18n/fr/question-examples';
import { parseQuestion, type ParseResult, type Understood } from './parser/parse-question';
import { tokenize } from './parser/tokens';
import type { QueryIntent } from './query';

/** Words that shape a question rather than say what it is about (and the domain's commonest). */
const STOP_WORDS = new Set(
  (
    'a au aux c ce ces cet cette d de des du en et est il ils j je l la le les leur leurs m ma me ' +
    'mes moi mon n ne nos notre nous on ou par pas pour qu que quel quelle quelles quels qui quoi ' +
    's sa se ses son sont sur t ta te tes toi ton tu un une vos votre vous y combien comment ' +
    'donne donner montre montrer liste voir avoir ai as avez ont fait faire peux peut puis ' +
    'ca cela ceci facture factures svp stp merci bonjour the me our what show'
  )
    .split(' ')
    .filter(Boolean),
);

/** Stems compared on their first letters: « contestées » and « contestation » are one word here. */
const KEY_LENGTH = 6;

function keys(text: string): Set<string> {
  const result = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.kind !== 'word' || STOP_WORDS.has(token.norm)) continue;
    result.add(token.stem.slice(0, KEY_LENGTH));
  }
  return result;
}

/** The kinds of filter a parse carries (period, amount…), whatever their values. */
type FilterKind =
  'period' | 'asOf' | 'amount' | 'daysLate' | 'step' | 'risk' | 'groupBy' | 'limit' | 'customer';

function filterKinds(understood: Understood, customerNamed: boolean): Set<FilterKind> {
  const kinds = new Set<FilterKind>();
  if (understood.period) kinds.add('period');
  if (understood.asOf) kinds.add('asOf');
  if (understood.amount) kinds.add('amount');
  if (understood.daysLate) kinds.add('daysLate');
  if (understood.step) kinds.add('step');
  if (understood.risk) kinds.add('risk');
  if (understood.groupBy) kinds.add('groupBy');
  if (understood.limit) kinds.add('limit');
  if (customerNamed || understood.customerCodes?.length || understood.customerNames?.length)
    kinds.add('customer');
  return kinds;
}

export interface UnderstoodParse {
  understood: Understood;
  /** A word was taken for a customer, found or not. */
  customerNamed: boolean;
  /** The intent, when one was found (a customer not found leaves the question's intent known). */
  intent?: QueryIntent;
}

/** What a parse understood, whatever its outcome. */
export function understoodOf(result: ParseResult): UnderstoodParse {
  switch (result.kind) {
    case 'query':
      return { understood: result.query, customerNamed: false, intent: result.query.intent };
    case 'ambiguous_customer':
    case 'unknown_customer':
      return { understood: result.query, customerNamed: true, intent: result.query.intent };
    case 'not_understood':
      return { understood: result.understood, customerNamed: false };
    case 'command':
      return { understood: {}, customerNamed: 'customer' in result.command };
  }
}

/**
 * Whether an example names a customer: parsed without customers, a name is a word taken for an
 * unknown one — written with a capital (« Biocoop », « SGH », « C007 »), not a word the parser
 * does not know yet.
 */
function namesCustomer(result: ParseResult): boolean {
  if (result.kind !== 'unknown_customer' && result.kind !== 'ambiguous_customer') return false;
  return /^\p{Lu}/u.test(result.mention.trim());
}

interface Entry {
  text: string;
  own: Set<string>;
  also: Set<string>;
  filters: Set<FilterKind>;
  intent?: QueryIntent;
  /** The first example of its family. */
  leads: boolean;
}

const catalogues = new Map<string, Entry[]>();

function catalogue(today: CalendarDate, lawFirm: string): Entry[] {
  const key = `${today}|${lawFirm}`;
  let entries = catalogues.get(key);
  if (!entries) {
    entries = fr.questionFamilies(lawFirm).flatMap((family) =>
      family.examples.map((example: QuestionExample, i) => {
        const result = parseQuestion(example.text, { today, customers: [], lawFirm });
        const parsed = understoodOf(result);
        return {
          text: example.text,
          own: keys(example.text),
          also: keys(example.also ?? ''),
          filters: filterKinds(parsed.understood, namesCustomer(result)),
          intent: parsed.intent,
          leads: i === 0,
        };
      }),
    );
    if (catalogues.size > 16) catalogues.clear();
    catalogues.set(key, entries);
  }
  return entries;
}

/** A shared word is worth its rarity in the catalogue; a shared filter, a fixed half word. */
const ALSO_WEIGHT = 0.8;
const FILTER_WEIGHT = 1;
/** The same intent as the question's (understood, but its customer not found): two words. */
const INTENT_WEIGHT = 2;

export interface CloseExamplesOptions {
  today: CalendarDate;
  lawFirm: string;
  /** How many (default 3). */
  count?: number;
}

/** The `count` examples closest to the question, best first; never the question itself. */
export function closeExamples(
  question: string,
  parsed: UnderstoodParse,
  options: CloseExamplesOptions,
): string[] {
  const count = options.count ?? 3;
  const entries = catalogue(options.today, options.lawFirm);
  const asked = keys(question);
  const filters = filterKinds(parsed.understood, parsed.customerNamed);
  const documentFrequency = new Map<string, number>();
  for (const entry of entries)
    for (const k of new Set([...entry.own, ...entry.also]))
      documentFrequency.set(k, (documentFrequency.get(k) ?? 0) + 1);
  const rarity = (k: string) => Math.log((entries.length + 1) / (documentFrequency.get(k) ?? entries.length));

  const same = normalized(question);
  const scored = entries
    .map((entry, index) => {
      let score = 0;
      for (const k of asked) {
        if (entry.own.has(k)) score += rarity(k);
        else if (entry.also.has(k)) score += ALSO_WEIGHT * rarity(k);
      }
      for (const f of filters) if (entry.filters.has(f)) score += FILTER_WEIGHT;
      if (parsed.intent && entry.intent === parsed.intent) score += INTENT_WEIGHT;
      return { entry, index, score };
    })
    .filter((s) => normalized(s.entry.text) !== same);
  const ranked = scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((s) => s.entry.text);
  // Nothing in common: the first examples of the first families, as the help starts.
  for (const s of scored) {
    if (ranked.length >= count) break;
    if (s.entry.leads && !ranked.includes(s.entry.text)) ranked.push(s.entry.text);
  }
  return ranked.slice(0, count);
}

function normalized(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}
