/**
 * Proactive cards in Teams: the daily digest posted in each controller's personal chat with the
 * bot — or updated in place when it was already posted that day — through the conversation
 * reference kept when they installed the app. Someone who never installed the app cannot be
 * reached: they are reported, and get the card with their first message.
 */
import type { TeamsAdapter } from '@microsoft/teams-ai';
import {
  CardFactory,
  MessageFactory,
  TurnContext,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
import type { Logger } from '../config/logger';
import type { RoleSettings } from '../config/settings';
import type { DailyDigest, DigestDelivery } from '../application/day/digest';
import type { Notifier } from '../application/ports';
import type { Stores } from '../application/ports';
import type { CardPost, KnownUser } from '../application/ports';
import type { CardJson } from './card-templates';

export const digestCardKey = (date: string) => `digest-${date}`;

/** How long a card another instance is posting is waited for (real time: it is that instance's send). */
const CLAIM_WAIT_MS = 10_000;

export const userKeyOf = (user: Pick<KnownUser, 'aadObjectId' | 'userId'>) => user.aadObjectId ?? user.userId;

export class ProactiveCards {
  constructor(
    private readonly adapter: TeamsAdapter,
    private readonly botAppId: string,
    private readonly stores: Stores,
    private readonly logger: Logger,
  ) {}

  /**
   * Posts the card, or replaces the one already posted under the same key for this user. Two
   * instances posting the same card at once (a job whose lease passed to another while it was slow)
   * post it once: the first reserves it, the other waits for its activity id and updates it (and
   * posts it itself if none comes: the first died before posting).
   */
  async postOrUpdate(cardKey: string, user: KnownUser, card: CardJson, now: Date): Promise<void> {
    const userKey = userKeyOf(user);
    const reference = user.reference as Partial<ConversationReference>;
    const claim: CardPost = {
      cardKey,
      userKey,
      conversationId: reference.conversation?.id ?? '',
      activityId: '',
      postedAt: now.toISOString(),
    };
    const found =
      (await this.stores.cardPosts.get(cardKey, userKey)) ?? (await this.stores.cardPosts.claim(claim));
    const existing = found && found.activityId === '' ? await this.postedByOther(found) : found;
    await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
      if (existing) {
        activity.id = existing.activityId;
        await context.updateActivity(activity);
        return;
      }
      const response = await context.sendActivity(activity).catch(async (error: unknown) => {
        await this.stores.cardPosts.unclaim(cardKey, userKey).catch(() => undefined);
        throw error;
      });
      await this.stores.cardPosts.save({ ...claim, activityId: response?.id ?? '' });
    });
  }

  /**
   * A card reserved by another instance: its post once it has one (then updated), or `null` when
   * none comes within the wait — that instance died or hangs before posting (a job killed midway):
   * the card is posted here, since a day without its card is worse than a card posted twice.
   */
  private async postedByOther(claim: CardPost): Promise<CardPost | null> {
    const until = performance.now() + CLAIM_WAIT_MS;
    while (performance.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const post = await this.stores.cardPosts.get(claim.cardKey, claim.userKey);
      if (!post) return null;
      if (post.activityId !== '') return post;
    }
    this.logger.warn(
      { cardKey: claim.cardKey, user: claim.userKey },
      'card reserved by another instance never posted: posted here',
    );
    return null;
  }

  /**
   * Opens a 1:1 conversation with someone who never installed the app, by their AAD object id (put
   * in `members[].id`), posts the card there, and keeps the new conversation's reference.
   */
  async createAndPost(
    cardKey: string,
    person: { aadObjectId: string; email: string; name: string },
    via: Partial<ConversationReference>,
    card: CardJson,
    now: Date,
  ): Promise<void> {
    const tenantId = via.conversation?.tenantId ?? '';
    // No initial activity: the card is sent once the conversation exists (the field is optional
    // on the wire, though the SDK's type requires it).
    const parameters = {
      isGroup: false,
      bot: { id: this.botAppId || via.bot?.id || '', name: 'Relances' },
      members: [{ id: person.aadObjectId, name: person.name }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as ConversationParameters;
    await this.adapter.createConversationAsync(
      this.botAppId,
      via.channelId ?? 'msteams',
      via.serviceUrl ?? '',
      'https://api.botframework.com',
      parameters,
      async (context) => {
        const reference = TurnContext.getConversationReference(context.activity);
        const response = await context.sendActivity(
          MessageFactory.attachment(CardFactory.adaptiveCard(card)),
        );
        await this.stores.conversations.save({
          userId: person.aadObjectId,
          aadObjectId: person.aadObjectId,
          name: person.name,
          email: person.email,
          reference: { ...reference },
          updatedAt: now.toISOString(),
        });
        await this.stores.cardPosts.save({
          cardKey,
          userKey: person.aadObjectId,
          conversationId: reference.conversation?.id ?? '',
          activityId: response?.id ?? '',
          postedAt: now.toISOString(),
        });
      },
    );
  }

  /** Records a card sent as a reply in a turn, so later updates go to it. */
  async remember(
    cardKey: string,
    user: Pick<KnownUser, 'aadObjectId' | 'userId'>,
    conversationId: string,
    activityId: string,
    now: Date,
  ) {
    await this.stores.cardPosts.save({
      cardKey,
      userKey: userKeyOf(user),
      conversationId,
      activityId,
      postedAt: now.toISOString(),
    });
  }

  /** Updates every posted copy of a card (after a decision made elsewhere, or in the background). */
  async updateAll(cardKey: string, render: (user: KnownUser) => Promise<CardJson | null>): Promise<number> {
    let updated = 0;
    for (const post of await this.stores.cardPosts.list(cardKey)) {
      if (post.activityId === '') continue; // still being posted by another instance: nothing to update yet
      const user = await this.stores.conversations.get(post.userKey);
      if (!user) continue;
      const card = await render(user);
      if (!card) continue;
      try {
        await this.adapter.continueConversationAsync(
          this.botAppId,
          user.reference as Partial<ConversationReference>,
          async (context) => {
            const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
            activity.id = post.activityId;
            await context.updateActivity(activity);
          },
        );
        updated++;
      } catch (error) {
        this.logger.warn({ err: error, cardKey, user: post.userKey }, 'could not update a posted card');
      }
    }
    return updated;
  }
}

export class TeamsNotifier implements Notifier {
  constructor(
    private readonly cards: ProactiveCards,
    private readonly stores: Stores,
    private readonly settings: Pick<RoleSettings, 'CONTROLLER_EMAILS'>,
    private readonly render: (digest: DailyDigest, user: KnownUser) => Promise<CardJson>,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {}

  async publishDigest(digest: DailyDigest): Promise<DigestDelivery> {
    const delivery: DigestDelivery = { delivered: 0, unreachable: [] };
    for (const email of this.settings.CONTROLLER_EMAILS) {
      const user = await this.stores.conversations.findByEmail(email);
      if (!user) {
        delivery.unreachable.push(email);
        this.logger.warn(
          { email, date: digest.date },
          'controller has not installed Relances: the digest will be posted on their first message',
        );
        continue;
      }
      try {
        await this.cards.postOrUpdate(
          digestCardKey(digest.date),
          user,
          await this.render(digest, user),
          this.now(),
        );
        delivery.delivered++;
      } catch (error) {
        delivery.unreachable.push(email);
        this.logger.error({ err: error, email }, 'could not post the digest');
      }
    }
    return delivery;
  }
}
