import { createSign, generateKeyPairSync } from 'node:crypto';
import { preflightBotToken } from '../../src/server/bot-token';
import { PEOPLE, startTestBot, postActivity, cardText, type ExpectedReplies } from '../support/bot';

describe('the bot over HTTP, without BOT_ID (local development)', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => {
    await bot.stop();
    await bot.stores.storage.dropTables();
  });

  it('answers « aide » with the French help card in the HTTP response (expectReplies)', async () => {
    const { status, body } = await postActivity(bot.url, bot.activity({ text: 'aide' }));
    expect(status).toBe(200);
    const replies = (body as ExpectedReplies).activities;
    expect(replies).toHaveLength(1);
    const attachment = replies[0]!.attachments![0]!;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content.version).toBe('1.5');
    const text = cardText(attachment.content);
    expect(text).toContain('Aide — ce que Relances sait faire');
    expect(text).toContain('mise en demeure');
    expect(text).toContain('Aptos');
  });

  it('welcomes the user when the bot is added, and remembers how to reach them', async () => {
    const { status, body } = await postActivity(
      bot.url,
      bot.activity(
        {
          type: 'conversationUpdate',
          text: undefined,
          conversation: { id: 'conv-dir', conversationType: 'personal' },
          membersAdded: [{ id: PEOPLE.director.id }, { id: 'bot-id' }],
        },
        PEOPLE.director,
      ),
    );
    expect(status).toBe(200);
    const card = (body as ExpectedReplies).activities[0]!.attachments![0]!.content;
    expect(cardText(card)).toContain('Bienvenue dans Relances');
    const known = await bot.stores.conversations.get(PEOPLE.director.aadObjectId);
    expect(known?.name).toBe('Hélène Garnier');
    // The e-mail comes from the connector's member lookup: the activity does not carry it.
    expect(known?.email).toBe(PEOPLE.director.email);
    expect(known?.reference).toMatchObject({
      conversation: { id: 'conv-dir' },
      serviceUrl: bot.connector.url,
    });
  });

  it('welcomes on installation too', async () => {
    const { body } = await postActivity(
      bot.url,
      bot.activity({ type: 'installationUpdate', action: 'add', text: undefined }),
    );
    expect(cardText((body as ExpectedReplies).activities[0]!.attachments![0]!.content)).toContain(
      'Bienvenue dans Relances',
    );
  });

  it('welcomes once when Teams announces the installation twice', async () => {
    const conversation = { id: 'conv-twice', conversationType: 'personal' };
    const first = await postActivity(
      bot.url,
      bot.activity({ type: 'installationUpdate', action: 'add', text: undefined, conversation }),
    );
    const second = await postActivity(
      bot.url,
      bot.activity({
        type: 'conversationUpdate',
        text: undefined,
        conversation,
        membersAdded: [{ id: 'bot-id' }],
      }),
    );
    expect((first.body as ExpectedReplies).activities).toHaveLength(1);
    expect((second.body as ExpectedReplies).activities).toHaveLength(0);
  });

  it('says what it did not understand, with the help', async () => {
    const { body } = await postActivity(bot.url, bot.activity({ text: 'blabla xyz' }));
    expect(cardText((body as ExpectedReplies).activities[0]!.attachments![0]!.content)).toContain(
      'Je n’ai pas compris « blabla xyz »',
    );
  });

  it('refuses an activity a proxy forwards from outside this machine', async () => {
    const { status, body } = await postActivity(bot.url, bot.activity(), {
      'x-forwarded-for': '203.0.113.7',
    });
    expect(status).toBe(401);
    expect(JSON.stringify(body)).toContain('127.0.0.1');
  });

  it.each([
    ['Forwarded with spaces', { forwarded: 'For = 203.0.113.7' }],
    ['Forwarded with a quoted address and port', { forwarded: 'proto=https;for="203.0.113.7:443"' }],
    ['CF-Connecting-IP', { 'cf-connecting-ip': '203.0.113.7' }],
    ['True-Client-IP', { 'true-client-ip': '203.0.113.7' }],
    ['X-Client-IP', { 'x-client-ip': '203.0.113.7' }],
    ['Fastly-Client-IP', { 'fastly-client-ip': '203.0.113.7' }],
  ])('refuses an activity forwarded from elsewhere (%s)', async (_label, headers) => {
    const { status } = await postActivity(bot.url, bot.activity(), headers);
    expect(status).toBe(401);
  });

  it('answers a button no route knows in French, with a 200, and journals it', async () => {
    const verb = `old.verb.${'x'.repeat(200)}`;
    const answer = await bot.click(verb, { anything: 1 });
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(answer.text).toBe('Ce bouton n’est plus reconnu : actualisez la carte.');
    const journal = await bot.stores.journal.listForDays(bot.dunningDay(), bot.dunningDay());
    const entry = journal.find((e) => e.action === 'card.unknown_verb');
    expect(entry).toMatchObject({
      actor: { id: PEOPLE.controller.aadObjectId, name: PEOPLE.controller.name },
      outcome: 'refused',
      reason: 'Ce bouton n’est plus reconnu : actualisez la carte.',
    });
    // The verb is kept, bounded.
    expect(String(entry!.details!.verb)).toBe(verb.slice(0, 64));
  });

  it('answers an unknown address and a body that is not JSON in French, without internals', async () => {
    const unknown = await fetch(`${bot.url}/api/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'Adresse inconnue.' });
    const notJson = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: 'Requête invalide.' });
    const notAnActivity = await postActivity(bot.url, { hello: 'world' });
    expect(notAnActivity.status).toBe(400);
  });

  it('reports its health', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', storage: 'ok' });
  });
});

describe('the bot over HTTP, with BOT_ID (a real tenant)', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    bot = await startTestBot({
      BOT_ID: '11111111-2222-3333-4444-555555555555',
      SECRET_BOT_PASSWORD: 'not-a-real-secret',
      BOT_TENANT_ID: '66666666-7777-8888-9999-000000000000',
    });
  });
  afterAll(async () => {
    await bot.stop();
    await bot.stores.storage.dropTables();
  });

  it('refuses an activity without a token, even from loopback', async () => {
    const { status } = await postActivity(bot.url, bot.activity());
    expect(status).toBe(401);
  });

  const jwt = (payload: Record<string, unknown>) =>
    [
      Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'x' })).toString('base64url'),
      Buffer.from(JSON.stringify(payload)).toString('base64url'),
      'c2lnbmF0dXJl',
    ].join('.');
  const exp = Math.floor(Date.now() / 1000) + 3600;

  it.each([
    [
      'another bot’s token',
      { iss: 'https://api.botframework.com', aud: '99999999-2222-3333-4444-555555555555', exp },
    ],
    [
      'an expired token',
      { iss: 'https://api.botframework.com', aud: '11111111-2222-3333-4444-555555555555', exp: 1000 },
    ],
    [
      'a token from an unknown issuer',
      { iss: 'https://evil.example', aud: '11111111-2222-3333-4444-555555555555', exp },
    ],
  ])('refuses %s', async (_label, payload) => {
    const { status } = await postActivity(bot.url, bot.activity(), {
      authorization: `Bearer ${jwt(payload)}`,
    });
    expect(status).toBe(401);
  });

  it('refuses a well-formed token it cannot validate (its keys out of reach) with a 401, through the logger only', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'self-signed' })).toString(
      'base64url',
    );
    const payload = Buffer.from(
      JSON.stringify({
        iss: 'https://api.botframework.com',
        aud: '11111111-2222-3333-4444-555555555555',
        exp,
        nbf: exp - 7200,
        serviceurl: bot.connector.url,
      }),
    ).toString('base64url');
    const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey, 'base64url');
    const token = `${header}.${payload}.${signature}`;
    // It passes the cheap checks: only the adapter's verification against the published keys can refuse it.
    expect(
      preflightBotToken(
        `Bearer ${token}`,
        '11111111-2222-3333-4444-555555555555',
        Math.floor(Date.now() / 1000),
      ),
    ).toEqual({ ok: true });
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const consoleWarn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { status, body } = await postActivity(bot.url, bot.activity(), {
        authorization: `Bearer ${token}`,
      });
      expect(status).toBe(401);
      expect(body).toEqual({ error: 'Requête refusée : authentification du canal Bot Framework requise.' });
      expect(consoleError).not.toHaveBeenCalled();
      expect(consoleWarn).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
      consoleWarn.mockRestore();
    }
  });

  it('refuses a token that is not a JWT', async () => {
    const { status } = await postActivity(bot.url, bot.activity(), { authorization: 'Bearer not-a-token' });
    expect(status).toBe(401);
  });
});
