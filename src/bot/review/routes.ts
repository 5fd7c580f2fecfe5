/**
 * The weekly review in Teams (issue #18): the proactive card to each director (`TeamsReviewNotifier`),
 * « revue de la semaine » on demand (the directors and the credit controllers), and the last review
 * sent to a director who installs the app after it went.
 */
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { Logger, Stores } from '../../application/ports';
import type { ChartPublisher } from '../../application/ports/charts';
import type { ReviewStore } from '../../application/ports/reviews';
import type { ReviewImages, ReviewNotifier } from '../../application/review/send-weekly-review';
import {
  buildWeeklyReview,
  publishReviewCharts,
  type ReviewDependencies,
  type WeeklyReview,
} from '../../application/review/weekly-review';
import type { Clock } from '../../domain/calendar-date';
import { review as t } from '../../i18n/fr/review';
import type { BotHooks } from '../app';
import type { CommandHandlers } from '../commands/dispatch';
import { seesEverything, type People } from '../people';
import type { ProactiveCards } from '../teams-notifier';
import { reviewCard } from './review-card';

export const reviewCardKey = (date: string) => `review-${date}`;

export class TeamsReviewNotifier implements ReviewNotifier {
  constructor(
    private readonly cards: ProactiveCards,
    private readonly stores: Pick<Stores, 'conversations'>,
    private readonly directors: readonly string[],
    private readonly lawFirmName: string,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {}

  async publishReview(review: WeeklyReview, images: ReviewImages) {
    const delivered: string[] = [];
    const unreachable: string[] = [];
    const card = reviewCard(review, { lawFirmName: this.lawFirmName, images });
    for (const email of this.directors) {
      const user = await this.stores.conversations.findByEmail(email);
      if (!user) {
        unreachable.push(email);
        this.logger.warn(
          { email },
          'director has not installed Relances: the review will follow the welcome',
        );
        continue;
      }
      try {
        await this.cards.postOrUpdate(reviewCardKey(review.date), user, card, this.now());
        delivered.push(email);
      } catch (error) {
        unreachable.push(email);
        this.logger.error({ err: error, email }, 'could not post the weekly review');
      }
    }
    return { delivered, unreachable };
  }
}

export interface ReviewRouteDependencies extends ReviewDependencies {
  stores: ReviewDependencies['stores'] & { reviews: ReviewStore };
  people: People;
  charts?: ChartPublisher;
  clock: Clock;
  logger: Logger;
  commands: CommandHandlers;
}

export function registerReviewRoutes(
  _app: Application,
  deps: ReviewRouteDependencies,
  hooks: BotHooks,
): void {
  hooks.commands.push(t.command);

  const send = async (context: TurnContext, review: WeeklyReview) => {
    const images = await publishReviewCharts(review, deps.charts, deps.clock.now(), deps.logger);
    const card = reviewCard(review, { lawFirmName: deps.lawFirmName, images });
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  };

  deps.commands.weekly_review = async (context) => {
    const viewer = await deps.people.viewerOf(context);
    if (!seesEverything(viewer)) {
      await context.sendActivity(t.notForYou);
      return;
    }
    await send(context, await buildWeeklyReview(deps, deps.clock.today()));
  };

  // A director who installs the app after the review went gets the last one, after the welcome.
  hooks.afterWelcome.push(async (context) => {
    const viewer = await deps.people.viewerOf(context);
    if (!viewer.roles.includes('director')) return;
    const last = await deps.stores.reviews.latestSent();
    if (!last || (viewer.email && last.sentTo.includes(viewer.email))) return;
    await send(context, last.review);
  });
}
