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
