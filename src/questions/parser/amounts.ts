/**
 * Amounts (« plus de 5 000 € », « entre 1 000 et 5 000 euros », « > 10k€ »), days late (« de plus
 * de 30 jours », « en retard depuis plus de 60 j », « entre 31 et 60 jours ») and the size of a
 * ranking (« top 10 », « les 5 plus gros »). « plus de » and « moins de » are strict, as in speech:
 * « plus de 30 jours » starts at 31.
 */
import { cents } from '../../domain/money';
import type { AmountFilter, DaysLateFilter } from '../query';
import { readInteger, readNumber } from './numbers';
import { exact, NUMBER, optional, word, type Slot, type TokenSet } from './patterns';

type Comparator = 'gt' | 'gte' | 'lt' | 'lte';

/** « égal », « égaux », « égales » (the stem would miss « égaux »). */
const EQUAL = exact('egal', 'egale', 'egales', 'egaux');

const COMPARATORS: ReadonlyArray<readonly [Comparator, readonly Slot[]]> = [
  [
    'gte',
    [exact('superieur', 'superieure', 'superieurs', 'superieures'), exact('ou'), EQUAL, exact('a', 'au')],
  ],
  [
    'lte',
    [exact('inferieur', 'inferieure', 'inferieurs', 'inferieures'), exact('ou'), EQUAL, exact('a', 'au')],
  ],
  ['gt', [exact('plus', '+'), exact('de', 'd')]],
  ['gt', [word('superieur', 'superieure'), exact('a', 'au', 'aux')]],
  // « au dessu de 3000 euros »: its last letter dropped (forty-fifth round).
  ['gt', [exact('au'), exact('dela', 'dessus', 'dessu'), exact('de', 'd')]],
  // « dont l’antériorité excède 120 jours ».
  ['gt', [exact('depassant', 'depassent', 'depasse', 'excedant', 'excede', 'excedent')]],
  // « d'un montant au moins égal à 10 000 € », « égal ou supérieur à 5 000 € » (forty-third round).
  ['gte', [exact('au'), exact('moins'), EQUAL, exact('a', 'au')]],
  [
    'gte',
    [EQUAL, exact('ou'), exact('superieur', 'superieure', 'superieurs', 'superieures'), exact('a', 'au')],
  ],
  [
    'lte',
    [EQUAL, exact('ou'), exact('inferieur', 'inferieure', 'inferieurs', 'inferieures'), exact('a', 'au')],
  ],
  ['gte', [exact('au'), exact('moins')]],
  ['gte', [exact('a'), exact('partir'), exact('de', 'd')]],
  ['gte', [exact('>'), exact('=')]],
  ['gte', [exact('≥')]],
  ['gte', [exact('minimum')]],
  ['gt', [exact('>')]],
  ['gt', [exact('+')]],
  ['lt', [exact('moins'), exact('de', 'd')]],
  ['lt', [word('inferieur', 'inferieure'), exact('a', 'au', 'aux')]],
  ['lt', [exact('en', 'au'), exact('dessous', 'dessou'), exact('de', 'd')]],
  ['lte', [exact('<'), exact('=')]],
  ['lte', [exact('≤')]],
  ['lte', [exact('au'), exact('plus')]],
  ['lte', [exact('jusqu'), exact('a')]],
  ['lte', [exact('maximum')]],
  ['lt', [exact('<')]],
  // « sous les 5 000 € », « sous la barre des 1 000 € ».
  ['lt', [exact('sous'), exact('la'), exact('barre'), exact('des', 'de', 'du')]],
  ['lt', [exact('sous'), exact('les')]],
  ['lt', [exact('sous')]],
];

const DAY_UNIT = exact('jour', 'jours', 'j', 'jr', 'jrs');
const MONTH_UNIT = exact('mois');
/** « plus de 2 semaines de retard »: weeks after a comparator are days late too (a week is 7 days). */
const WEEK_UNIT = exact('semaine', 'semaines', 'sem');
const EURO = exact('€', 'euro', 'euros', 'eur', 'balles', 'boules');
/** « 90 jours et plus », « 60 jours ou plus », « 90j et + ». */
const AND_MORE = [exact('et', 'ou'), exact('plus', '+')];
const LATE = [optional(exact('de', 'd')), optional(word('retard'))];

function comparatorAt(tokens: TokenSet, index: number): { kind: Comparator; end: number } | null {
  for (const [kind, pattern] of COMPARATORS) {
    const match = tokens.matchAt(index, pattern);
    if (match) return { kind, end: match.end };
  }
  return null;
}

const isFree = (tokens: TokenSet) => (i: number) => tokens.isFree(i);

/** Days late: « de plus de 30 jours (de retard) », « entre 31 et 60 jours », « 60 jours de retard ». */
export function extractDaysLate(tokens: TokenSet): DaysLateFilter | undefined {
  const list = tokens.list;
  for (let i = 0; i < list.length; i++) {
    if (!tokens.isFree(i)) continue;
    const range = tokens.matchAt(i, [exact('entre'), NUMBER, exact('et'), NUMBER, DAY_UNIT, ...LATE]);
    if (range) {
      const a = Number(tokens.token(range.at[1]!)!.norm);
      const b = Number(tokens.token(range.at[3]!)!.norm);
      tokens.take(range);
      return { min: Math.min(a, b), max: Math.max(a, b) };
    }
    const comparator = comparatorAt(tokens, i);
    const numberAt = comparator ? comparator.end : i;
    const integer = readInteger(list, numberAt, isFree(tokens));
    if (!integer) continue;
    let end = numberAt + integer.length;
    let days = integer.value;
    if (!integer.daysSuffix) {
      // « impayés depuis plus de 2 mois », « retard > 3 mois »: an age in months after a comparator
      // is days late too (a month is 30 days); a period of months has none (« les 3 derniers mois »).
      const sinceMore = comparator !== null;
      const unit =
        tokens.matchAt(end, [DAY_UNIT]) ??
        tokens.matchAt(end, [MONTH_UNIT, exact('de', 'd'), word('retard')]) ??
        (sinceMore ? tokens.matchAt(end, [MONTH_UNIT]) : null) ??
        (sinceMore ? tokens.matchAt(end, [WEEK_UNIT]) : null);
      if (!unit) continue;
      if (tokens.list[end]!.norm === 'mois') days = integer.value * 30;
      if (/^sem/.test(tokens.list[end]!.norm)) days = integer.value * 7;
      end = unit.end;
    }
    // Without a comparator, « 60 jours » alone is a duration (a period), not days late; « 90 jours
    // et plus » is days late.
    const late = tokens.matchAt(end, LATE.slice(1));
    const more = tokens.matchAt(end, AND_MORE);
    if (!comparator && !late && !more && !tokens.matchAt(end, [exact('de', 'd'), word('retard')])) continue;
    const lateEnd = tokens.matchAt(end, LATE);
    const andMore = comparator ? null : tokens.matchAt(lateEnd ? lateEnd.end : end, AND_MORE);
    const last = andMore ? andMore.end : lateEnd ? lateEnd.end : end;
    tokens.take({ start: i, end: last });
    // « pas plus de 60 jours », « sauf ceux de plus de 90 jours » is at most 60, 90.
    const negation = comparator !== null ? negationBefore(tokens, i) : null;
    if (negation !== null) tokens.take({ start: negation, end: i });
    const kind = comparator?.kind ?? 'gte';
    const first = bound(negation !== null ? NEGATED[kind] : kind, days);
    // « plus de 30 jours mais pas plus de 60 », « de plus de 30 jours et de moins de 90 »: a second
    // bound narrows the first, its unit said once.
    const second = comparator ? secondBound(tokens, last, first) : null;
    return second ? { ...first, ...second } : first;
  }
  return undefined;
}

/** Words between a negation and the comparator it reverses: « pas ceux de plus de », « sauf les factures de ». */
const NEGATED_OBJECT = new Set([
  'ceux',
  'celles',
  'celle',
  'celui',
  'les',
  'des',
  'de',
  'd',
  'qui',
  'ont',
  'sont',
  'en',
  'retard',
  'factures',
  'impayes',
]);

/**
 * The index of a negation (« pas », « sauf », « hors », « excepté ») just before a comparator, over a
 * few words of its object (« sauf ceux de plus de 90 jours »), or null.
 */
function negationBefore(tokens: TokenSet, index: number): number | null {
  let k = index - 1;
  while (k >= 0 && index - k <= 3 && tokens.isFree(k) && NEGATED_OBJECT.has(tokens.list[k]!.norm)) k--;
  return tokens.isFree(k) && /^(?:pas|sauf|hors|excepte|excepter|exclusion)$/.test(tokens.list[k]!.norm)
    ? k
    : null;
}

function bound(kind: Comparator, days: number): DaysLateFilter {
  if (kind === 'gt') return { min: days + 1 };
  if (kind === 'gte') return { min: days };
  if (kind === 'lt') return { max: Math.max(0, days - 1) };
  return { max: days };
}

/** Comparators reversed by « pas »: « pas plus de 60 » is at most 60, « pas moins de 30 » at least 30. */
const NEGATED: Readonly<Record<Comparator, Comparator>> = { gt: 'lte', gte: 'lt', lt: 'gte', lte: 'gt' };

/**
 * The bound on the other side right after a first one (« mais », « et » and « de » between), in days
 * when its unit is said or left out — never a month nor an amount. It is taken.
 */
function secondBound(tokens: TokenSet, from: number, first: DaysLateFilter): DaysLateFilter | null {
  const firstIsMin = 'min' in first;
  const { min: firstMin, max: firstMax } = first;
  let at = from;
  while (at < from + 2 && tokens.isFree(at) && /^(?:mais|et|,|de|d)$/.test(tokens.list[at]!.norm)) at++;
  const negated = tokens.isFree(at) && tokens.list[at]!.norm === 'pas';
  const comparator = comparatorAt(tokens, negated ? at + 1 : at);
  if (!comparator) return null;
  const integer = readInteger(tokens.list, comparator.end, isFree(tokens));
  if (!integer) return null;
  let end = comparator.end + integer.length;
  if (!integer.daysSuffix) {
    const unit = tokens.matchAt(end, [DAY_UNIT]);
    // « de moins de 15 jours de plus de 1 000 € »: a number in groups of thousands is an amount,
    // never a second bound of days (it gave a min of 2 days and lost the amount).
    const amount = readNumber(tokens.list, comparator.end, isFree(tokens));
    if (unit) end = unit.end;
    else if (
      (amount !== null && amount.length > integer.length) ||
      tokens.matchAt(end, [EURO]) ||
      tokens.matchAt(end, [MONTH_UNIT]) ||
      tokens.matchAt(end, [exact('%')])
    )
      return null;
  }
  const kind = negated ? NEGATED[comparator.kind] : comparator.kind;
  const filter = bound(kind, integer.value);
  if ('min' in filter === firstIsMin) return null;
  // « plus de 60 jours mais moins de 30 »: bounds that leave nothing are no second bound.
  if (firstMin !== undefined && filter.max !== undefined && filter.max < firstMin) return null;
  if (firstMax !== undefined && filter.min !== undefined && filter.min > firstMax) return null;
  tokens.take({ start: at, end: tokens.matchAt(end, LATE)?.end ?? end });
  return filter;
}

/** Amounts: a comparator, a number and euros (or a number of a hundred or more, without a unit). */
export function extractAmount(tokens: TokenSet): AmountFilter | undefined {
  const list = tokens.list;
  for (let i = 0; i < list.length; i++) {
    if (!tokens.isFree(i)) continue;
    // « entre 1 000 et 5 000 € », « de 1 000 à 5 000 € »: both bounds included.
    const between = tokens.matchAt(i, [exact('entre', 'de', 'd')]);
    if (between) {
      const first = readNumber(list, i + 1, isFree(tokens));
      if (first) {
        let at = i + 1 + first.length;
        const firstUnit = tokens.matchAt(at, [EURO]);
        if (firstUnit) at = firstUnit.end;
        const and = tokens.matchAt(at, [exact(list[i]!.norm === 'entre' ? 'et' : 'a')]);
        const second = and ? readNumber(list, and.end, isFree(tokens)) : null;
        if (and && second) {
          const unit = tokens.matchAt(and.end + second.length, [EURO, optional(exact('ttc', 'ht'))]);
          if (unit || firstUnit || first.thousands || second.thousands) {
            tokens.take({ start: i, end: unit ? unit.end : and.end + second.length });
            const [low, high] = first.cents <= second.cents ? [first, second] : [second, first];
            return { gte: low.cents, lte: high.cents };
          }
        }
      }
    }
    // « de 1 000 € et plus », « 5 000 euros ou plus »: at least that amount, its unit said.
    const orMore = orMoreAmount(tokens, i);
    if (orMore) return orMore;
    const comparator = comparatorAt(tokens, i);
    if (!comparator) continue;
    const amount = readNumber(list, comparator.end, isFree(tokens));
    if (!amount) continue;
    const afterNumber = comparator.end + amount.length;
    const unit = tokens.matchAt(afterNumber, [EURO, optional(exact('ttc', 'ht'))]);
    const daysNext = tokens.matchAt(afterNumber, [
      exact('jour', 'jours', 'j', 'jr', 'jrs', 'mois', 'an', 'ans', 'annee', 'annees'),
    ]);
    if (!unit && (daysNext || (!amount.thousands && amount.value < 100))) continue;
    // « pas plus de 5 000 € », « sauf celles de plus de 5 000 € » is at most 5 000 €.
    const negation = negationBefore(tokens, i);
    const negated = negation !== null;
    const end = unit ? unit.end : afterNumber;
    tokens.take({ start: negation ?? i, end });
    const filter: AmountFilter = {};
    filter[negated ? NEGATED[comparator.kind] : comparator.kind] = cents(amount.cents);
    // « supérieurs à 1 000 € mais pas plus de 5 000 € »: a second bound on the other side narrows it.
    return { ...filter, ...secondAmount(tokens, end, filter) };
  }
  return undefined;
}

/** « 1 000 € et plus » at `i` (its euros said, never a comparator before it): at least, taken. */
function orMoreAmount(tokens: TokenSet, i: number): AmountFilter | null {
  if (i > 0 && comparatorAt(tokens, i - 1)) return null;
  const amount = readNumber(tokens.list, i, isFree(tokens));
  if (!amount) return null;
  const unit = tokens.matchAt(i + amount.length, [EURO, optional(exact('ttc', 'ht'))]);
  const more = unit && tokens.matchAt(unit.end, AND_MORE);
  if (!more) return null;
  tokens.take({ start: i, end: more.end });
  return { gte: cents(amount.cents) };
}

/** The amount's bound on the other side right after a first one, in euros (its unit said or left out), taken. */
function secondAmount(tokens: TokenSet, from: number, first: AmountFilter): AmountFilter {
  let at = from;
  while (at < from + 2 && tokens.isFree(at) && /^(?:mais|et|de|d)$/.test(tokens.list[at]!.norm)) at++;
  const negated = tokens.isFree(at) && tokens.list[at]!.norm === 'pas';
  const comparator = comparatorAt(tokens, negated ? at + 1 : at);
  if (!comparator) return {};
  const amount = readNumber(tokens.list, comparator.end, isFree(tokens));
  if (!amount) return {};
  const afterNumber = comparator.end + amount.length;
  const unit = tokens.matchAt(afterNumber, [EURO, optional(exact('ttc', 'ht'))]);
  if (!unit && tokens.matchAt(afterNumber, [exact('jour', 'jours', 'j', 'jr', 'jrs', 'mois', '%')]))
    return {};
  const kind = negated ? NEGATED[comparator.kind] : comparator.kind;
  const lower = kind === 'gt' || kind === 'gte';
  const firstLower = first.gt !== undefined || first.gte !== undefined;
  if (lower === firstLower) return {};
  const value = cents(amount.cents);
  const low = first.gt ?? first.gte;
  const high = first.lt ?? first.lte;
  if ((low !== undefined && value < low) || (high !== undefined && value > high)) return {};
  tokens.take({ start: at, end: unit ? unit.end : afterNumber });
  return { [kind]: value };
}

const RANKED = word('premiers', 'premieres', 'principaux', 'principales', 'pires', 'plus', 'gros', 'mauvais');
/** Digits may also rank nouns (« les 10 clients »); a number in words never ranks (the evaluation's brief). */
const COUNTED = word(
  'clients',
  'factures',
  'payeurs',
  'debiteurs',
  'comptes',
  'customers',
  'accounts',
  'debtors',
);

/** « top 10 », « top10 », « les 5 plus gros », « 10 premiers ». */
export function extractLimit(tokens: TokenSet): number | undefined {
  const list = tokens.list;
  for (let i = 0; i < list.length; i++) {
    if (!tokens.isFree(i)) continue;
    const glued = /^top(\d{1,3})$/.exec(list[i]!.norm);
    if (glued) {
      tokens.take({ start: i, end: i + 1 });
      return clampLimit(Number(glued[1]));
    }
    const top = tokens.matchAt(i, [exact('top')]);
    const numberAt = top ? top.end : i;
    const integer = readInteger(list, numberAt, isFree(tokens));
    if (!integer || integer.daysSuffix) continue;
    const end = numberAt + integer.length;
    const digits = /^\d+$/.test(list[numberAt]!.norm);
    // A ranking's size is written in digits (« les 3 pires »); « les trois plus gros » ranks all.
    if (!digits) continue;
    if (!top && !tokens.matchAt(end, [RANKED]) && !(digits && tokens.matchAt(end, [COUNTED]))) continue;
    tokens.take({ start: i, end });
    return clampLimit(integer.value);
  }
  return undefined;
}

function clampLimit(n: number): number | undefined {
  return n >= 1 && n <= 100 ? n : undefined;
}
