/**
 * A week named by its ISO number, as an analyst or a planner writes it (issue 16, sixteenth round):
 * « semaine 47 », « la semaine n° 47 », « sem 47 », « S47 », « W47 », « en semaine 47 » — Monday to
 * Sunday of that week. Without a year, the latest such week that has begun (« semaine 52 », said in
 * January, is last year's); « semaine 47 2025 » or « S47-2025 » says the year.
 */
import {
  addDays,
  calendarDate,
  dayOfWeek,
  daysBetween,
  yearOf,
  type CalendarDate,
} from '../../domain/calendar-date';
import type { Period } from '../query';
import { exact, optional, type TokenSet } from './patterns';

/** The Monday of ISO week 1 of `year`: the Monday of the week holding 4 January. */
function firstMonday(year: number): CalendarDate {
  const fourth = calendarDate(year, 1, 4);
  return addDays(fourth, -((dayOfWeek(fourth) + 6) % 7));
}

/** The number of ISO weeks of `year` (52 or 53). */
function weeksIn(year: number): number {
  return daysBetween(firstMonday(year), firstMonday(year + 1)) / 7;
}

/** Monday to Sunday of ISO week `week` of `year`; undefined when the year has no such week. */
export function isoWeek(year: number, week: number): Period | undefined {
  if (week < 1 || week > weeksIn(year)) return undefined;
  const from = addDays(firstMonday(year), 7 * (week - 1));
  return { from, to: addDays(from, 6) };
}

const GLUED = /^(?:s|w|wk|sem|semaine)(\d{1,2})$/;

function yearAfter(tokens: TokenSet, index: number): { year: number; end: number } | null {
  const t = tokens.token(index);
  if (t?.kind === 'number' && /^20\d\d$/.test(t.norm)) return { year: Number(t.norm), end: index + 1 };
  return null;
}

/**
 * The ISO week named at `index`, with the index after it; null when none is. The number must be a
 * week's (1 to 53): « semaine 47 » is one, « semaine 3 jours » is not read here as anything else.
 */
export function readIsoWeek(
  tokens: TokenSet,
  index: number,
  today: CalendarDate,
): { period: Period; end: number } | null {
  const open = tokens.matchAt(index, [
    optional(exact('en', 'pour', 'sur', 'de', 'la', 'du')),
    optional(exact('la', 'l')),
  ]);
  const at = open ? open.end : index;
  let number: number | undefined;
  let end = at;
  const glued = GLUED.exec(tokens.token(at)?.norm ?? '');
  if (glued) {
    number = Number(glued[1]);
    end = at + 1;
  } else {
    const said = tokens.matchAt(at, [
      exact('semaine', 'sem', 'week', 'wk'),
      optional(exact('n', 'no', 'num', 'numero')),
    ]);
    const n = said ? tokens.token(said.end) : undefined;
    if (!said || n?.kind !== 'number' || !/^\d{1,2}$/.test(n.norm)) return null;
    // « semaine 3 jours », « sem 2 de retard »: not a week's number.
    const unit = tokens.token(said.end + 1)?.norm;
    if (unit && /^(?:j|jours?|mois|semaines?|sem|ans?|de|d|%|€)$/.test(unit)) return null;
    number = Number(n.norm);
    end = said.end + 1;
  }
  const said = yearAfter(tokens, end);
  if (said) {
    const period = isoWeek(said.year, number);
    return period ? { period, end: said.end } : null;
  }
  const year = yearOf(today);
  // ISO week 53 comes back every five or six years.
  for (let y = year + 1; y >= year - 6; y--) {
    const period = isoWeek(y, number);
    if (period && period.from <= today) return { period, end };
  }
  return null;
}
