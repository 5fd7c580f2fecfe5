/**
 * The HTTP edge: restify with `POST /api/messages` (Bot Framework activities) and `GET /healthz`.
 *
 * Security: with BOT_ID configured, the adapter validates the Bot Framework JWT of every request
 * (no or bad token → 401). Without BOT_ID (local development with the Playground) requests carry no
 * token, so they are accepted only from loopback — and not when a proxy or tunnel on this machine
 * says it forwards them from elsewhere.
 */
import '../config/quiet-warnings';
import type { TeamsAdapter, Application, TurnState } from '@microsoft/teams-ai';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../config/logger';
import { botAuthenticationEnabled, type BotSettings } from '../config/settings';
import { fr } from '../i18n/fr';
import { preflightBotToken } from './bot-token';

export interface HttpDependencies {
  settings: Pick<BotSettings, 'BOT_ID'>;
  logger: Logger;
  adapter: TeamsAdapter;
  bot: Application<TurnState>;
  /** Extra routes of later features (jobs, documents), mounted on the same server. */
  routes?: Array<(server: Server) => void>;
  /** Quick readiness check (storage reachable). */
  ready?: () => Promise<boolean>;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return (
    a === '::1' ||
    a === 'localhost' ||
    /^127\.\d+\.\d+\.\d+$/.test(a) ||
    /^::ffff:127\.\d+\.\d+\.\d+$/.test(a)
  );
}

/**
 * Headers by which a proxy, a tunnel or a CDN says whom it forwards a request from (besides
 * X-Forwarded-For and Forwarded). Each may hold a list.
 */
const CLIENT_HEADERS = [
  'x-real-ip',
  'x-client-ip',
  'cf-connecting-ip',
  'true-client-ip',
  'fastly-client-ip',
  'x-cluster-client-ip',
  'x-original-forwarded-for',
  'forwarded-for',
];

/** `"[2001:db8::1]:4711"` → `2001:db8::1`; `192.0.2.1:80` → `192.0.2.1`; anything else as it is. */
function nodeAddress(raw: string): string {
  let value = raw.trim();
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2)
    value = value.slice(1, -1).replace(/\\(.)/g, '$1');
  value = value.trim();
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(value);
  if (bracketed) return bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d*$/.exec(value);
  return v4WithPort ? v4WithPort[1]! : value;
}

/** The `for` of each element of an RFC 7239 Forwarded header, quotes and spaces tolerated. */
function forwardedFor(header: string): string[] {
  const pairs: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i]!;
    if (c === '"') quoted = !quoted;
    if (c === '\\' && quoted) {
      current += c + (header[++i] ?? '');
      continue;
    }
    if (!quoted && (c === ',' || c === ';')) {
      pairs.push(current);
      current = '';
    } else current += c;
  }
  pairs.push(current);
  const clients: string[] = [];
  for (const pair of pairs) {
    const m = /^\s*([^=\s]+)\s*=\s*(.*?)\s*$/.exec(pair);
    if (m && m[1]!.toLowerCase() === 'for') clients.push(nodeAddress(m[2]!));
  }
  // Forwarded, but without saying from whom: from somewhere unknown.
  if (clients.length === 0 && header.trim() !== '') clients.push('unknown');
  return clients;
}

/** Addresses a proxy on this machine says the request came from (X-Forwarded-For, Forwarded, X-Real-IP…). */
export function forwardedClients(headers: Record<string, string | string[] | undefined>): string[] {
  const list = (value: string | string[] | undefined) =>
    Array.isArray(value) ? value.join(',') : (value ?? '');
  const items = (value: string | string[] | undefined) =>
    list(value)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map(nodeAddress);
  const clients = items(headers['x-forwarded-for']);
  clients.push(...forwardedFor(list(headers['forwarded'])));
  for (const name of CLIENT_HEADERS) clients.push(...items(headers[name]));
  return clients;
}

export function acceptsUnauthenticated(
  remoteAddress: string | undefined,
  headers: Record<string, string | string[] | undefined>,
): boolean {
  return isLoopbackAddress(remoteAddress) && forwardedClients(headers).every(isLoopbackAddress);
}

export function createHttpServer(deps: HttpDependencies): Server {
  const { settings, logger, adapter, bot } = deps;
  const server = restify.createServer({ name: 'relances', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024 }));
  const authenticated = botAuthenticationEnabled(settings);

  server.get('/healthz', async (_req: Request, res: Response) => {
    const storageOk = deps.ready ? await deps.ready().catch(() => false) : true;
    res.send(storageOk ? 200 : 503, {
      status: storageOk ? 'ok' : 'degraded',
      storage: storageOk ? 'ok' : 'unreachable',
    });
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!authenticated && !acceptsUnauthenticated(req.socket.remoteAddress, req.headers)) {
      logger.warn(
        { remote: req.socket.remoteAddress, forwarded: forwardedClients(req.headers) },
        'refused an unauthenticated activity from outside loopback (no BOT_ID configured)',
      );
      res.send(401, { error: fr.errors.loopbackOnly });
      return;
    }
    if (authenticated) {
      const check = preflightBotToken(
        req.headers.authorization,
        settings.BOT_ID!,
        Math.floor(Date.now() / 1000),
      );
      if (!check.ok) {
        logger.warn(
          { remote: req.socket.remoteAddress, reason: check.reason },
          'refused an activity: bad Bot Framework token',
        );
        res.send(401, { error: fr.errors.unauthorized });
        return;
      }
    }
    try {
      await adapter.process(req, res, async (context) => {
        await bot.run(context);
      });
    } catch (error) {
      // The adapter answers 401 itself for a bad token; anything thrown here is ours.
      logger.error({ err: error }, 'failed to process an activity');
      if (!res.headersSent) res.send(500, { error: fr.errors.generic });
    }
  });

  for (const mount of deps.routes ?? []) mount(server);
  return server;
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolveListen(typeof address === 'object' && address ? address.port : port);
    });
  });
}
