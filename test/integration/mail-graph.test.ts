/**
 * The Graph transport against a local HTTP server playing both Entra's token endpoint and Graph's
 * sendMail: the token must be the one issued, the JSON is recorded, the answers are scripted.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseSettings } from '../../src/config/settings';
import { silentLogger } from '../../src/config/logger';
import { fr } from '../../src/i18n/fr';
import { createMailer } from '../../src/mail';
import { createGraphMailer } from '../../src/mail/graph-mailer';
import { createGraphTokenProvider } from '../../src/mail/graph-token';
import { MailError, type Mailer, type OutgoingMail } from '../../src/application/ports';
import { withRetry } from '../../src/mail/retry';

const TENANT = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const CLIENT = '11111111-2222-3333-4444-555555555555';
const SECRET = 'client-secret-value';
const SENDER = 'comptabilite@greenova.example';

interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface GraphPlay {
  baseUrl: string;
  tokenRequests: URLSearchParams[];
  sendRequests: Array<{ path: string; authorization: string | undefined; json: unknown }>;
  /** Answers to the next sendMail calls, in order; 202 once exhausted. */
  sendReplies: ScriptedReply[];
  tokenReplies: ScriptedReply[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, reply: ScriptedReply): void {
  res.writeHead(reply.status, {
    ...(reply.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...reply.headers,
  });
  res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
}

async function startGraph(): Promise<GraphPlay> {
  const issued = new Set<string>();
  const play: Omit<GraphPlay, 'baseUrl' | 'close'> = {
    tokenRequests: [],
    sendRequests: [],
    sendReplies: [],
    tokenReplies: [],
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      if (req.method === 'POST' && req.url === `/${TENANT}/oauth2/v2.0/token`) {
        const form = new URLSearchParams(body);
        play.tokenRequests.push(form);
        const scripted = play.tokenReplies.shift();
        if (scripted) return answer(res, scripted);
        const valid =
          form.get('grant_type') === 'client_credentials' &&
          form.get('client_id') === CLIENT &&
          form.get('client_secret') === SECRET &&
          form.get('scope') === 'https://graph.microsoft.com/.default';
        if (!valid) return answer(res, { status: 400, body: { error: 'invalid_request' } });
        const token = `token-${play.tokenRequests.length}`;
        issued.add(token);
        return answer(res, {
          status: 200,
          body: { token_type: 'Bearer', expires_in: 3599, access_token: token },
        });
      }
      if (req.method === 'POST' && req.url?.endsWith('/sendMail')) {
        const authorization = req.headers.authorization;
        play.sendRequests.push({ path: req.url, authorization, json: JSON.parse(body) as unknown });
        if (!authorization?.startsWith('Bearer ') || !issued.has(authorization.slice(7))) {
          return answer(res, {
            status: 401,
            body: { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } },
          });
        }
        return answer(res, play.sendReplies.shift() ?? { status: 202 });
      }
      answer(res, { status: 404, body: { error: { code: 'NotFound', message: req.url } } });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...play,
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function graphMailer(play: GraphPlay): Mailer {
  return createGraphMailer({
    baseUrl: play.baseUrl,
    sender: SENDER,
    tokens: createGraphTokenProvider({
      authority: play.baseUrl,
      tenantId: TENANT,
      clientId: CLIENT,
      clientSecret: SECRET,
    }),
  });
}

const PDF = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0xfe, 0x80]);

const mail: OutgoingMail = {
  messageId: '<4f0c1d2e-0000-4000-8000-000000000001@greenova.example>',
  to: ['compta@dupont.example', 'tresorerie@dupont.example'],
  cc: ['commercial@greenova.example'],
  replyTo: 'camille.roux@greenova.example',
  subject: 'Rappel de règlement : facture F2026-0142 échue le 23/11/2026 — Greenova',
  text: 'À l’attention de Dupont & Fils <SARL>',
  html: '<p>À l’attention de Dupont &amp; Fils &lt;SARL&gt;</p>',
  attachments: [{ filename: 'releve.pdf', content: PDF, contentType: 'application/pdf' }],
};

interface RecordedMessage {
  message: {
    subject: string;
    body: { contentType: string; content: string };
    toRecipients: Array<{ emailAddress: { address: string } }>;
    ccRecipients: Array<{ emailAddress: { address: string } }>;
    replyTo: Array<{ emailAddress: { address: string } }>;
    internetMessageId: string;
    attachments: Array<Record<string, string>>;
  };
  saveToSentItems: boolean;
}

function instantRetry() {
  const delays: number[] = [];
  return {
    delays,
    options: {
      attempts: 4,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      sleep: async (ms: number) => void delays.push(ms),
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<MailError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof MailError)) throw new Error(`expected a MailError, got ${String(error)}`);
  return error;
}

describe('Graph settings', () => {
  it('requires the tenant, the application, its secret and the sending mailbox', () => {
    const result = parseSettings({ MAIL_TRANSPORT: 'graph' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.variable).sort()).toEqual([
      'GRAPH_CLIENT_ID',
      'GRAPH_SENDER',
      'GRAPH_TENANT_ID',
      'SECRET_GRAPH_CLIENT_SECRET',
    ]);
    expect(result.errors[0]!.message).toBe('obligatoire quand MAIL_TRANSPORT=graph');
  });
});

describe('Graph transport (local HTTP server playing Entra and Graph)', () => {
  let play: GraphPlay;
  beforeEach(async () => {
    play = await startGraph();
  });
  afterEach(async () => {
    await play.close();
  });

  it('posts the message to the shared mailbox with our internetMessageId, recipients, reply-to and attachments', async () => {
    const parsed = parseSettings({
      MAIL_TRANSPORT: 'graph',
      GRAPH_TENANT_ID: TENANT,
      GRAPH_CLIENT_ID: CLIENT,
      SECRET_GRAPH_CLIENT_SECRET: SECRET,
      GRAPH_SENDER: SENDER,
      GRAPH_BASE_URL: play.baseUrl,
      GRAPH_AUTHORITY: play.baseUrl,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const mailer = createMailer(parsed.settings, silentLogger());

    const sent = await mailer.send(mail);

    expect(sent.transport).toBe('graph');
    expect(sent.messageId).toBe(mail.messageId);
    expect(sent.accepted).toEqual([
      'compta@dupont.example',
      'tresorerie@dupont.example',
      'commercial@greenova.example',
    ]);
    expect(play.tokenRequests).toHaveLength(1);
    expect(play.sendRequests).toHaveLength(1);
    const request = play.sendRequests[0]!;
    expect(request.path).toBe('/v1.0/users/comptabilite%40greenova.example/sendMail');
    expect(request.authorization).toBe('Bearer token-1');
    const json = request.json as RecordedMessage;
    expect(json.saveToSentItems).toBe(true);
    expect(json.message.subject).toBe(mail.subject);
    expect(json.message.body).toEqual({ contentType: 'HTML', content: mail.html });
    expect(json.message.toRecipients).toEqual([
      { emailAddress: { address: 'compta@dupont.example' } },
      { emailAddress: { address: 'tresorerie@dupont.example' } },
    ]);
    expect(json.message.ccRecipients).toEqual([{ emailAddress: { address: 'commercial@greenova.example' } }]);
    expect(json.message.replyTo).toEqual([{ emailAddress: { address: 'camille.roux@greenova.example' } }]);
    expect(json.message.internetMessageId).toBe(sent.messageId);
    expect(json.message.attachments).toEqual([
      {
        '@odata.type': '#microsoft.graph.fileAttachment',
        name: 'releve.pdf',
        contentType: 'application/pdf',
        contentBytes: PDF.toString('base64'),
      },
    ]);
    expect(Buffer.from(json.message.attachments[0]!.contentBytes!, 'base64').equals(PDF)).toBe(true);
  });

  it('asks for one token and reuses it for the next sends', async () => {
    const mailer = graphMailer(play);

    const first = await mailer.send({ ...mail, messageId: mailer.newMessageId() });
    const second = await mailer.send({ ...mail, messageId: mailer.newMessageId() });

    expect(play.tokenRequests).toHaveLength(1);
    expect(play.sendRequests.map((r) => r.authorization)).toEqual(['Bearer token-1', 'Bearer token-1']);
    // Each message carries the id it was given: a new one for a new message.
    expect(first.messageId).not.toBe(second.messageId);
    expect(first.messageId).toMatch(/^<[0-9a-f-]{36}@greenova\.example>$/);
  });

  it('renews the token shortly before it expires', async () => {
    let nowMs = Date.parse('2026-11-26T08:00:00Z');
    const mailer = createGraphMailer({
      baseUrl: play.baseUrl,
      sender: SENDER,
      tokens: createGraphTokenProvider({
        authority: play.baseUrl,
        tenantId: TENANT,
        clientId: CLIENT,
        clientSecret: SECRET,
        now: () => nowMs,
      }),
    });

    await mailer.send(mail);
    nowMs += 50 * 60_000; // 50 of the token's 60 minutes: still good.
    await mailer.send(mail);
    nowMs += 6 * 60_000; // 4 minutes before expiry: renewed.
    await mailer.send(mail);

    expect(play.tokenRequests).toHaveLength(2);
    expect(play.sendRequests.map((r) => r.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('gets a new token once when Graph rejects the cached one', async () => {
    const mailer = graphMailer(play);
    await mailer.send(mail);
    play.sendReplies.push({
      status: 401,
      body: { error: { code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed.' } },
    });

    await mailer.send(mail);

    expect(play.tokenRequests).toHaveLength(2);
    expect(play.sendRequests.map((r) => r.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('waits as long as Retry-After says after a 429, then sends', async () => {
    play.sendReplies.push({
      status: 429,
      headers: { 'retry-after': '3' },
      body: {
        error: { code: 'ApplicationThrottled', message: 'Application is over its MailboxConcurrency limit.' },
      },
    });
    const retry = instantRetry();
    const mailer = withRetry(graphMailer(play), retry.options);

    const sent = await mailer.send(mail);

    expect(sent.transport).toBe('graph');
    expect(play.sendRequests).toHaveLength(2);
    expect(retry.delays).toEqual([3000]);
  });

  it('does not wait for a Retry-After longer than the cap: the error is returned for a later try', async () => {
    play.sendReplies.push({ status: 429, headers: { 'retry-after': '600' } });
    const retry = instantRetry();
    const mailer = withRetry(graphMailer(play), { ...retry.options, maxRetryAfterMs: 120_000 });

    const error = await failure(mailer.send(mail));

    expect(error.kind).toBe('transient');
    expect(error.reason).toBe(fr.mail.graphThrottled);
    expect(error.retryAfterMs).toBe(600_000);
    expect(retry.delays).toEqual([]);
    expect(play.sendRequests).toHaveLength(1);
  });

  it('reports a 400 as permanent with Graph’s message, without retrying', async () => {
    play.sendReplies.push({
      status: 400,
      body: { error: { code: 'ErrorInvalidRecipients', message: 'At least one recipient is not valid.' } },
    });
    const retry = instantRetry();
    const mailer = withRetry(graphMailer(play), retry.options);

    const error = await failure(mailer.send(mail));

    expect(error.kind).toBe('permanent');
    expect(error.reason).toBe('envoi refusé par Microsoft 365 : At least one recipient is not valid.');
    expect(error.detail).toContain('ErrorInvalidRecipients');
    expect(play.sendRequests).toHaveLength(1);
    expect(retry.delays).toEqual([]);
  });

  it('reports a 503 as transient, and retries it until the attempts run out', async () => {
    // One for the bare transport, four for the retrying one.
    for (let i = 0; i < 5; i++)
      play.sendReplies.push({
        status: 503,
        body: { error: { code: 'ServiceUnavailable', message: 'Try later.' } },
      });
    expect((await failure(graphMailer(play).send(mail))).kind).toBe('transient');

    const retry = instantRetry();
    const error = await failure(withRetry(graphMailer(play), retry.options).send(mail));

    expect(error.kind).toBe('transient');
    expect(error.reason).toBe(fr.mail.graphUnavailable(503));
    expect(play.sendRequests).toHaveLength(1 + 4);
    expect(retry.delays).toHaveLength(3);
  });

  it('reports a refused client secret as permanent, in French, without calling sendMail', async () => {
    play.tokenReplies.push({
      status: 401,
      body: {
        error: 'invalid_client',
        error_description:
          'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value.\r\nTrace ID: 1234',
      },
    });

    const error = await failure(graphMailer(play).send(mail));

    expect(error.kind).toBe('permanent');
    expect(error.reason).toBe(fr.mail.graphAuthRefused('AADSTS7000215: Invalid client secret provided.'));
    expect(play.sendRequests).toHaveLength(0);
  });
});
