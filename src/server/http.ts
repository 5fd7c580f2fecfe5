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

/** Addresses a proxy on this machine says the request came from (X-Forwarded-For, Forwarded, X-Real-IP). */
export function forwardedClients(headers: Record<string, string | string[] | undefined>): string[] {
  const list = (value: string | string[] | undefined) =>
    Array.isArray(value) ? value.join(',') : (value ?? '');
  const clients = list(headers['x-forwarded-for'])
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const part of list(headers['forwarded']).split(/[;,]/)) {
    const m = /^\s*for="?\[?([^\]";]+)\]?(?::\d+)?"?/i.exec(part);
    if (m?.[1]) clients.push(m[1]);
  }
  const realIp = list(headers['x-real-ip']).trim();
  if (realIp) clients.push(realIp);
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
