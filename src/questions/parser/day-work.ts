/**
 * The day's work by step when no verb says it (issue 16, sixth round): « les LR du jour », « les
 * mises en demeure du jour », « mails de rappel de demain », « LR demain ? » — a step of the ladder
 * with a day of work (« du jour », « d’aujourd’hui », today or a day to come) and no other intent is
 * that day's proposals at that step. A step with days all gone (« LR d’hier », « les mises en
 * demeure de la semaine dernière ») is what was sent then, the journal.
 */
import { addDays, dayOfWeek, type CalendarDate } from '../../domain/calendar-date';
import type { QueryIntent } from '../catalogue';
import type { Period } from '../query';
import type { Token } from './tokens';

/** « du jour », « de la journée », « d’aujourd’hui », « auj »: today's work. */
const TODAY_WORDS = /(?:^| )(?:du|de la|d|de|pour) (?:jour|journee|aujourd hui|aujourdhui|auj)(?: |$)/;

/** Words that name the letters of a step (« mises en demeure », « LR », « e-mails de rappel »…). */
const LETTER_WORDS =
  /^(?:mises?|demeure|lr|lrar|ar|lettres?|courriers?|mails?|e|emails?|courriels?|rappels?|relances?|transmissions?|prevenances?|recommandees?|sommations?)$/;

export function stepOfTheDay(
  intent: QueryIntent | null,
  clues: {
    step: string | undefined;
    period: Period | undefined;
    today: CalendarDate;
    words: readonly Token[];
  },
): { intent: QueryIntent; period: Period } | null {
  const { step, period, today } = clues;
  if (intent !== null || step === undefined) return null;
  if (period) {
    // A day of work, today or to come — not a span since a day (« depuis le début de la semaine »,
    // « WTD », on a Monday only today: what is gone, never work to do).
    const since = clues.words.some((w) => w.norm === 'depuis');
    // The letters said in words: a bare « J+20 » with a date names nothing sent; nor does a clipped
    // « lr » typed in lower case, as likely a slip of the keys (« les LR d’hier » is written so).
    const letters = clues.words.some(
      (w) => LETTER_WORDS.test(w.norm) && (w.norm.length > 2 || w.raw === w.raw.toUpperCase()),
    );
    // « les mises en demeure de cette semaine » (said on its Monday), « les LR de la semaine
    // prochaine »: letters of a step over days all to come are the proposals then (issue 16,
    // eighteenth round) — the brief's journal is what was « envoyé ». Over a span the letters are
    // typed out, never a two-letter « lr » read as registered letters (the fuzz's « les lr cette
    // semaine »: gibberish, not a question).
    const typedOut = clues.words.some((w) => LETTER_WORDS.test(w.norm) && w.end - w.start > 2);
    if (period.from >= today && !since && (period.from === period.to || (letters && typedOut)))
      return { intent: 'planned_actions', period };
    // « les mises en demeure de la semaine dernière », « les LR d’hier »: letters of a step in days
    // all gone can only be those sent then — the journal (issue 16, left by the thirteenth round).
    // « mises en demeure MTD »: since a day up to today, gone too.
    return letters && (period.to < today || (since && period.to === today))
      ? { intent: 'journal_activity', period }
      : null;
  }
  const text = clues.words.map((w) => w.norm).join(' ');
  if (TODAY_WORDS.test(text)) return { intent: 'planned_actions', period: { from: today, to: today } };
  // « mercredi, quelles LR ? »: a weekday alone is the next one, as for the proposals.
  const ahead = weekdayToCome(clues.words, today);
  return ahead ? { intent: 'planned_actions', period: ahead } : null;
}

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/**
 * « relances programmées pour jeudi », « qui doit recevoir une lettre mercredi ? »: a weekday alone,
 * for the day's proposals, is the next such day (today when it is today's) — proposals are never
 * in the past. Null when no weekday alone is said.
 */
export function weekdayToCome(words: readonly Token[], today: CalendarDate): Period | null {
  const at = words.findIndex((w) => WEEKDAYS.includes(w.norm));
  if (at < 0) return null;
  // « lundi 30 », « vendredi 27 novembre » are dates, read as such.
  const next = words[at + 1];
  if (next && next.kind === 'number') return null;
  // « mercredi dernier », « mardi passé »: a past day.
  if (next && /^(?:dernier|derniere|passe|passee)$/.test(next.norm)) return null;
  const wanted = WEEKDAYS.indexOf(words[at]!.norm);
  const ahead = (wanted - dayOfWeek(today) + 7) % 7;
  const day = addDays(today, ahead);
  return { from: day, to: day };
}

/**
 * « on a relancé qui vendredi ? », « qu’est-ce qui est parti mardi ? »: a weekday alone, for what was
 * done, is the latest such day (today when it is today's) — nothing is journaled in the future.
 * Null when no weekday alone is said.
 */
export function weekdayGone(words: readonly Token[], today: CalendarDate): Period | null {
  const at = words.findIndex((w) => WEEKDAYS.includes(w.norm));
  if (at < 0) return null;
  const next = words[at + 1];
  if (next && next.kind === 'number') return null;
  // « mardi prochain »: a day to come, nothing done yet.
  if (next && /^(?:prochain|prochaine|suivant|suivante)$/.test(next.norm)) return null;
  const wanted = WEEKDAYS.indexOf(words[at]!.norm);
  const back = (dayOfWeek(today) - wanted + 7) % 7;
  const day = addDays(today, -back);
  return { from: day, to: day };
}
