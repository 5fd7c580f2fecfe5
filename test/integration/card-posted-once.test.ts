/**
 * A proactive card is posted once even when two instances post it at the same moment — the daily
 * job of a slow instance whose lease passed to another, both reaching the digest: the first
 * reserves the card, the second waits for its activity and updates it in place. A post that fails
 * gives its reservation back, so the next attempt posts.
 */
import { silentLogger } from '../../src/config/logger';
import { createAdapter } from '../../src/bot/app';
import { ProactiveCards } from '../../src/bot/teams-notifier';
import type { CardJson } from '../../src/bot/card-templates';
import type { KnownUser } from '../../src/application/ports';
import { PEOPLE, startTestBot, type TestBot } from '../support/bot';

let bot: TestBot;
let controller: KnownUser;

beforeAll(async () => {
  bot = await startTestBot();
  await bot.install(PEOPLE.controller);
  controller = (await bot.stores.conversations.get(PEOPLE.controller.aadObjectId))!;
});

afterAll(async () => {
  await bot.stores.storage.dropTables();
  await bot.stop();
});

/** One instance's way of posting cards: its own adapter, the shared storage. */
const instance = () =>
  new ProactiveCards(createAdapter(bot.settings, silentLogger()), '', bot.stores, silentLogger());

const card = (title: string): CardJson => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: title }],
});

const postsOf = (conversationId: string) =>
  bot.connector.posted().filter((p) => p.conversationId === conversationId);
const updatesOf = (conversationId: string) =>
  bot.connector.updated().filter((p) => p.conversationId === conversationId);

it('two instances posting the same card at once: one post, then an update in place', async () => {
  const conversation = `conv-${PEOPLE.controller.id}`;
  const [postsBefore, updatesBefore] = [postsOf(conversation).length, updatesOf(conversation).length];
  let release!: () => void;
  bot.connector.holdPosts = new Promise<void>((resolve) => (release = resolve));
  const now = bot.clock.now();
  const first = instance().postOrUpdate('digest-test-once', controller, card('première'), now);
  // The first has reserved the card and its post is held by the connector when the second comes.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const second = instance().postOrUpdate('digest-test-once', controller, card('seconde'), now);
  await new Promise((resolve) => setTimeout(resolve, 500));
  release();
  bot.connector.holdPosts = null;
  await Promise.all([first, second]);

  expect(postsOf(conversation).length - postsBefore).toBe(1);
  const updates = updatesOf(conversation).slice(updatesBefore);
  expect(updates).toHaveLength(1);
  const post = (await bot.stores.cardPosts.get('digest-test-once', PEOPLE.controller.aadObjectId))!;
  expect(updates[0]!.id).toBe(post.activityId);
  expect(post.activityId).not.toBe('');
});

it('a post that fails gives the card back: the next attempt posts it', async () => {
  const broken = { ...controller, reference: { ...controller.reference, serviceUrl: 'http://127.0.0.1:9/' } };
  // The adapter logs a failed turn rather than throwing it.
  await instance()
    .postOrUpdate('digest-test-retry', broken, card('échec'), bot.clock.now())
    .catch(() => undefined);
  expect(await bot.stores.cardPosts.get('digest-test-retry', PEOPLE.controller.aadObjectId)).toBeNull();

  const conversation = `conv-${PEOPLE.controller.id}`;
  const before = postsOf(conversation).length;
  await instance().postOrUpdate('digest-test-retry', controller, card('réussite'), bot.clock.now());
  expect(postsOf(conversation).length - before).toBe(1);
});

it('a card reserved by an instance that died before posting is posted by the next one', async () => {
  const conversation = `conv-${PEOPLE.controller.id}`;
  const before = postsOf(conversation).length;
  // The reservation a killed instance left: no activity will ever come.
  expect(
    await bot.stores.cardPosts.claim({
      cardKey: 'digest-test-dead',
      userKey: PEOPLE.controller.aadObjectId,
      conversationId: conversation,
      activityId: '',
      postedAt: bot.clock.now().toISOString(),
    }),
  ).toBeNull();
  await instance().postOrUpdate('digest-test-dead', controller, card('reprise'), bot.clock.now());
  expect(postsOf(conversation).length - before).toBe(1);
  const post = (await bot.stores.cardPosts.get('digest-test-dead', PEOPLE.controller.aadObjectId))!;
  expect(post.activityId).not.toBe('');
}, 30_000);
