/**
 * French date expressions, relative to a given `today` (a Europe/Paris calendar date): « ce mois »,
 * « le mois dernier », « en octobre », « octobre 2026 », « cette semaine », « depuis le 1er
 * septembre », « du 1er au 15 octobre », « cette année », « l’an dernier », « N-1 », « T3 »,
 * « les 30 derniers jours », « hier », and cut-offs (« au 30 septembre », « à fin septembre »).
 *
 * A month or a day named without a year is the latest one not after today (« décembre », said in
 * November 2026, is December 2025); « novembre dernier » is the one before the current month.
 * Weeks run Monday to Sunday.
 */
import {
  addDays,
  addMonths,
  calendarDate,
  dayOfWeek,
  endOfMonth,
  monthOf,
  startOfMonth,
  yearOf,
  type CalendarDate,
} from '../../domain/calendar-date';
import type { Period } from '../query';
import {
  dayPeriod,
  nextYearly,
  quarterOf,
  readDate,
  readMonth,
  safeDate,
  weekOf,
  yearIn,
  yearPeriod,
} from './calendar-words';
import { readIsoWeek } from './iso-week';
import { readInteger } from './numbers';
import { exact, optional, word, type Match, type Slot, type TokenSet } from './patterns';
import { restatedPeriods } from './restated-period';

export interface DateFindings {
  /** The first period named in the question (others are read, so they are not mistaken for names). */
  period?: Period;
  /** Every period named, in the order of the text. */
  periods: Period[];
  /**
   * The same periods read as things to come (./dates-to-come.ts): a day or a month named without
   * its year is then the next one from today (« le 25/11 », « en décembre »), not the latest past one.
   */
  ahead: Period[];
  asOf?: CalendarDate;
  /** The cut-off read as a date to come (« promesses attendues au 10.12 »). */
  asOfAhead?: CalendarDate;
}

type Found =
  | { kind: 'period'; period: Period; ahead?: Period }
  | { kind: 'asOf'; date: CalendarDate; ahead?: CalendarDate }
  | { kind: 'none' };
type Rule = (tokens: TokenSet, index: number, today: CalendarDate) => { found: Found; end: number } | null;

const THE = optional(exact('le', 'la', 'l', 'les'));
const OF = optional(exact('de', 'du', 'd', 'des'));
const LAST = word(
  'dernier',
  'derniere',
  'derniers',
  'dernieres',
  'passe',
  'passee',
  'precedent',
  'precedente',
  // « le mois écoulé », « la semaine écoulée »: the one just over.
  'ecoule',
  'ecoulee',
);
const NEXT = word('prochain', 'prochaine', 'suivant', 'suivante');
const CURRENT: Slot[] = [exact('en'), word('cours')];
/** « mois » and its usual slips (« mios »); « moi » too, only ever read after « ce », « du », « le »… */
const MONTH_WORD = exact('mois', 'mios', 'moi', 'moiss', 'mosi');

function byPattern(pattern: readonly Slot[], make: (today: CalendarDate) => Found): Rule {
  return (tokens, index, today) => {
    const match = tokens.matchAt(index, pattern);
    return match ? { found: make(today), end: match.end } : null;
  };
}

const period = (p: Period): Found => ({ kind: 'period', period: p });
const currentMonth = (today: CalendarDate) => period({ from: startOfMonth(today), to: endOfMonth(today) });
const monthShift = (months: number) => (today: CalendarDate) => {
  const from = addMonths(startOfMonth(today), months);
  return period({ from, to: endOfMonth(from) });
};
const weekShift = (weeks: number) => (today: CalendarDate) => period(weekOf(addDays(today, 7 * weeks)));
const yearShift = (years: number) => (today: CalendarDate) => period(yearPeriod(yearOf(today) + years));
const quarterShift = (quarters: number) => (today: CalendarDate) => {
  const start = addMonths(
    calendarDate(yearOf(today), Math.floor((monthOf(today) - 1) / 3) * 3 + 1, 1),
    3 * quarters,
  );
  return period(quarterOf(yearOf(start), Math.floor((monthOf(start) - 1) / 3) + 1));
};
const dayShift = (days: number) => (today: CalendarDate) => period(dayPeriod(addDays(today, days)));
/** The Saturday and Sunday of the week `weeks` away (« le week-end dernier »: -1). */
const weekendShift = (weeks: number) => (today: CalendarDate) => {
  const sunday = weekOf(addDays(today, 7 * weeks)).to;
  return period({ from: addDays(sunday, -1), to: sunday });
};
/** « week-end », « weekend », and the Québec « fin de semaine » (always the weekend there). */
const WEEKENDS: ReadonlyArray<readonly Slot[]> = [
  [exact('weekend', 'weekends')],
  // « week » is read « semaine » before the dates (./informal.ts, ./english.ts).
  [exact('week', 'semaine'), exact('end', 'ends')],
  [exact('fin', 'fins'), exact('de'), word('semaine')],
];
/**
 * « le week-end dernier », « la fin de semaine passée », « le week-end prochain » (the one after
 * this week's), « ce week-end » (this week's Saturday and Sunday — for what was done, said before
 * it, the one just gone: ./weekend.ts).
 */
const WEEKEND_RULES: Rule[] = WEEKENDS.flatMap((weekend) => [
  byPattern([THE, OF, ...weekend, LAST], weekendShift(-1)),
  byPattern([THE, OF, ...weekend, NEXT], weekendShift(1)),
  byPattern([exact('ce', 'cet'), ...weekend, optional(exact('ci'))], weekendShift(0)),
]);

/** A span read as the latest past one, a year on when it ended before today (dates to come). */
function yearOn(span: Period, today: CalendarDate): Period | undefined {
  if (span.to >= today) return undefined;
  // A month's end stays its end (28 February 2027, 29 February 2028).
  const to = span.to === endOfMonth(span.to) ? endOfMonth(addMonths(span.to, 12)) : addMonths(span.to, 12);
  return { from: addMonths(span.from, 12), to };
}

/** How a range may end today: « à ce jour », « à aujourd'hui », « jusqu'à maintenant ». */
const TO_TODAY = [
  [exact('ce'), exact('jour')],
  [exact('aujourd', 'aujourdhui', 'maintenant'), optional(exact('hui'))],
];

/** « du 1er au 15 octobre », « entre le 01/09 et le 30/09 », « de septembre à novembre ». */
const range: Rule = (tokens, index, today) => {
  const open = tokens.matchAt(index, [exact('du', 'entre', 'de', 'd'), THE]);
  if (!open) return null;
  const first = readDate(tokens, open.end, today, true);
  if (first) {
    const join = tokens.matchAt(first.end, [
      exact('au', 'et', 'a', 'jusqu'),
      optional(exact('au', 'a')),
      THE,
    ]);
    const second = join ? readDate(tokens, join.end, today, false) : null;
    // « du 1er novembre à ce jour », « du 1/11 à aujourd'hui », « from 1 November to date »: to today
    // (forty-eighth round).
    const toToday =
      join && !second && !first.dayOnly
        ? (TO_TODAY.map((end) =>
            tokens.matchAt(first.end, [exact('a', 'au', 'jusqu'), optional(exact('a')), ...end]),
          ).find((m) => m !== null) ?? null)
        : null;
    if (toToday && first.date <= today)
      return { found: period({ from: first.date, to: today }), end: toToday.end };
    if (join && !second && first.dayOnly) {
      const days = dayRange(tokens, open, join, first.day, today);
      if (days) return { found: period(days.period), end: days.end };
    }
    if (join && second) {
      let from = first.date;
      if (first.dayOnly) {
        from = safeDate(yearOf(second.date), monthOf(second.date), first.day) ?? second.date;
        if (from > second.date) from = addMonths(from, -1);
      }
      if (from > second.date) return null;
      const read = { from, to: second.date };
      return {
        found: { kind: 'period', period: read, ahead: second.yearGuessed ? yearOn(read, today) : undefined },
        end: second.end,
      };
    }
  }
  const firstMonth = readMonth(tokens, open.end, today, true);
  if (!firstMonth) return null;
  const join = tokens.matchAt(firstMonth.end, [
    exact('a', 'au', 'et', 'jusqu'),
    optional(exact('a', 'au', 'en')),
  ]);
  const secondMonth = join ? readMonth(tokens, join.end, today, true) : null;
  if (!join || !secondMonth) return null;
  let from = firstMonth.period.from;
  if (from > secondMonth.period.from) from = addMonths(from, -12);
  const read = { from, to: secondMonth.period.to };
  const ahead = secondMonth.yearGuessed ? yearOn(read, today) : undefined;
  return { found: { kind: 'period', period: read, ahead }, end: secondMonth.end };
};

/**
 * « entre le 5 et le 20 », « du 5 au 20 »: two days and no month are this month's days. Only with
 * « le » before the days or « du … au … », so that « entre 5 et 20 » stays what it is.
 */
function dayRange(
  tokens: TokenSet,
  open: Match,
  join: Match,
  firstDay: number,
  today: CalendarDate,
): { period: Period; end: number } | null {
  const second = readDate(tokens, join.end, today, true);
  if (!second || !second.dayOnly) return null;
  const opener = tokens.token(open.start)!.norm;
  const withThe = open.end - open.start === 2 && join.end - join.start >= 2;
  const fromTo = opener === 'du' && tokens.token(join.start)!.norm === 'au';
  if (!withThe && !fromTo) return null;
  const to = safeDate(yearOf(today), monthOf(today), second.day);
  // « du 25 au 5 »: from the 25th of the month before.
  const before = firstDay > second.day ? addMonths(startOfMonth(today), -1) : startOfMonth(today);
  const from = safeDate(yearOf(before), monthOf(before), firstDay);
  return from && to ? { period: { from, to }, end: second.end } : null;
}

const ORDINAL_HALVES: Readonly<Record<string, 1 | 2>> = {
  premiere: 1,
  '1ere': 1,
  '1re': 1,
  premier: 1,
  '1er': 1,
  deuxieme: 2,
  seconde: 2,
  second: 2,
  '2e': 2,
  '2eme': 2,
  '2nde': 2,
  derniere: 2,
};

/** « la deuxième quinzaine d’octobre », « première quinzaine » (this month): 1–15, 16–end. */
const fortnight: Rule = (tokens, index, today) => {
  const open = tokens.matchAt(index, [
    optional(exact('en', 'sur', 'pour', 'dans', 'de', 'pendant', 'durant')),
    THE,
    exact(...Object.keys(ORDINAL_HALVES)),
    word('quinzaine'),
  ]);
  if (!open) return null;
  const half = ORDINAL_HALVES[tokens.token(open.end - 2)!.norm]!;
  const of = tokens.matchAt(open.end, [optional(exact('de', 'd', 'du')), optional(MONTH_WORD)]);
  const named = readMonth(tokens, of ? of.end : open.end, today, true);
  const thisMonth = tokens.matchAt(open.end, [exact('du', 'de'), exact('ce'), MONTH_WORD]);
  const lastMonth = tokens.matchAt(open.end, [exact('du', 'de'), THE, MONTH_WORD, LAST]);
  const month = named
    ? named.period
    : lastMonth
      ? { from: addMonths(startOfMonth(today), -1), to: endOfMonth(addMonths(startOfMonth(today), -1)) }
      : { from: startOfMonth(today), to: endOfMonth(today) };
  const end = named ? named.end : lastMonth ? lastMonth.end : thisMonth ? thisMonth.end : open.end;
  const middle = addDays(month.from, 14);
  return {
    found: period(half === 1 ? { from: month.from, to: middle } : { from: addDays(middle, 1), to: month.to }),
    end,
  };
};

/** « depuis le 1er septembre », « depuis septembre », « depuis le début de l’année », « depuis 3 mois ». */
const since: Rule = (tokens, index, today) => {
  const open =
    tokens.matchAt(index, [exact('depuis')]) ??
    tokens.matchAt(index, [exact('a'), exact('partir'), exact('du', 'de', 'd')]);
  if (!open) return null;
  // « depuis mon départ le 2 novembre », « depuis mon retour du 16/11 »: the event's day (forty-fifth round).
  const event = tokens.matchAt(open.end, [
    exact('mon', 'ma', 'notre', 'son', 'sa', 'leur', 'le', 'la', 'l'),
    exact(
      'depart',
      'retour',
      'arrivee',
      'absence',
      'conge',
      'conges',
      'vacances',
      'reunion',
      'passage',
      'visite',
    ),
    optional(exact('en', 'de')),
    optional(exact('conges', 'vacances', 'conge')),
    optional(exact('le', 'du', 'de', 'au', 'en', 'd')),
  ]);
  if (event) {
    const on = readDate(tokens, event.end, today, false);
    if (on) return { found: period({ from: on.date, to: today }), end: on.end };
  }
  const after = tokens.matchAt(open.end, [THE])?.end ?? open.end;
  const to = today;
  const date = readDate(tokens, after, today, false);
  if (date) return { found: period({ from: date.date, to }), end: date.end };
  // « depuis le 1er », « depuis le 5 courant », « depuis le 1er du mois »: that day of this month —
  // of the month before when it is still to come — to today (fortieth round).
  const dayAlone = after > open.end ? readDate(tokens, after, today, true) : null;
  if (dayAlone?.dayOnly) {
    const unitNext = tokens.token(dayAlone.end)?.norm ?? '';
    // « depuis le 3 mois » is no day: a unit after the number makes it a duration.
    if (!/^(?:jours?|j|semaines?|mois|ans?|annees?)$/.test(unitNext)) {
      const thisMonth = safeDate(yearOf(today), monthOf(today), dayAlone.day);
      const before = startOfMonth(addMonths(startOfMonth(today), -1));
      const from =
        thisMonth !== null && thisMonth <= today
          ? thisMonth
          : safeDate(yearOf(before), monthOf(before), dayAlone.day);
      if (from !== null) {
        const said =
          tokens.matchAt(dayAlone.end, [exact('courant')]) ??
          tokens.matchAt(dayAlone.end, [OF, exact('mois'), optional(exact('courant', 'actuel'))]) ??
          tokens.matchAt(dayAlone.end, [OF, exact('mois'), exact('en'), exact('cours')]);
        return { found: period({ from, to }), end: said?.end ?? dayAlone.end };
      }
    }
  }
  // « depuis hier », « depuis avant-hier »: from that day to today.
  const dayBefore = tokens.matchAt(open.end, [optional(exact('avant')), exact('hier')]);
  if (dayBefore)
    return {
      found: period({ from: addDays(today, dayBefore.at[0]! >= 0 ? -2 : -1), to }),
      end: dayBefore.end,
    };
  const start = tokens.matchAt(after, [word('debut'), OF, THE]);
  const at = start ? start.end : after;
  // « depuis le début de l’exercice »: of this (calendar) year, as « de l’exercice » is.
  const yearWord = tokens.matchAt(at, [exact('annee', 'an', 'exercice')]);
  if (yearWord) return { found: period({ from: calendarDate(yearOf(today), 1, 1), to }), end: yearWord.end };
  const monthWord = tokens.matchAt(at, [MONTH_WORD]);
  if (start && monthWord) return { found: period({ from: startOfMonth(today), to }), end: monthWord.end };
  // « depuis le début du trimestre / du semestre / de la semaine »: from its first day to today,
  // as « depuis le début du mois » is (never to the quarter's end).
  const unit = start ? tokens.matchAt(at, [exact('trimestre', 'semestre', 'semaine')]) : null;
  if (unit) {
    const name = tokens.token(at)!.norm;
    const first = (span: number) =>
      calendarDate(yearOf(today), Math.floor((monthOf(today) - 1) / span) * span + 1, 1);
    const from =
      name === 'trimestre'
        ? first(3)
        : name === 'semestre'
          ? first(6)
          : addDays(today, -((dayOfWeek(today) + 6) % 7));
    return { found: period({ from, to }), end: unit.end };
  }
  const month = readMonth(tokens, at, today, true);
  if (month) return { found: period({ from: month.period.from, to }), end: month.end };
  const year = yearIn(tokens.token(at));
  if (year !== null && tokens.isFree(at))
    return { found: period({ from: calendarDate(year, 1, 1), to }), end: at + 1 };
  // « depuis jeudi », « depuis lundi dernier »: from that weekday's latest date to today.
  const weekday = tokens.matchAt(at, [exact(...WEEKDAYS), optional(LAST)]);
  if (weekday) {
    const back = (dayOfWeek(today) - WEEKDAYS.indexOf(tokens.token(at)!.norm) + 7) % 7;
    const said = weekday.at[1] !== undefined && weekday.at[1] >= 0;
    return {
      found: period({ from: addDays(today, -(back === 0 && said ? 7 : back)), to }),
      end: weekday.end,
    };
  }
  const rolling = readDuration(tokens, open.end, today);
  return rolling;
};

/** « 30 jours », « 3 mois », « un an », « 2 semaines » back from today (today included). */
function readDuration(
  tokens: TokenSet,
  index: number,
  today: CalendarDate,
): { found: Found; end: number } | null {
  const n = readInteger(tokens.list, index, (i) => tokens.isFree(i));
  if (!n) return null;
  if (n.daysSuffix)
    return { found: period({ from: addDays(today, -(n.value - 1)), to: today }), end: index + 1 };
  const unitAt = index + n.length;
  const unit = tokens.matchAt(unitAt, [
    optional(LAST),
    exact('jour', 'jours', 'j', 'semaine', 'semaines', 'mois', 'an', 'ans', 'annee', 'annees'),
  ]);
  if (!unit) return null;
  const name = tokens.token(unit.end - 1)!.norm;
  const from = name.startsWith('j')
    ? addDays(today, -(n.value - 1))
    : name.startsWith('semaine')
      ? addDays(today, -(7 * n.value - 1))
      : name === 'mois'
        ? addDays(addMonths(today, -n.value), 1)
        : addDays(addMonths(today, -12 * n.value), 1);
  return { found: period({ from, to: today }), end: unit.end };
}

/**
 * Days to come (planned work): « les 7 prochains jours », « dans les 3 prochains jours », « les 2
 * prochaines semaines » run from today, that many days (as « les 30 derniers jours » run to today);
 * « dans 2 jours » is that day.
 */
const ahead: Rule = (tokens, index, today) => {
  const open = tokens.matchAt(index, [optional(exact('dans', 'sur', 'pour')), optional(exact('les', 'ces'))]);
  const start = open ? open.end : index;
  const n = readInteger(tokens.list, start, (i) => tokens.isFree(i));
  if (!n || n.daysSuffix || n.value < 1 || n.value > 366) return null;
  const coming = tokens.matchAt(start + n.length, [NEXT, exact('jours', 'jour', 'j', 'semaines', 'semaine')]);
  if (coming) {
    const weeks = tokens.token(coming.end - 1)!.norm.startsWith('semaine');
    const days = weeks ? 7 * n.value : n.value;
    return { found: period({ from: today, to: addDays(today, days - 1) }), end: coming.end };
  }
  const inDays =
    tokens.token(index)?.norm === 'dans' && start === index + 1
      ? tokens.matchAt(start + n.length, [exact('jours', 'jour', 'j')])
      : null;
  return inDays ? { found: period(dayPeriod(addDays(today, n.value))), end: inDays.end } : null;
};

/** « glissant », « rolling »: a span that ends today (« DSO glissant 3 mois », « 12 mois glissants »). */
const SLIDING = exact('glissant', 'glissants', 'glissante', 'glissantes', 'rolling');

/**
 * « les 30 derniers jours », « sur 12 mois », « ces 3 derniers mois », « sur un an », a controller's
 * « DSO glissant 3 mois », « 12 mois glissants », « rolling 12 months » (forty-fifth round).
 */
const rolling: Rule = (tokens, index, today) => {
  const open = tokens.matchAt(index, [
    optional(exact('sur')),
    exact('les', 'ces', 'sur', 'dans', 'glissant', 'glissants', 'glissante', 'glissantes', 'rolling'),
    optional(exact('les', 'ces', 'sur')),
  ]);
  const start = open ? open.end : index;
  const duration = readDuration(tokens, start, today);
  if (!duration) return null;
  const sliding = tokens.matchAt(duration.end, [SLIDING]);
  if (sliding) return { found: duration.found, end: sliding.end };
  // « 30 jours » alone (no « les », « sur », « derniers ») is too weak to be a period.
  const lastWord = tokens.list.slice(start, duration.end).some((t) => LAST.test(t));
  return open || lastWord ? duration : null;
};

/** « au 30 septembre », « au 30/09/2026 », « à fin septembre », « fin septembre 2026 ». */
const cutOff: Rule = (tokens, index, today) => {
  const atDate = tokens.matchAt(index, [exact('au', 'a'), optional(exact('la'))]);
  if (atDate) {
    const date = readDate(tokens, atDate.end, today, false) ?? dayOfThisMonth(tokens, atDate.end, today);
    if (date) {
      const guessed = 'yearGuessed' in date && date.yearGuessed;
      const ahead = guessed ? nextYearly(date.date, today) : undefined;
      // « au 30 novembre », said on the 23rd: a cut-off in the month under way is this year's, still
      // to come — a month named without its year is the latest that has begun (issue 16,
      // eighteenth round); a day gone is this year's already.
      const thisMonth = monthOf(date.date) === monthOf(today) && yearOf(date.date) < yearOf(today);
      const asOf = guessed && thisMonth ? (ahead ?? date.date) : date.date;
      return { found: { kind: 'asOf', date: asOf, ahead }, end: date.end };
    }
  }
  const end = tokens.matchAt(index, [
    optional(exact('au', 'a', 'en')),
    optional(exact('la')),
    word('fin'),
    OF,
  ]);
  if (!end) return null;
  const month = readMonth(tokens, end.end, today, true);
  if (month) {
    const ahead =
      month.yearGuessed && month.period.to < today ? endOfMonth(addMonths(month.period.to, 12)) : undefined;
    return { found: { kind: 'asOf', date: month.period.to, ahead }, end: month.end };
  }
  // « à fin T3 », « fin S1 »: the cut-off at the quarter's or the half's last day.
  const quarter = namedQuarter(tokens, end.end, today) ?? namedHalf(tokens, end.end, today);
  if (quarter && quarter.found.kind === 'period')
    return { found: { kind: 'asOf', date: quarter.found.period.to }, end: quarter.end };
  const lastMonth = tokens.matchAt(end.end, [MONTH_WORD, LAST]);
  if (lastMonth)
    return { found: { kind: 'asOf', date: endOfMonth(addMonths(today, -1)) }, end: lastMonth.end };
  const monthWord = tokens.matchAt(end.end, [MONTH_WORD]);
  if (monthWord) return { found: { kind: 'asOf', date: endOfMonth(today) }, end: monthWord.end };
  return null;
};

/**
 * A day without its month after « le », « au », « du » (« échues le 1er », « au 15 »): this month's.
 * Not a bare number (« 15 » alone may be anything).
 */
function dayOfThisMonth(
  tokens: TokenSet,
  index: number,
  today: CalendarDate,
): { date: CalendarDate; end: number } | null {
  const day = readDate(tokens, index, today, true);
  if (!day || !day.dayOnly) return null;
  const date = safeDate(yearOf(today), monthOf(today), day.day);
  return date ? { date, end: day.end } : null;
}

/** « le 15 » to come: this month's when not past, else next month's. */
function dayToCome(date: CalendarDate, today: CalendarDate): CalendarDate {
  if (date >= today) return date;
  const next = addMonths(startOfMonth(date), 1);
  return safeDate(yearOf(next), monthOf(next), Number(date.slice(8, 10))) ?? date;
}

/** « le 15 octobre », « le 15/10 », or such a date alone; « le 1er », « le 15 » (this month). */
const singleDay: Rule = (tokens, index, today) => {
  const open = tokens.matchAt(index, [exact('le', 'du')]);
  const date = readDate(tokens, open ? open.end : index, today, false);
  if (date) {
    const ahead = date.yearGuessed ? dayPeriod(nextYearly(date.date, today)) : undefined;
    return { found: { kind: 'period', period: dayPeriod(date.date), ahead }, end: date.end };
  }
  const day = open ? dayOfThisMonth(tokens, open.end, today) : null;
  if (!day) return null;
  const ahead = dayPeriod(dayToCome(day.date, today));
  return { found: { kind: 'period', period: dayPeriod(day.date), ahead }, end: day.end };
};

/** « en octobre », « d’octobre 2025 », « au mois de septembre », « novembre dernier », « octobre ». */
const namedMonth: Rule = (tokens, index, today) => {
  const open = tokens.matchAt(index, [
    optional(exact('en', 'd', 'de', 'du', 'au', 'pour', 'sur')),
    optional(MONTH_WORD),
    optional(exact('de', 'd')),
  ]);
  const month = readMonth(tokens, open ? open.end : index, today, open !== null);
  if (!month) return null;
  const { from, to } = month.period;
  const ahead =
    month.yearGuessed && to < today
      ? { from: addMonths(from, 12), to: endOfMonth(addMonths(from, 12)) }
      : undefined;
  return { found: { kind: 'period', period: month.period, ahead }, end: month.end };
};

/** « en 2025 », « l’année 2025 », « 2025 ». */
const namedYear: Rule = (tokens, index) => {
  const open = tokens.matchAt(index, [
    optional(exact('en', 'de', 'l', 'pour', 'sur')),
    optional(exact('annee', 'an', 'exercice')),
  ]);
  const at = open ? open.end : index;
  const year = tokens.isFree(at) ? yearIn(tokens.token(at)) : null;
  return year === null ? null : { found: period(yearPeriod(year)), end: at + 1 };
};

const ORDINAL_QUARTERS: Readonly<Record<string, number>> = {
  '1er': 1,
  premier: 1,
  '2e': 2,
  '2eme': 2,
  deuxieme: 2,
  second: 2,
  '3e': 3,
  '3eme': 3,
  troisieme: 3,
  '4e': 4,
  '4eme': 4,
  quatrieme: 4,
};

const ORDINAL_SEMESTERS: Readonly<Record<string, number>> = { ...ORDINAL_HALVES, '2nd': 2, '2nde': 2 };

/** « S1 », « S2 2025 », « le premier semestre », « 2nd semestre 2025 »: a half-year. */
const namedHalf: Rule = (tokens, index, today) => {
  const token = tokens.token(index);
  if (!token || !tokens.isFree(index)) return null;
  let half: number | null = null;
  let end = index + 1;
  const short = /^s([12])$/.exec(token.norm);
  if (short) half = Number(short[1]);
  else {
    const ordinal = tokens.matchAt(index, [exact(...Object.keys(ORDINAL_SEMESTERS)), word('semestre')]);
    if (!ordinal) return null;
    half = ORDINAL_SEMESTERS[token.norm] ?? null;
    end = ordinal.end;
  }
  if (half === null) return null;
  const year = tokens.isFree(end) ? yearIn(tokens.token(end)) : null;
  const start = (y: number) => calendarDate(y, half === 1 ? 1 : 7, 1);
  const chosen = year ?? (start(yearOf(today)) > today ? yearOf(today) - 1 : yearOf(today));
  const from = start(chosen);
  return { found: period({ from, to: endOfMonth(addMonths(from, 5)) }), end: year === null ? end : end + 1 };
};

/** « T3 », « T3 2026 », « 3e trimestre ». */
const namedQuarter: Rule = (tokens, index, today) => {
  const token = tokens.token(index);
  let quarter: number | null = null;
  let end = index + 1;
  const short = token ? /^t([1-4])$/.exec(token.norm) : null;
  if (short) quarter = Number(short[1]);
  else {
    const ordinal = tokens.matchAt(index, [exact(...Object.keys(ORDINAL_QUARTERS)), word('trimestre')]);
    if (!ordinal) return null;
    quarter = ORDINAL_QUARTERS[token!.norm] ?? null;
    end = ordinal.end;
  }
  if (quarter === null || !tokens.isFree(index)) return null;
  const year = tokens.isFree(end) ? yearIn(tokens.token(end)) : null;
  const chosen = year ?? (quarterOf(yearOf(today), quarter).from > today ? yearOf(today) - 1 : yearOf(today));
  return { found: period(quarterOf(chosen, quarter)), end: year === null ? end : end + 1 };
};

const none = (): Found => ({ kind: 'none' });

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/**
 * « vendredi 27 », « lundi 30 », « mercredi 25 novembre »: the date with that weekday nearest to
 * today (a day without a month is this month's, the next or the previous one's).
 */
const weekdayDate: Rule = (tokens, index, today) => {
  const open = tokens.matchAt(index, [optional(exact('le', 'ce')), exact(...WEEKDAYS)]);
  if (!open) return null;
  const weekday = WEEKDAYS.indexOf(tokens.token(open.end - 1)!.norm);
  const date = readDate(tokens, open.end, today, true);
  if (!date) return null;
  const candidates: CalendarDate[] = [];
  if (date.dayOnly) {
    for (const shift of [0, 1, -1]) {
      const month = addMonths(startOfMonth(today), shift);
      const d = safeDate(yearOf(month), monthOf(month), date.day);
      if (d) candidates.push(d);
    }
  } else {
    for (const shift of [0, 1, -1]) {
      const d = safeDate(yearOf(today) + shift, monthOf(date.date), date.day);
      if (d) candidates.push(d);
    }
  }
  const distance = (d: CalendarDate) => Math.abs(Date.parse(d) - Date.parse(today));
  const best = candidates
    .filter((d) => dayOfWeek(d) === weekday)
    .sort((a, b) => distance(a) - distance(b))[0];
  return best ? { found: period(dayPeriod(best)), end: date.end } : null;
};

/**
 * « vendredi dernier », « mercredi passé », « le lundi précédent »: the latest such day before today
 * (a week back when today is that weekday).
 */
const pastWeekday: Rule = (tokens, index, today) => {
  const match = tokens.matchAt(index, [optional(exact('le', 'ce')), exact(...WEEKDAYS), LAST]);
  if (!match) return null;
  const weekday = WEEKDAYS.indexOf(tokens.token(match.end - 2)!.norm);
  const back = (dayOfWeek(today) - weekday + 7) % 7 || 7;
  return { found: period(dayPeriod(addDays(today, -back))), end: match.end };
};

/**
 * « jeudi prochain », « mardi qui vient »: the next such day after today (a week ahead when today is
 * that weekday), as a promise's « mercredi prochain » is read.
 */
const nextWeekday: Rule = (tokens, index, today) => {
  const match =
    tokens.matchAt(index, [optional(exact('le', 'ce')), exact(...WEEKDAYS), NEXT]) ??
    tokens.matchAt(index, [optional(exact('le', 'ce')), exact(...WEEKDAYS), exact('qui'), exact('vient')]);
  if (!match) return null;
  const at = tokens.token(index)!.norm === 'le' || tokens.token(index)!.norm === 'ce' ? index + 1 : index;
  const weekday = WEEKDAYS.indexOf(tokens.token(at)!.norm);
  const ahead = (weekday - dayOfWeek(today) + 7) % 7 || 7;
  return { found: period(dayPeriod(addDays(today, ahead))), end: match.end };
};

const PART_OF_DAY = optional(exact('matin', 'soir', 'midi', 'aprem', 'apres'));

/** « d’ici », « d’ici à », « jusqu’à », « jusqu’au »: a span that runs from today to the day named. */
const UNTIL: readonly (readonly Slot[])[] = [
  [exact('d'), exact('ici'), optional(exact('a', 'au'))],
  [exact('jusqu'), exact('a', 'au')],
];

/**
 * « d’ici vendredi », « jusqu’à jeudi prochain », « d’ici demain », « d’ici la fin de la semaine »,
 * « d’ici la fin du mois »: the days from today to that day, both included (a weekday is the next
 * one, a week ahead when today is that weekday). Planned work is asked so (« qu’est-ce que je dois
 * envoyer d’ici vendredi ? »).
 */
const untilDay: Rule = (tokens, index, today) => {
  const open = UNTIL.map((p) => tokens.matchAt(index, p)).find((m) => m !== null);
  if (!open) return null;
  const span = (to: CalendarDate, end: number) => ({ found: period({ from: today, to }), end });
  const weekday = tokens.matchAt(open.end, [optional(exact('le', 'ce')), exact(...WEEKDAYS), optional(NEXT)]);
  if (weekday) {
    const at = weekday.at[1]!;
    const ahead = (WEEKDAYS.indexOf(tokens.token(at)!.norm) - dayOfWeek(today) + 7) % 7 || 7;
    return span(addDays(today, ahead), weekday.end);
  }
  const tomorrow = tokens.matchAt(open.end, [optional(exact('apres')), exact('demain'), PART_OF_DAY]);
  if (tomorrow) return span(addDays(today, tomorrow.at[0]! >= 0 ? 2 : 1), tomorrow.end);
  const end = tokens.matchAt(open.end, [THE, exact('fin'), OF, optional(exact('la', 'le'))]);
  if (!end) return null;
  if (tokens.matchAt(end.end, [word('semaine')])) return span(weekOf(today).to, end.end + 1);
  if (tokens.matchAt(end.end, [MONTH_WORD])) return span(endOfMonth(today), end.end + 1);
  return null;
};

/** In order of precedence at a given position. */
const RULES: readonly Rule[] = [
  untilDay,
  fortnight,
  range,
  since,
  // « au premier trimestre », « du 3e trimestre »: a quarter, not « au premier » (the 1st of the month).
  (tokens, index, today) =>
    tokens.matchAt(index, [exact('au', 'du', 'le', 'en', 'pour', 'sur')])
      ? (namedQuarter(tokens, index + 1, today) ?? namedHalf(tokens, index + 1, today))
      : null,
  cutOff,
  namedQuarter,
  namedHalf,
  byPattern([THE, OF, MONTH_WORD, LAST], monthShift(-1)),
  byPattern([THE, OF, MONTH_WORD, NEXT], monthShift(1)),
  singleDay,
  namedMonth,
  ahead,
  rolling,
  byPattern([exact('ce', 'cet'), MONTH_WORD, optional(exact('ci'))], currentMonth),
  byPattern([THE, OF, MONTH_WORD, ...CURRENT], currentMonth),
  byPattern([THE, OF, MONTH_WORD, word('courant', 'actuel')], currentMonth),
  byPattern([exact('du'), MONTH_WORD], currentMonth),
  ...WEEKEND_RULES,
  // « semaine 47 », « S47 »: an ISO week (./iso-week.ts).
  (tokens, index, today) => {
    const week = readIsoWeek(tokens, index, today);
    return week ? { found: period(week.period), end: week.end } : null;
  },
  byPattern([exact('cette'), word('semaine'), optional(exact('ci'))], weekShift(0)),
  byPattern([THE, OF, word('semaine'), ...CURRENT], weekShift(0)),
  byPattern([THE, OF, word('semaine'), LAST], weekShift(-1)),
  byPattern([THE, OF, word('semaine'), NEXT], weekShift(1)),
  weekdayDate,
  pastWeekday,
  nextWeekday,
  byPattern([exact('avant'), exact('hier'), PART_OF_DAY], dayShift(-2)),
  // « après-demain », « après demain matin »: two days ahead (never « demain » with a stray word).
  byPattern([exact('apres'), exact('demain'), PART_OF_DAY], dayShift(2)),
  byPattern([exact('hier'), PART_OF_DAY], dayShift(-1)),
  byPattern([exact('demain'), PART_OF_DAY], dayShift(1)),
  // « ce matin », « cet après-midi », « ce soir »: today.
  byPattern([exact('ce', 'cet'), exact('matin', 'soir', 'midi', 'aprem')], dayShift(0)),
  // Québec « à matin », « à soir »: this morning, tonight.
  byPattern([exact('a'), exact('matin', 'soir')], dayShift(0)),
  byPattern([exact('cet'), exact('apres'), exact('midi')], dayShift(0)),
  byPattern([exact('en'), exact('ce'), exact('moment')], none),
  // « à l'heure actuelle », « à l'heure qu'il est »: now, as « en ce moment » (forty-fourth round).
  byPattern([exact('a'), exact('l'), exact('heure'), exact('actuelle')], none),
  byPattern([exact('a'), exact('l'), exact('heure'), exact('qu'), exact('il'), exact('est')], none),
  byPattern([optional(exact('d')), exact('aujourd', 'aujourdhui'), optional(exact('hui'))], dayShift(0)),
  byPattern([optional(exact('a')), exact('ce'), exact('jour')], none),
  byPattern([exact('a'), exact('date')], none),
  byPattern([exact('ce'), word('trimestre')], quarterShift(0)),
  byPattern([THE, OF, word('trimestre'), LAST], quarterShift(-1)),
  // « encaissements du trimestre », « le trimestre en cours »: this quarter, as « du mois » is this month.
  byPattern([THE, OF, word('trimestre'), ...CURRENT], quarterShift(0)),
  byPattern([exact('du'), word('trimestre')], quarterShift(0)),
  // « le dernier trimestre », « du dernier mois »: the one before.
  byPattern([THE, OF, LAST, word('trimestre')], quarterShift(-1)),
  // « le dernier mois » — never « passe-moi » (an imperative, « moi » its object).
  byPattern([THE, OF, LAST, exact('mois', 'mios', 'moiss', 'mosi')], monthShift(-1)),
  byPattern([exact('cette'), word('annee')], yearShift(0)),
  byPattern([THE, OF, exact('annee', 'exercice'), ...CURRENT], yearShift(0)),
  byPattern([THE, OF, exact('an', 'annee', 'exercice'), LAST], yearShift(-1)),
  byPattern(
    [optional(exact('en', 'l')), optional(exact('annee', 'exercice')), exact('n'), exact('1')],
    yearShift(-1),
  ),
  // « impayés M-1 », « encaissé en M-2 »: a controller's month before this one (the minus is no word).
  ...Array.from({ length: 12 }, (_, k) =>
    byPattern([optional(exact('en')), exact('m'), exact(String(k + 1))], monthShift(-(k + 1))),
  ),
  namedYear,
  // « les irrécouvrables de l’exercice »: this (calendar) year.
  byPattern([THE, OF, exact('exercice')], yearShift(0)),
];

/** Reads every date expression of the question (taking their tokens). */
export function extractDates(tokens: TokenSet, today: CalendarDate): DateFindings {
  const periods: Period[] = [];
  const ahead: Period[] = [];
  let asOf: CalendarDate | undefined;
  let asOfAhead: CalendarDate | undefined;
  const spans: Array<{ start: number; end: number }> = [];
  for (let index = 0; index < tokens.list.length; index++) {
    if (!tokens.isFree(index)) continue;
    for (const rule of RULES) {
      const hit = rule(tokens, index, today);
      if (!hit) continue;
      tokens.take({ start: index, end: hit.end });
      if (hit.found.kind === 'period') {
        periods.push(hit.found.period);
        ahead.push(hit.found.ahead ?? hit.found.period);
        spans.push({ start: index, end: hit.end });
      } else if (hit.found.kind === 'asOf' && asOf === undefined) {
        asOf = hit.found.date;
        asOfAhead = hit.found.ahead ?? hit.found.date;
      }
      index = hit.end - 1;
      break;
    }
  }
  // « l'exercice en cours, c'est-à-dire depuis le début de l'année »: the restatement (./restated-period.ts).
  const { dropped, restating } = restatedPeriods(spans, tokens.list);
  for (const span of restating) tokens.take(span);
  if (dropped.size > 0) {
    const kept = (_: Period, k: number) => !dropped.has(k);
    const [said, saidAhead] = [periods.filter(kept), ahead.filter(kept)];
    return { period: said[0], periods: said, ahead: saidAhead, asOf, asOfAhead };
  }
  return { period: periods[0], periods, ahead, asOf, asOfAhead };
}
