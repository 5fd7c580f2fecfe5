/**
 * « du jour » of what was done, or of the work to do (« expédiées ce jour »), is today (issue 16, twentieth round): « encaissements du jour »,
 * « les paiements reçus de la journée », « le journal du jour », « qu'a-t-on encaissé de ce jour ? »
 * — money received and the journal are of days gone or of today, and « du jour » is today's
 * (as « relances du jour » is today's card, ./commands.ts; a step's letters of the day, ./day-work.ts).
 * Not « l'ordre du jour », « à jour », « mise à jour », nor for a figure at a cut-off.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { Period, QueryIntent } from '../query';
import type { Token } from './tokens';

/** What was done: money received, the journal; and the day's work (« expédiées ce jour »). */
const DONE: ReadonlySet<QueryIntent> = new Set(['collected', 'journal_activity', 'planned_actions']);

/** « du jour », « de la journée », « de ce jour », « du jour même », not after « ordre », « plat ». */
// « ce jour » alone too (« quelles mises en demeure doivent être expédiées ce jour ? »: forty-third
// round), never « à ce jour » (as it stands).
const TODAY =
  /(?:^| )(?<!(?:ordre|plat|menu|point|sujet|affaire) )(?:du|de la|de ce|(?<!(?:^| )a )ce) (?:jour|journee)(?: meme)?(?: |$)/;

/** « ce jour » alone, not « à ce jour », « de ce jour », « du jour ». */
const DAY_NAMED = /(?:^| )(?<!(?:^| )(?:a|de|du) )ce jour(?: |$)/;

/** The period of a question about what was done, today when « du jour » is said and no other. */
export function todayOfIntent(
  intent: QueryIntent | null,
  period: Period | undefined,
  words: readonly Token[],
  today: CalendarDate,
): Period | undefined {
  if (period !== undefined || intent === null || !DONE.has(intent)) return period;
  const said = words.map((w) => w.norm).join(' ');
  // The day's work « du jour » (« mes tâches du jour ») is the day's proposals as they are asked with
  // no day; « expédiées ce jour » names the day, as « aujourd'hui » does.
  if (intent === 'planned_actions') return DAY_NAMED.test(said) ? { from: today, to: today } : period;
  return TODAY.test(said) ? { from: today, to: today } : period;
}
