/**
 * How a click on the controller's cards is answered: within Teams' 5 seconds (longer work answers
 * « en cours » and the card follows), for the clicker only when nothing changed for others, and
 * with the feedback in French.
 */
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Decider, Outcome } from '../../domain/decisions';
import { outcomeText, type TextContext } from '../../i18n/reasons';
import type { CardJson } from '../card-templates';
import { DECISION_DEADLINE_MS, withinDeadline as raceDeadline } from '../deadline';
import { canAct, type Viewer } from '../people';

/** Teams drops an invoke after 5 s: past this, the answer says « en cours » and the card follows. */
export function withinDeadline<T>(work: Promise<T>, ms = DECISION_DEADLINE_MS): Promise<T | 'pending'> {
  return raceDeadline(work, ms);
}

/** Most decisions end well before; one still running then will likely answer « en cours ». */
const READ_BEFORE_DEADLINE_MS = 2000;

/**
 * The work's outcome when it ends within the deadline; otherwise `pending` with the read of what
 * the « en cours » answer shows (the day's card), started two seconds before the deadline while the
 * work still ran: that answer must not wait for a read of its own after the deadline — on a slow
 * storage it then missed Teams' 5 seconds, and the user read « réessayez » while the e-mail was
 * being sent. Work that ends early reads nothing more.
 */
export async function withinDeadlineReading<T, D>(
  work: Promise<T>,
  read: () => Promise<D>,
  ms = DECISION_DEADLINE_MS,
): Promise<{ outcome: T } | { pending: Promise<D> }> {
  let early: Promise<D> | null = null;
  const timer = setTimeout(
    () => {
      early = read();
      early.catch(() => undefined);
    },
    Math.max(0, ms - READ_BEFORE_DEADLINE_MS),
  );
  const outcome = await raceDeadline(work, ms);
  clearTimeout(timer);
  if (outcome === 'pending') return { pending: early ?? read() };
  return { outcome };
}

/**
 * Answers an invoke with a card for the clicker only. teams-ai replaces a card that has a refresh
 * section for everyone (an update of the shared message first); a page turned, a refresh or a
 * detail view concerns only the person who clicked, and saves that round trip to the connector.
 */
export async function answerClickerOnly(context: TurnContext, card: CardJson): Promise<CardJson> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
    },
  });
  return card;
}

export function deciderOf(viewer: Viewer): Decider {
  return { actor: { id: viewer.aadObjectId ?? viewer.userId, name: viewer.name }, canAct: canAct(viewer) };
}

/** The line the card shows after a decision. */
export interface Flash {
  ok: boolean;
  message: string;
  /** The row (customer and step) or the section (step) it concerns: shown there, next to the button. */
  at?: { customer?: string; step: string };
}

export function flashOf(outcome: Outcome, texts: TextContext, at?: Flash['at']): Flash {
  return { ok: outcome.kind === 'done', message: outcomeText(outcome, texts), ...(at ? { at } : {}) };
}
