/**
 * « du jour » of what was done is today (issue 16, twentieth round): « encaissements du jour »,
 * « les paiements reçus de la journée », « le journal du jour », « qu'a-t-on encaissé de ce jour ? »
 * — money received and the journal are of days gone or of today, and « du jour » is today's
 * (as « relances du jour » is today's card, ./commands.ts; a step's letters of the day, ./day-work.ts).
 * Not « l'ordre du jour », « à jour », « mise à jour », nor for a figure at a cut-off.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { Period, QueryIntent } from '../query';
import type { Token } from './tokens';

/** What was done: money received, the journal. */
const DONE: ReadonlySet<QueryIntent> = new Set(['collected', 'journal_activity']);

/** « du jour », « de la journée », « de ce jour », « du jour même », not after « ordre », « plat ». */
const TODAY =
  /(?:^| )(?<!(?:ordre|plat|menu|point|sujet|affaire) )(?:du|de la|de ce) (?:jour|journee)(?: meme)?(?: |$)/;

/** The period of a question about what was done, today when « du jour » is said and no other. */
export function todayOfIntent(
  intent: QueryIntent | null,
  period: Period | undefined,
  words: readonly Token[],
  today: CalendarDate,
): Period | undefined {
  if (period !== undefined || intent === null || !DONE.has(intent)) return period;
  return TODAY.test(words.map((w) => w.norm).join(' ')) ? { from: today, to: today } : period;
}
