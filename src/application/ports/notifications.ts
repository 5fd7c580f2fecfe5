/**
 * How people are told: the day's digest to the controllers, a notice to a sales rep. The Teams
 * adapters in src/bot post (or refresh) cards in their personal chats with the bot.
 */
import type { SalesNotice } from '../../domain/sales-notices';
import type { DailyDigest, DigestDelivery } from '../day/digest';

export interface Notifier {
  /** Posts the day's digest, or refreshes the one already posted for that date. */
  publishDigest(digest: DailyDigest): Promise<DigestDelivery>;
}

export type Delivery = { delivered: true } | { delivered: false; reason: string };

/** How a notice reaches the rep. */
export interface SalesNotifier {
  notify(notice: SalesNotice): Promise<Delivery>;
}
