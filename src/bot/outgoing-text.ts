/**
 * The last net before Teams: every message's text, every card (sent, updated, or answering a
 * click) and every click's text answer leave with their markdown inert (./card-text.ts) —
 * whatever built them. Cards from templates are already inert (idempotent: nothing changes twice).
 */
import { ActivityTypes, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import { bounded, inertCard, inertMarkdown, MAX_BLOCK_CHARS } from './card-text';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';

export function inertActivity(activity: Partial<Activity>): void {
  if (typeof activity.text === 'string')
    activity.text = bounded(inertMarkdown(activity.text), MAX_BLOCK_CHARS);
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType === ADAPTIVE && attachment.content && typeof attachment.content === 'object')
      attachment.content = inertCard(attachment.content as Record<string, unknown>);
  }
  if (activity.type === ActivityTypes.InvokeResponse) {
    const body = (activity.value as { body?: { type?: unknown; value?: unknown } } | undefined)?.body;
    if (body?.type === MESSAGE && typeof body.value === 'string')
      body.value = bounded(inertMarkdown(body.value), MAX_BLOCK_CHARS);
    else if (body?.type === ADAPTIVE && body.value && typeof body.value === 'object')
      body.value = inertCard(body.value as Record<string, unknown>);
  }
}

export const inertOutgoingText: Middleware = {
  onTurn: async (context: TurnContext, next: () => Promise<void>) => {
    context.onSendActivities(async (_context, activities, send) => {
      activities.forEach(inertActivity);
      return send();
    });
    context.onUpdateActivity(async (_context, activity, update) => {
      inertActivity(activity);
      return update();
    });
    await next();
  },
};
