/**
 * A date or a week that does not exist (issue 16, eighteenth round): « semaine 54 », « S0 », « la
 * semaine 60 », « semaine 53 2025 » (a year of 52 weeks), « le 31/11 », « au 31 novembre », « le 30
 * février », « du 32 octobre ». Read as nothing, it was dropped and the question answered without it
 * — for the whole year, or on the month around it (« au 31 novembre » read « novembre »). A date said
 * that cannot be is never left out silently: the question is not understood, with what was
 * understood.
 */
import { yearOf, type CalendarDate } from '../../domain/calendar-date';
import { monthNamed, safeDate } from './calendar-words';
import { isoWeek } from './iso-week';
import type { Token } from './tokens';

/** « semaine », « sem », « week », « wk », then « n° » maybe, before a week's number. */
const WEEK_WORD = /^(?:semaine|sem|week|wk)$/;
const NUMBER_WORD = /^(?:n|no|num|numero)$/;
/** « S54 », « W0 », « sem54 »: a week's number glued to its letter. */
const GLUED_WEEK = /^(?:s|w|wk|sem|semaine)(\d{1,2})$/;
/** After the number, a unit: « sem 2 de retard », « semaine 3 jours » are no week's number. */
const UNIT = /^(?:j|jours?|mois|semaines?|sem|ans?|de|d|%|€)$/;

const noWeek = (n: number): boolean => n < 1 || n > 53;

/** « semaine 53 2025 »: a week's number that its year, said after it, does not have. */
function notInYear(n: number, after: Token | undefined): boolean {
  if (after?.kind !== 'number' || !/^20\d\d$/.test(after.norm)) return false;
  return isoWeek(Number(after.norm), n) === undefined;
}

/** A day and a month that make no date in a leap year either (« 31/11 », « 30 février »). */
function noDay(day: number, month: number): boolean {
  return safeDate(2028, month, day) === null;
}

/** « 29/02 » said in a year without it: no date either (the year guessed is today's or the one before). */
function noDayThisYear(day: number, month: number, today: CalendarDate): boolean {
  const year = yearOf(today);
  return safeDate(year, month, day) === null && safeDate(year - 1, month, day) === null;
}

/** Whether the question names a week or a day that does not exist. */
export function namesAnImpossibleDate(words: readonly Token[], today: CalendarDate): boolean {
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    const glued = GLUED_WEEK.exec(t.norm);
    // « S0 » alone, a size (« S0 » of a form), is too weak: a glued week counts from its letter
    // « S54 » or more than one digit.
    if (glued && glued[1]!.length === 2 && noWeek(Number(glued[1]))) return true;
    if (glued && notInYear(Number(glued[1]), words[i + 1])) return true;
    if (WEEK_WORD.test(t.norm)) {
      let at = i + 1;
      if (NUMBER_WORD.test(words[at]?.norm ?? '')) at++;
      const n = words[at];
      if (n?.kind === 'number' && /^\d{1,2}$/.test(n.norm) && !UNIT.test(words[at + 1]?.norm ?? '')) {
        if (noWeek(Number(n.norm)) || notInYear(Number(n.norm), words[at + 1])) return true;
      }
    }
    if (t.kind !== 'number') continue;
    // « 31/11 », « 30/02/2026 »: a day and a month written in figures.
    const numeric = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$/.exec(t.norm);
    if (numeric) {
      const day = Number(numeric[1]);
      const month = Number(numeric[2]);
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      const written = numeric[3];
      const year = written ? (written.length === 2 ? 2000 + Number(written) : Number(written)) : null;
      if (
        year !== null
          ? safeDate(year, month, day) === null
          : noDay(day, month) || noDayThisYear(day, month, today)
      )
        return true;
      continue;
    }
    // « 31 novembre », « 32 octobre », « 30 février »: a day before a month's name.
    if (!/^\d{1,2}$/.test(t.norm)) continue;
    const month = monthNamed(words[i + 1], false);
    if (month === null) continue;
    const day = Number(t.norm);
    const year = words[i + 2]?.kind === 'number' && /^\d{4}$/.test(words[i + 2]!.norm);
    if (day < 1 || noDay(day, month) || (!year && noDayThisYear(day, month, today))) return true;
  }
  return false;
}
