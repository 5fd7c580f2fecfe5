/**
 * The last net before Teams: every message's text, every card (sent, updated, or answering a
 * click) and every click's text answer leave with their markdown inert (./card-text.ts) —
 * whatever built them. Cards from templates are already inert (idempotent: nothing changes twice).
 * A card over Teams' 28 KB, which Teams would refuse, is replaced by a short French card and the
 * fault logged.
 */
import { ActivityTypes, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from '../config/logger';
import { fr } from '../i18n/fr';
import { frenchTypography } from '../i18n/typography';
import { cardSize, MAX_CARD_BYTES, type CardJson } from './card-templates';
import { bounded, inertCard, inertMarkdown, MAX_BLOCK_CHARS } from './card-text';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';

function fitting(card: Record<string, unknown>, logger: Logger): Record<string, unknown> {
  const inert = inertCard(card);
  const size = cardSize(inert as CardJson);
  if (size <= MAX_CARD_BYTES) return inert;
  logger.error({ size, limit: MAX_CARD_BYTES }, 'a card over 28 KB was about to be sent: replaced');
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: fr.errors.cardTooLarge, wrap: true }],
  };
}

export function inertActivity(activity: Partial<Activity>, logger: Logger): void {
  if (typeof activity.text === 'string')
    activity.text = bounded(frenchTypography(inertMarkdown(activity.text)), MAX_BLOCK_CHARS);
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType === ADAPTIVE && attachment.content && typeof attachment.content === 'object')
      attachment.content = fitting(attachment.content as Record<string, unknown>, logger);
  }
  if (activity.type === ActivityTypes.InvokeResponse) {
    const body = (activity.value as { body?: { type?: unknown; value?: unknown } } | undefined)?.body;
    if (body?.type === MESSAGE && typeof body.value === 'string')
      body.value = bounded(frenchTypography(inertMarkdown(body.value)), MAX_BLOCK_CHARS);
    else if (body?.type === ADAPTIVE && body.value && typeof body.value === 'object')
      body.value = fitting(body.value as Record<string, unknown>, logger);
  }
}

export function inertOutgoingText(logger: Logger): Middleware {
  return {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      context.onSendActivities(async (_context, activities, send) => {
        for (const activity of activities) inertActivity(activity, logger);
        return send();
      });
      context.onUpdateActivity(async (_context, activity, update) => {
        inertActivity(activity, logger);
        return update();
      });
      await next();
    },
  };
}
