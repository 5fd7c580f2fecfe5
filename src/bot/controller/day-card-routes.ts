/**
 * The day's card in the chat: « relances du jour » (the commands' route brings it), refreshing it or turning its pages, and the
 * card delivered with the first message (or the installation) of a controller who could not be
 * reached when the job ran.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { CardPosts, JobRunRepository, Logger } from '../../application/ports';
import type { CalendarDate, Clock } from '../../domain/calendar-date';
import type { DailyJobRequest, DailyJobResult } from '../../application/day/run-daily-job';
import { fr } from '../../i18n/fr';
import { isDayCardCommand } from '../../questions/parser/commands';
import type { BotHooks } from '../app';
import type { CardJson } from '../card-templates';
import type { CommandHandlers } from '../commands/dispatch';
import { onInvoke, type MalformedInvoke } from '../invoke';
import { seesEverything, type People, type Viewer } from '../people';
import { digestCardKey, type ProactiveCards } from '../teams-notifier';
import { answerClickerOnly, type Flash } from './click-answers';
import type { DayCards } from './day-cards';
import { VERBS } from './digest-card';
import { dayCardData } from './invokes';

export interface DayCardDependencies {
  people: People;
  cards: DayCards;
  proactive: ProactiveCards;
  stores: { jobRuns: Pick<JobRunRepository, 'listForDate'>; cardPosts: Pick<CardPosts, 'get'> };
  runJob: (request: DailyJobRequest) => Promise<DailyJobResult>;
  clock: Clock;
  /** The day whose work the card shows: today on a business day, else the last business day. */
  dunningDay: () => CalendarDate;
  logger: Logger;
  malformed: MalformedInvoke;
  /** The commands in plain words this feature answers (« relances du jour »). */
  commands: CommandHandlers;
}

/** The day's card as this viewer sees it, with a page per section and feedback on a click. */
export async function dayCardFor(
  cards: DayCards,
  viewer: Viewer,
  date: CalendarDate,
  pages: Record<string, number> = {},
  flash: Flash | null = null,
): Promise<CardJson> {
  return cards.render(await cards.load(date), viewer, { pages, flash });
}

/** Other people's copies of the day's card, brought up to date after a decision. */
export async function refreshOthers(
  deps: Pick<DayCardDependencies, 'cards' | 'proactive' | 'logger'>,
  date: CalendarDate,
  context?: TurnContext,
): Promise<void> {
  const clicker = context?.activity.from.aadObjectId ?? context?.activity.from.id;
  try {
    const digest = await deps.cards.load(date);
    await deps.proactive.updateAll(digestCardKey(date), async (user) =>
      (user.aadObjectId ?? user.userId) === clicker ? null : deps.cards.renderForUser(digest, user),
    );
  } catch (error) {
    deps.logger.warn({ err: error, date }, 'could not refresh the other copies of the card');
  }
}

async function ensureDayRan(deps: DayCardDependencies, day: CalendarDate): Promise<void> {
  const runs = await deps.stores.jobRuns.listForDate(day);
  if (!runs.some((r) => r.status === 'completed')) await deps.runJob({ trigger: 'chat', date: day });
}

/** A controller who could not be reached when the job ran gets the day's card with their first message. */
async function deliverMissedDigest(
  context: TurnContext,
  deps: DayCardDependencies,
  installing = false,
): Promise<void> {
  if (context.activity.conversation?.conversationType === 'channel') return;
  if (!installing && (context.activity.type !== 'message' || isDayCardCommand(context.activity.text ?? '')))
    return;
  const viewer = await deps.people.viewerOf(context);
  if (!viewer.roles.includes('controller')) return;
  const day = deps.dunningDay();
  const key = digestCardKey(day);
  if (await deps.stores.cardPosts.get(key, viewer.aadObjectId ?? viewer.userId)) return;
  const runs = await deps.stores.jobRuns.listForDate(day);
  if (!runs.some((r) => r.status === 'completed')) return;
  const card = await dayCardFor(deps.cards, viewer, day);
  const response = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  if (response?.id) {
    await deps.proactive.remember(
      key,
      { aadObjectId: viewer.aadObjectId, userId: viewer.userId },
      context.activity.conversation.id,
      response.id,
      deps.clock.now(),
    );
  }
}

export function registerDayCardRoutes(
  app: Application<TurnState>,
  deps: DayCardDependencies,
  hooks: BotHooks,
): void {
  hooks.commands.push(fr.commands.today);

  app.turn('beforeTurn', async (context) => {
    // Learn the user's e-mail once (member lookup), so that proactive cards can find them by role.
    if (context.activity.conversation?.conversationType !== 'channel')
      await deps.people.emailOf(context).catch(() => null);
    await deliverMissedDigest(context, deps).catch((error: unknown) =>
      deps.logger.warn({ err: error }, 'could not deliver the pending digest'),
    );
    return true;
  });

  // A controller who installs the app after the job ran gets the day's card right after the welcome.
  hooks.afterWelcome.push(async (context) => {
    await deps.people.emailOf(context);
    await deliverMissedDigest(context, deps, true);
  });

  deps.commands.day_card = async (context) => {
    const viewer = await deps.people.viewerOf(context);
    if (!seesEverything(viewer) && viewer.customerCodes.length === 0) {
      await context.sendActivity(fr.controller.notForYou);
      return;
    }
    const day = deps.dunningDay();
    await ensureDayRan(deps, day);
    const card = await dayCardFor(deps.cards, viewer, day);
    const response = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (response?.id && seesEverything(viewer)) {
      await deps.proactive.remember(
        digestCardKey(day),
        { aadObjectId: viewer.aadObjectId, userId: viewer.userId },
        context.activity.conversation.id,
        response.id,
        deps.clock.now(),
      );
    }
  };

  onInvoke(
    app,
    [VERBS.refresh, VERBS.page],
    dayCardData,
    async (context, data) => {
      const viewer = await deps.people.viewerOf(context);
      const card = await dayCardFor(deps.cards, viewer, data.date ?? deps.dunningDay(), data.pages);
      return answerClickerOnly(context, card);
    },
    deps.malformed,
  );
}
