/**
 * « du jour » of what was done is today (issue 16, twentieth round): « encaissements du jour »,
 * « les paiements reçus de la journée », « le journal du jour », « qu'a-t-on encaissé de ce jour ? »
 * — money received and the journal are of days gone or of today, and « du jour » is today's
 * (as « relances du jour » is today's card, ./commands.ts; a step's letters of the day, ./day-work.ts).
 * Not « l'ordre du jour », « à jour », « mise à jour », nor for a figure at a cut-off. The day's work
 * is today when the day is named (« quelles mises en demeure doivent être expédiées ce jour ? »:
 * forty-third round); « mes tâches du jour » stay the day's proposals asked with no day.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { Period, QueryIntent } from '../query';
import type { Token } from './tokens';

/** What was done: money received, the journal. */
const DONE: ReadonlySet<QueryIntent> = new Set(['collected', 'journal_activity']);

/**
 * « du jour », « de la journée », « de ce jour », « du jour même », « ce jour » (never « à ce jour »:
 * as it stands), not after « ordre », « plat ».
 */
const TODAY =
  /(?:^| )(?<!(?:ordre|plat|menu|point|sujet|affaire) )(?:du|de la|de ce|(?<!(?:^| )a )ce) (?:jour|journee)(?: meme)?(?: |$)/;

/** « ce jour » alone, not « à ce jour », « de ce jour », « du jour ». */
const DAY_NAMED = /(?:^| )(?<!(?:^| )(?:a|de|du) )ce jour(?: |$)/;

/** The period of a question about what was done (« du jour ») or the day's work (« ce jour »), today when said and no other. */
export function todayOfIntent(
  intent: QueryIntent | null,
  period: Period | undefined,
  words: readonly Token[],
  today: CalendarDate,
): Period | undefined {
  if (period !== undefined || intent === null) return period;
  const said = words.map((w) => w.norm).join(' ');
  const named = intent === 'planned_actions' ? DAY_NAMED : DONE.has(intent) ? TODAY : null;
  return named?.test(said) ? { from: today, to: today } : period;
}
