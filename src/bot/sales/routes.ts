/**
 * The rep's side in Teams: the notices they missed, delivered when they install Relances, and
 * their answers on a notice's card (recorded by the use case, then shown to the controller).
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory } from 'botbuilder';
import { z } from 'zod';
import {
  missedNotices,
  recordLateDelivery,
  type MissedNoticeDependencies,
} from '../../application/sales/missed-notices';
import {
  isStaleRefusal,
  noticeForRep,
  recordRepAnswer,
  repRefusalText,
  type RepAnswerDependencies,
  type RepAnswerInput,
} from '../../application/sales/record-rep-answer';
import type { CardPosts } from '../../application/ports';
import { isCalendarDate, type CalendarDate } from '../../domain/calendar-date';
import { fr } from '../../i18n/fr';
import type { BotHooks } from '../app';
import { onInvoke, type MalformedInvoke } from '../invoke';
import type { People, Viewer } from '../people';
import { SALES_VERBS } from './sales-card';
import { salesCardKey, type TeamsSalesNotifier } from './sales-notifier';

export interface SalesRouteDependencies extends RepAnswerDependencies, MissedNoticeDependencies {
  stores: RepAnswerDependencies['stores'] &
    MissedNoticeDependencies['stores'] & { cardPosts: Pick<CardPosts, 'save'> };
  people: People;
  notifier: TeamsSalesNotifier;
  /** Brings every copy of the controllers' card up to date, in the background. */
  refreshDigest: () => void;
  malformed: MalformedInvoke;
}

const text = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : ''));

/** What a rep's card buttons carry: the notice, and the inputs of its forms. */
const answerData = z
  .object({
    customer: z.string().min(1).max(64),
    notice: z.string().min(1).max(400),
    expectedDate: text.transform((v): CalendarDate | null => (isCalendarDate(v) ? v : null)),
    reason: text,
    outcome: text,
  })
  .passthrough();

function answerInput(verb: string, data: z.output<typeof answerData>): RepAnswerInput {
  switch (verb) {
    case SALES_VERBS.agreement:
      return { verb: 'agreement', expectedDate: data.expectedDate };
    case SALES_VERBS.dispute:
      return { verb: 'dispute', reason: data.reason };
    case SALES_VERBS.callResult:
      return { verb: 'callResult', outcome: data.outcome };
    case SALES_VERBS.calling:
      return { verb: 'calling' };
    default:
      return { verb: 'nothing' };
  }
}

const repOf = (viewer: Viewer) => ({
  actor: { id: viewer.aadObjectId ?? viewer.userId, name: viewer.name },
  email: viewer.email,
});

export function registerSalesRoutes(
  app: Application<TurnState>,
  deps: SalesRouteDependencies,
  hooks: BotHooks,
): void {
  // A rep who installs the app after a notice could not reach them gets it now.
  hooks.afterWelcome.push(async (context) => {
    const email = await deps.people.emailOf(context);
    if (!email) return;
    const missed = await missedNotices(deps, email);
    for (const late of missed) {
      const { notice } = late;
      // In the installation's own turn: a reply, no proactive round trip.
      const card = await deps.notifier.cardFor(notice);
      if (!card) continue;
      const response = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      await deps.stores.cardPosts.save({
        cardKey: salesCardKey(notice),
        userKey: context.activity.from.aadObjectId ?? context.activity.from.id,
        conversationId: context.activity.conversation.id,
        activityId: response?.id ?? '',
        postedAt: deps.clock.now().toISOString(),
      });
      await recordLateDelivery(deps, late);
    }
    if (missed.length > 0) deps.refreshDigest();
  });

  onInvoke(
    app,
    SALES_VERBS.refresh,
    answerData,
    async (context, data) => {
      const found = await noticeForRep(deps, repOf(await deps.people.viewerOf(context)), data);
      if ('refusal' in found) return fr.decisions.refused(repRefusalText(found.refusal));
      return (await deps.notifier.cardFor(found.notice)) ?? fr.sales.unknownNotice;
    },
    deps.malformed,
  );

  onInvoke(
    app,
    Object.values(SALES_VERBS).filter((verb) => verb !== SALES_VERBS.refresh),
    answerData,
    async (context, data, verb) => {
      const rep = repOf(await deps.people.viewerOf(context));
      const outcome = await recordRepAnswer(deps, rep, data, answerInput(verb, data));
      if (outcome.kind === 'refused' && isStaleRefusal(outcome.refusal)) {
        // Not the rep's mistake: thanked and told why, not « Action refusée ».
        return repRefusalText(outcome.refusal);
      }
      if (outcome.kind === 'refused') return fr.decisions.refused(repRefusalText(outcome.refusal));
      deps.refreshDigest();
      return (await deps.notifier.cardFor(outcome.notice)) ?? fr.sales.recorded;
    },
    deps.malformed,
  );
}
