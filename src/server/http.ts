/**
 * The HTTP edge: restify with `POST /api/messages` (Bot Framework activities) and `GET /healthz`.
 *
 * Security: with BOT_ID configured, the adapter validates the Bot Framework JWT of every request
 * (no or bad token, or one that cannot be checked because the published keys are out of reach →
 * 401). Without BOT_ID (local development with the Playground) requests carry no token, so they are
 * accepted only from loopback — and not when a proxy or tunnel on this machine says it forwards
 * them from elsewhere.
 *
 * Faults: a click is answered in French within 4.5 s whatever the storage does (../bot/turn-guard.ts);
 * /healthz says 503 within 800 ms; no route answers with an error's text, only French.
 */
import '../config/quiet-warnings';
import type { Application, TurnState } from '@microsoft/teams-ai';
import restify, { type Request, type Response, type Server } from 'restify';
import type { BackgroundTasks } from '../application/background-tasks';
import { isServiceUnavailable } from '../application/unavailable';
import { withinDeadline } from '../application/within-deadline';
import type { RelancesAdapter } from '../bot/adapter';
import { guardTurn } from '../bot/turn-guard';
import type { Logger } from '../config/logger';
import { botAuthenticationEnabled, type BotSettings } from '../config/settings';
import { fr } from '../i18n/fr';
import { preflightBotToken } from './bot-token';

export interface HttpDependencies {
  settings: Pick<BotSettings, 'BOT_ID'>;
  logger: Logger;
  adapter: RelancesAdapter;
  bot: Application<TurnState>;
  /** Extra routes of later features (jobs, documents), mounted on the same server. */
  routes?: Array<(server: Server) => void>;
  /** Quick readiness check (storage reachable). */
  ready?: () => Promise<boolean>;
  /** How long /healthz waits for `ready` before saying 503 (load balancers give it about 1 s). */
  readyWithinMs?: number;
  /** Where a click's work that outlives its answer is tracked. */
  background?: Pick<BackgroundTasks, 'start'>;
  /** When a click not yet answered is answered « indisponible » (Teams drops it after 5 s). */
  invokeDeadlineMs?: number;
}

const READY_WITHIN_MS = 800;

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
  const turn = guardTurn((context) => bot.run(context), {
    logger,
    background: deps.background,
    invokeDeadlineMs: deps.invokeDeadlineMs,
  });

  // Whatever a route lets through: logged, answered in French, never with the error's text.
  server.on('restifyError', (req: Request, res: Response, error: unknown, done: () => void) => {
    const e = error as { statusCode?: unknown; body?: unknown };
    const ours = typeof e?.statusCode === 'number' && e.statusCode < 500 && typeof e.body === 'object';
    if (ours) {
      const status = e.statusCode as number;
      logger.info({ status, method: req.method, path: req.getPath() }, 'request refused');
      if (!res.headersSent)
        res.send(status, {
          error: status === 404 || status === 405 ? fr.errors.notFound : fr.errors.badRequest,
        });
    } else {
      logger.error({ err: error, method: req.method, path: req.getPath() }, 'request failed');
      const unavailable = isServiceUnavailable(error);
      if (!res.headersSent)
        res.send(unavailable ? 503 : 500, { error: unavailable ? fr.errors.unavailable : fr.errors.generic });
    }
    return done();
  });

  let readiness: Promise<boolean> | undefined;
  const readyWithinMs = deps.readyWithinMs ?? READY_WITHIN_MS;
  server.get('/healthz', async (_req: Request, res: Response) => {
    let verdict: 'ok' | 'failed' | 'late' = 'ok';
    if (deps.ready) {
      // One check at a time: probes of a hung storage do not pile up.
      const ready = deps.ready;
      readiness ??= ready()
        .catch((error: unknown) => {
          logger.warn({ err: error }, 'readiness check: storage unreachable');
          return false;
        })
        .finally(() => (readiness = undefined));
      const result = await withinDeadline(readiness, readyWithinMs);
      verdict = result === 'pending' ? 'late' : result ? 'ok' : 'failed';
      if (verdict === 'late')
        logger.warn({ readyWithinMs }, 'readiness check: storage did not answer in time');
    }
    res.send(verdict === 'ok' ? 200 : 503, {
      status: verdict === 'ok' ? 'ok' : 'degraded',
      storage: verdict === 'ok' ? 'ok' : 'unreachable',
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
      const outcome = await adapter.handle(req.body, req.headers.authorization ?? '', turn);
      if (outcome.kind === 'invalid') {
        res.send(400, { error: fr.errors.badRequest });
      } else if (outcome.kind === 'unauthorized') {
        // A token that cannot be checked — forged, or the Bot Framework's keys out of reach — is refused.
        logger.warn(
          { err: outcome.error, remote: req.socket.remoteAddress },
          'refused an activity: its Bot Framework token could not be validated',
        );
        res.send(401, { error: fr.errors.unauthorized });
      } else if (outcome.body === undefined) {
        res.status(outcome.status);
        res.end();
      } else {
        res.send(outcome.status, outcome.body);
      }
    } catch (error) {
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
