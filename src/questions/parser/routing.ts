/**
 * Which chat messages are questions for this parser. « aide » and the commands in plain words
 * (./commands.ts: « relances du jour », « historique … », « téléphone de … », « procédure »…), which
 * the commands' route answers, are never taken, whatever order the routes are registered in; nor
 * is a message with neither a question's words nor a question mark (it gets the general help card).
 */
import type { CalendarDate } from '../../domain/calendar-date';
import { readCommand } from './commands';
import { parseQuestion } from './parse-question';

const HELP = /^\s*(aide|help|\?|bonjour|salut|hello)\s*[!.?]*\s*$/i;

const QUESTION_START =
  /^\s*(quel|quelle|quels|quelles|combien|qui|que|qu[’']|quoi|comment|o[uù]|est-ce|pourquoi|peux-tu|pouvez-vous)\b/i;

/**
 * « aide », or a command that needs no customer to be recognised (« relances du jour »,
 * « historique F2026-1042 », « historique » alone…). A command naming a customer is recognised by
 * the commands' route with the customers, which is registered before the questions'.
 */
export function isOtherCommand(text: string): boolean {
  return (
    HELP.test(text) || readCommand(text, { today: '1970-01-01' as CalendarDate, customers: [] }) !== null
  );
}

/** A message this feature answers: a question it understands, or one that reads like a question. */
export function isQuestion(text: string, today: CalendarDate): boolean {
  if (!text.trim() || isOtherCommand(text)) return false;
  if (/\?\s*$/.test(text) || QUESTION_START.test(text)) return true;
  // Without customers, a name reads as an unknown word: enough to know the message is a question.
  return parseQuestion(text, { today, customers: [] }).kind !== 'not_understood';
}
