/**
 * The intent once the question's other parts are known, where they change what is asked: « quels
 * mails de relance demain ? » reads like the journal (« relance ») but a day to come has nothing
 * journaled yet — it asks for the day's proposals; so does « quelles relances aujourd’hui ? », which
 * says nothing of what was done. And a file handed to the law firm in a period is an event of the
 * journal (« dossiers transmis à Aptos en octobre »), not the list of what is at the firm today.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { QueryIntent } from '../catalogue';
import type { Period } from '../query';
import type { Token } from './tokens';

export interface Clues {
  /** The winning intent's heaviest phrase. */
  phrase: string | null;
  period: Period | undefined;
  today: CalendarDate;
  step: string | undefined;
  words: readonly Token[];
  /** The ladder's step that hands a file to the law firm (Greenova's J+30). */
  transferStep: string | undefined;
}

/** « transmis », « transmissions »: a file handed over, an event of the journal when dated. */
const HANDED_OVER = new Set([
  'transmis',
  'transmise',
  'transmises',
  'transmission',
  'transmissions',
  'transfere',
  'transferes',
  'transferee',
  'transferees',
]);

const SENDING = /relance|envoy|parti|poste/;

export function refineIntent(
  intent: QueryIntent | null,
  clues: Clues,
): { intent: QueryIntent | null; step: string | undefined } {
  const { phrase, period, today, step } = clues;
  // « dossiers transmis à Aptos en octobre », « transmissions au cabinet faites ce trimestre »:
  // what was handed over in a period is the journal's, at the transfer step.
  if (intent === 'litigation' && period && clues.transferStep) {
    const handedOver = step === clues.transferStep || clues.words.some((w) => HANDED_OVER.has(w.norm));
    if (handedOver) return { intent: 'journal_activity', step: clues.transferStep };
  }
  if (intent !== 'journal_activity' || !period || period.from !== period.to) return { intent, step };
  // A day to come, when the question is about sending (« quels mails de relance demain ? »), not
  // about anything done (« quel temps fait-il demain ? »).
  if (period.from > today && (step !== undefined || SENDING.test(phrase ?? '')))
    return { intent: 'planned_actions', step };
  // « quelles relances par mail aujourd’hui ? »: no word of what was done, the day's proposals.
  if (period.from === today && (phrase === 'relances' || phrase === 'relance'))
    return { intent: 'planned_actions', step };
  return { intent, step };
}
