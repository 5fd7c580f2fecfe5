/** Starts the real bot server on a free loopback port against the test Azurite. */
import { silentLogger } from '../../src/config/logger';
import { parseSettings, type Settings } from '../../src/config/settings';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { startBotServer, type RunningBot } from '../../src/server/bot-server';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from './storage';

export function testSettings(overrides: Record<string, string> = {}): Settings {
  const result = parseSettings({
    PORT: '0',
    HOST: '127.0.0.1',
    TABLE_PREFIX: uniqueTablePrefix(),
    LOG_LEVEL: 'silent',
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.settings;
}

export async function startTestBot(
  overrides: Record<string, string> = {},
  today: CalendarDate = calendarDate(2026, 11, 23),
): Promise<RunningBot & { url: string; settings: Settings }> {
  const settings = testSettings(overrides);
  const bot = await startBotServer({
    settings,
    connectionString: testConnectionString(),
    logger: silentLogger(),
    clock: fixedClock(today),
  });
  return { ...bot, settings, url: `http://127.0.0.1:${bot.port}` };
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
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

/** All the text of a card, flattened, to assert on what a user reads. */
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
  return texts.join('\n');
}
