/** Starts the real bot server on a free loopback port against the test Azurite. */
import { silentLogger, type Logger } from '../../src/config/logger';
import { parseSettings, type Settings } from '../../src/config/settings';
import { calendarDate, type CalendarDate, type Clock } from '../../src/domain/calendar-date';
import { startBotServer, type BotServerOptions, type RunningBot } from '../../src/server/bot-server';
import { fixedClock } from '../../src/store/system-clock';
import type { Notifier } from '../../src/application/ports';
import { startConnectorStub, type ConnectorStub, type Member } from './connector-stub';
import { testConnectionString, uniqueTablePrefix } from './storage';

export function testSettings(overrides: Record<string, string> = {}): Settings {
  const result = parseSettings({
    PORT: '0',
    HOST: '127.0.0.1',
    TABLE_PREFIX: uniqueTablePrefix(),
    LOG_LEVEL: 'silent',
    // The firm's mandate has started before the tests' days (the mandate's gate is tested with its own date).
    LAW_FIRM_MANDATE_START: '2026-11-01',
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.settings;
}

/** The people of the tests' tenant, as the connector stand-in knows them. */
export const PEOPLE = {
  controller: {
    id: 'user-ctrl',
    name: 'Camille Roux',
    aadObjectId: '00000000-0000-0000-0000-0000000000a1',
    email: 'camille.roux@greenova.example',
  },
  backup: {
    id: 'user-backup',
    name: 'Sophie Laurent',
    aadObjectId: '00000000-0000-0000-0000-0000000000b1',
    email: 'sophie.laurent@greenova.example',
  },
  director: {
    id: 'user-dir',
    name: 'Hélène Garnier',
    aadObjectId: '00000000-0000-0000-0000-0000000000d1',
    email: 'helene.garnier@greenova.example',
  },
  claire: {
    id: 'user-claire',
    name: 'Claire Martin',
    aadObjectId: '00000000-0000-0000-0000-0000000000c1',
    email: 'claire.martin@greenova.example',
  },
  karim: {
    id: 'user-karim',
    name: 'Karim Benali',
    aadObjectId: '00000000-0000-0000-0000-0000000000c2',
    email: 'karim.benali@greenova.example',
  },
  stranger: {
    id: 'user-x',
    name: 'Quelqu’un',
    aadObjectId: '00000000-0000-0000-0000-0000000000e1',
    email: 'x@ailleurs.example',
  },
} satisfies Record<string, Member>;

export type TestBot = RunningBot & {
  url: string;
  settings: Settings;
  connector: ConnectorStub;
  /** An activity from one of PEOPLE in their personal chat, with the connector stand-in as serviceUrl. */
  activity(overrides?: Record<string, unknown>, person?: Member): Record<string, unknown>;
  /** The person installs the app (the bot is added to their personal chat); returns the replies. */
  install(person?: Member): Promise<ExpectedReplies>;
  /**
   * Clicks a card's button as Teams sends it (an Action.Execute invoke, answered in the HTTP
   * response): the answer's card (or text) and all its text.
   */
  click(verb: string, data: Record<string, unknown>, person?: Member): Promise<ClickAnswer>;
};

export interface ClickAnswer {
  status: number;
  type: string;
  card: Record<string, unknown> | null;
  /** The card's text, or the text answer. */
  text: string;
}

export async function startTestBot(
  overrides: Record<string, string> = {},
  today: CalendarDate = calendarDate(2026, 11, 23),
  options: {
    notifier?: Notifier;
    /** Another way to the test Azurite (a faulty proxy in front of it). */
    connectionString?: string;
    logger?: Logger;
    sweeper?: BotServerOptions['sweeper'];
    /** The bot's clock; by default 08:00 (Paris) on `today`, standing still. */
    clock?: Clock;
  } = {},
): Promise<TestBot> {
  const settings = testSettings({
    CONTROLLER_EMAILS: PEOPLE.controller.email,
    BACKUP_CONTROLLER_EMAILS: PEOPLE.backup.email,
    DIRECTOR_EMAILS: PEOPLE.director.email,
    JOB_SCHEDULE: 'off',
    WEEKLY_REVIEW_SCHEDULE: 'off',
    ...overrides,
  });
  const connector = await startConnectorStub(Object.values(PEOPLE));
  const bot = await startBotServer({
    settings,
    connectionString: options.connectionString ?? testConnectionString(),
    logger: options.logger ?? silentLogger(),
    clock: options.clock ?? fixedClock(today),
    notifier: options.notifier,
    sweeper: options.sweeper ?? { everyMs: 3_600_000 },
  });
  const url = `http://127.0.0.1:${bot.port}`;
  const personal = (o: Record<string, unknown> = {}, person: Member = PEOPLE.controller) =>
    activity({
      serviceUrl: connector.url,
      from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
      conversation: {
        id: `conv-${person.id}`,
        conversationType: 'personal',
        tenantId: '00000000-0000-0000-0000-000000000001',
      },
      ...o,
    });
  return {
    ...bot,
    settings,
    connector,
    url,
    activity: personal,
    install: async (person = PEOPLE.controller) => {
      const installation = { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot-id' }] };
      return (await postActivity(url, personal(installation, person))).body as ExpectedReplies;
    },
    click: async (verb, data, person = PEOPLE.controller) => {
      const invoke = {
        type: 'invoke',
        name: 'adaptiveCard/action',
        deliveryMode: undefined,
        text: undefined,
        replyToId: 'activity-1',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      };
      const { status, body } = await postActivity(url, personal(invoke, person));
      // An invoke nobody answered comes back with no body at all.
      const response = (body ?? { type: '', value: '' }) as { type: string; value: unknown };
      const card =
        typeof response.value === 'object' && response.value
          ? (response.value as Record<string, unknown>)
          : null;
      return {
        status,
        type: response.type,
        card,
        text: card ? cardText(card) : asRead(String(response.value)),
      };
    },
    stop: async () => {
      await bot.stop();
      await connector.close();
    },
  };
}

let sequence = 0;

/** A Teams-like activity from a user in a personal chat, asking for the replies in the response. */
export function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence++;
  return {
    type: 'message',
    id: `act-${sequence}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/connector',
    deliveryMode: 'expectReplies',
    from: { id: 'user-ctrl', name: 'Camille Roux', aadObjectId: '00000000-0000-0000-0000-0000000000a1' },
    recipient: { id: 'bot-id', name: 'Relances' },
    conversation: {
      id: 'conv-ctrl',
      conversationType: 'personal',
      tenantId: '00000000-0000-0000-0000-000000000001',
    },
    text: 'aide',
    ...overrides,
  };
}

export interface ExpectedReplies {
  activities: Array<{
    type: string;
    text?: string;
    attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
  }>;
}

export async function postActivity(
  url: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as { activities?: Array<{ type: string }> }) : null;
  // teams-ai sends typing indicators while a turn runs; what a user reads are the messages.
  if (parsed?.activities)
    parsed.activities = parsed.activities
      .filter((a) => a.type !== 'typing')
      // Messages compared as read, like cards (`asRead`).
      .map((a) => ('text' in a && typeof a.text === 'string' ? { ...a, text: asRead(a.text) } : a));
  return { status: response.status, body: parsed };
}

/**
 * Text as the tests compare it: the no-break spaces of French typography (before « : ; ? ! »,
 * inside « ») read as plain spaces, so that an expectation is written as one reads the sentence.
 * That every text leaves with those no-break spaces is asserted on the raw cards and messages
 * (test/unit/french-typography.test.ts); amounts keep theirs (« 1 234,56 € »).
 */
export function asRead(text: string): string {
  return text
    .replace(/\u00a0(?=[:;?!])/g, ' ')
    .replace(/«\u00a0/g, '« ')
    .replace(/\u00a0»/g, ' »');
}

/** All the text of a card, flattened, to assert on what a user reads (see `asRead`). */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'value', 'label', 'placeholder'].includes(key))
          texts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  // What a user reads: the zero-width spaces that keep « < » visible are not seen.
  return asRead(texts.join('\n').replace(/\u200b/g, ''));
}
