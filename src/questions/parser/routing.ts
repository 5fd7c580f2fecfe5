/**
 * Which chat messages are questions for this parser. Commands that other routes own — « aide »,
 * « relances du jour », « historique … », « procédure », « lettre au cabinet » — are never taken,
 * whatever order the routes are registered in; nor is a message with neither a question's words
 * nor a question mark (it gets the general help card).
 */
import type { CalendarDate } from '../../domain/calendar-date';
import { parseQuestion } from './parse-question';

const OTHER_COMMANDS: readonly RegExp[] = [
  /^\s*(aide|help|\?|bonjour|salut|hello)\s*[!.?]*\s*$/i,
  /^\s*(les\s+)?relances?\s+(du\s+jour|d[’']aujourd[’']hui)\s*[?!.]*\s*$/i,
  /^\s*historique\b/i,
  /^\s*(la\s+)?proc[ée]dure(\s+de\s+relance)?\s*[?!.]*\s*$/i,
  /^\s*(la\s+)?(lettre|courrier)\s+(au|pour\s+le)\s+cabinet\s*[?!.]*\s*$/i,
];

const QUESTION_START =
  /^\s*(quel|quelle|quels|quelles|combien|qui|que|qu[’']|quoi|comment|o[uù]|est-ce|pourquoi|peux-tu|pouvez-vous)\b/i;

export function isOtherCommand(text: string): boolean {
  return OTHER_COMMANDS.some((command) => command.test(text));
}

/** A message this feature answers: a question it understands, or one that reads like a question. */
export function isQuestion(text: string, today: CalendarDate): boolean {
  if (!text.trim() || isOtherCommand(text)) return false;
  if (/\?\s*$/.test(text) || QUESTION_START.test(text)) return true;
  // Without customers, a name reads as an unknown word: enough to know the message is a question.
  return parseQuestion(text, { today, customers: [] }).kind !== 'not_understood';
}
