/**
 * Teams drops a card's click (an invoke) that is not answered within 5 seconds, and the user sees
 * a bare error. Two deadlines keep every click answered, in French, in time: a decision that takes
 * longer than DECISION_DEADLINE_MS answers « en cours » and its card follows; any click not
 * answered by INVOKE_DEADLINE_MS — a storage that does not answer — is answered « réessayez dans
 * quelques minutes » (src/bot/turn-guard.ts).
 */
export const DECISION_DEADLINE_MS = 3500;
export const INVOKE_DEADLINE_MS = 4500;

export { withinDeadline } from '../application/within-deadline';
