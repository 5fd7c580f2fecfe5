/**
 * « ce week-end » is this week's Saturday and Sunday (./dates.ts) — for what is to come, and for
 * what was done once it has begun. Said before it of what was done (« qu'a-t-on encaissé ce
 * week-end ? » on a Monday), it is the weekend just gone: nothing is done on days to come.
 */
import { addDays, type CalendarDate } from '../../domain/calendar-date';
import type { Period, QueryIntent } from '../query';
import type { Token } from './tokens';

/** What was done: the journal, money received. */
const DONE: ReadonlySet<QueryIntent> = new Set(['journal_activity', 'collected']);

const saysThisWeekend = (words: readonly Token[]): boolean =>
  words.some((t, i) => {
    if (t.norm !== 'ce' && t.norm !== 'cet') return false;
    const next = words[i + 1]?.norm;
    return next === 'weekend' || ((next === 'week' || next === 'semaine') && words[i + 2]?.norm === 'end');
  });

/** « ce WE », « le w-e dernier », « du W.E. »: the weekend typed short, after a French determiner. */
const TYPED_SHORT = /(?<![\p{L}])(ce|cet|du|le|au|ton|mon|bon)\s+(?:we|w-e|w\.e\.?)(?![\p{L}])/giu;

/** The text with the weekend typed short written whole (« ce WE » → « ce week-end »). */
export function withWeekendTyped(text: string): string {
  return /w\.?-?e/i.test(text) ? text.replace(TYPED_SHORT, '$1 week-end') : text;
}

export function weekendOfIntent(
  intent: QueryIntent | null,
  period: Period | undefined,
  words: readonly Token[],
  today: CalendarDate,
): Period | undefined {
  if (!period || intent === null || !DONE.has(intent) || period.from <= today) return period;
  if (!saysThisWeekend(words)) return period;
  return { from: addDays(period.from, -7), to: addDays(period.to, -7) };
}
