/**
 * The tense of the work asked about (issue 16, eighth round): « on a relancé qui avant-hier ? »,
 * « qui a été relancé mardi dernier ? » — a compound past of a verb of sending (« a relancé », « ont
 * été envoyés », « avons expédié ») says what was done, the journal, even where the participle,
 * typed without its accent, reads like « à relancer » (the day's proposals); « on relance qui
 * jeudi ? », « relance-t-on qui demain ? » — the present with its subject says work to come, the
 * day's proposals. « qui doit être relancé », « sera relancé », « à relancer » keep their meaning.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { QueryIntent } from '../catalogue';
import type { Period } from '../query';
import type { Token } from './tokens';

/** « a », « ont », « avons », « ai », « été »: a participle after these is a past. */
const PAST_AUXILIARIES = new Set(['a', 'ai', 'as', 'avons', 'avez', 'ont', 'ete', 'avait', 'avaient']);
/** Participles of the verbs of sending (accents dropped): « relancé(e)(s) », « envoyé », « expédié »… */
const SENT_PARTICIPLE = /^(?:relance|envoye|expedie|adresse|poste|transmis)(?:e?s?)$/;
/** « on », « je », « nous », « tu », « vous »: a subject before a verb in the present. */
const SUBJECTS = new Set(['on', 'je', 'j', 'nous', 'tu', 'vous']);
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const PRESENT = new Set(['relance', 'relances', 'relancons', 'relancez', 'envoie', 'envoies', 'envoyons']);

/** « on a relancé », « a été relancé », « n’ont pas été envoyés »: a past of sending. */
function saysSentInThePast(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (!SENT_PARTICIPLE.test(w)) return false;
    // « a relance » typed for « a relancé »; « à relancer » has the infinitive, another word.
    let j = i - 1;
    // « n’a pas encore été relancé », « on a déjà relancé ».
    // « qui a-t-on relancé », « les avons-nous relancés »: the subject inverted after the auxiliary.
    while (j >= 0 && /^(?:pas|deja|bien|encore|jamais|rien|n|ne|t|on|nous|ils|elles)$/.test(words[j]!)) j--;
    if (!PAST_AUXILIARIES.has(words[j] ?? '')) return false;
    // « qui doit avoir été relancé » is rare; « à été » typed for « a été » stays a past.
    return true;
  });
}

/** « on relance qui jeudi », « relance-t-on qui ? », « j’envoie quoi demain ? »: work to come. */
function saysToDoInThePresent(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      PRESENT.has(w) && (SUBJECTS.has(words[i - 1] ?? '') || (words[i + 1] === 't' && words[i + 2] === 'on')),
  );
}

/**
 * The intent once the tense is read: the day's proposals said in a compound past are the journal;
 * the journal read on « relance » alone, said in the present with its subject and no past period,
 * is the day's proposals.
 */
export function tenseIntent(
  intent: QueryIntent | null,
  clues: { phrase: string | null; period: Period | undefined; today: CalendarDate; words: readonly Token[] },
): QueryIntent | null {
  const words = clues.words.map((w) => w.norm);
  const { period, today } = clues;
  if (intent === 'planned_actions' && saysSentInThePast(words) && (!period || period.from <= today))
    return 'journal_activity';
  const bareReminders = clues.phrase === 'relance' || clues.phrase === 'relances';
  if (
    intent === 'journal_activity' &&
    bareReminders &&
    saysToDoInThePresent(words) &&
    !saysSentInThePast(words) &&
    (!period || period.to >= today)
  )
    return 'planned_actions';
  // « les prévenances à envoyer aujourd’hui », « relances à faire cette semaine »: an infinitive
  // of work to do after « à », on days not all gone, is the proposals of those days.
  if (
    intent === 'journal_activity' &&
    (!period || period.to >= today) &&
    !saysSentInThePast(words) &&
    words.some(
      (w, i) =>
        (w === 'a' || w === 'à') &&
        /^(?:envoyer|relancer|transmettre|expedier|poster|faire|preparer|traiter|sortir)$/.test(
          words[i + 1] ?? '',
        ),
    )
  )
    return 'planned_actions';
  // « transmissions au cabinet demain »: nothing is done yet on days all to come — with no word of
  // sending done, the journal of those days is their proposals.
  if (
    intent === 'journal_activity' &&
    period !== undefined &&
    period.from > today &&
    words.some((w) => /^transmissions?$/.test(w)) &&
    !words.some((w) => SENT_PARTICIPLE.test(w))
  )
    return 'planned_actions';
  // « les relances d’ici vendredi », « relances jusqu’à jeudi », « des 2 prochaines semaines »: a span
  // from today up to a day to come is work to come, the proposals of those days.
  if (
    intent === 'journal_activity' &&
    period !== undefined &&
    period.to > today &&
    !saysSentInThePast(words) &&
    words.some(
      (w, i) =>
        (w === 'ici' && words[i - 1] === 'd') || w === 'jusqu' || w === 'prochains' || w === 'prochaines',
    )
  )
    return 'planned_actions';
  // « relances semaine prochaine », « les relances du mois prochain »: reminders on days all to come
  // are the proposals of those days (nothing is done yet).
  if (
    intent === 'journal_activity' &&
    bareReminders &&
    period !== undefined &&
    period.from > today &&
    !saysSentInThePast(words)
  )
    return 'planned_actions';
  // « les e-mails de relance de jeudi », « ds les relances de jeudi y a qui ? »: the noun alone says
  // nothing done — with a weekday alone it is that day's proposals, as « relances du jour » is.
  if (
    intent === 'journal_activity' &&
    bareReminders &&
    !period &&
    !saysSentInThePast(words) &&
    words.some(
      (w, i) => WEEKDAYS.includes(w) && !/^(?:dernier|derniere|passe|passee)$/.test(words[i + 1] ?? ''),
    )
  )
    return 'planned_actions';
  return intent;
}
