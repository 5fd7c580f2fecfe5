/**
 * Sends the weekly review to each director (issue #18), once per review date across instances: a
 * lease lets one instance work at a time, and a review already recorded as sent for the date is not
 * sent again (a second instance, a restart, a catch-up). The charts are published once for all
 * directors; if the publisher is absent or fails, the card goes with the text summaries.
 */
import type { Clock } from '../../domain/calendar-date';
import { underLease } from '../lease-holder';
import type { Logger, Stores } from '../ports';
import type { ChartImage, ChartPublisher } from '../ports/charts';
import type { ReviewStore, StoredReview } from '../ports/reviews';
import {
  buildWeeklyReview,
  publishReviewCharts,
  type ReviewDependencies,
  type WeeklyReview,
} from './weekly-review';

export interface ReviewImages {
  aged?: ChartImage;
  dso?: ChartImage;
}

/** The edge that reaches the directors (Teams); answers who got it and who could not be reached. */
export interface ReviewNotifier {
  publishReview(
    review: WeeklyReview,
    images: ReviewImages,
  ): Promise<{ delivered: string[]; unreachable: string[] }>;
}

export interface SendReviewDependencies extends ReviewDependencies {
  stores: ReviewDependencies['stores'] & Pick<Stores, 'lease'> & { reviews: ReviewStore };
  notifier: ReviewNotifier;
  charts?: ChartPublisher;
  clock: Clock;
  logger: Logger;
  instance: string;
}

export type SendReviewResult =
  { status: 'sent'; review: StoredReview } | { status: 'skipped'; reason: 'already_sent' | 'lease_held' };

export const WEEKLY_REVIEW_LEASE = 'weekly-review';
/** How long the review's lease lasts: an instance finding it held looks again after as long. */
export const WEEKLY_REVIEW_LEASE_TTL_MS = 60_000;

export async function sendWeeklyReview(deps: SendReviewDependencies): Promise<SendReviewResult> {
  const { stores, clock, logger } = deps;
  const today = clock.today();
  if ((await stores.reviews.get(today))?.sentAt) return { status: 'skipped', reason: 'already_sent' };
  const leased = await underLease(
    { lease: stores.lease, clock, logger },
    { name: WEEKLY_REVIEW_LEASE, owner: deps.instance, ttlMs: WEEKLY_REVIEW_LEASE_TTL_MS },
    async (): Promise<SendReviewResult> => {
      // Under the lease: another instance may have sent it meanwhile.
      if ((await stores.reviews.get(today))?.sentAt) return { status: 'skipped', reason: 'already_sent' };
      const review = await buildWeeklyReview(deps, today);
      const images = await publishReviewCharts(review, deps.charts, clock.now(), logger);
      const delivery = await deps.notifier.publishReview(review, images);
      const stored: StoredReview = {
        date: today,
        review,
        sentAt: clock.now().toISOString(),
        sentTo: delivery.delivered,
      };
      await stores.reviews.save(stored);
      logger.info(
        { date: today, delivered: delivery.delivered.length, unreachable: delivery.unreachable },
        'weekly review sent',
      );
      return { status: 'sent', review: stored };
    },
  );
  return leased.ran ? leased.value : { status: 'skipped', reason: 'lease_held' };
}
