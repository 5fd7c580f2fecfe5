/**
 * Composition root of the bot process: storage, bot, HTTP server. Used by `npm start` (with the
 * embedded Azurite), by production (`node dist/src/server/main.js`) and by the tests.
 */
import type { Server } from 'restify';
import { createAdapter, createBotApplication } from '../bot/app';
import type { Logger } from '../config/logger';
import type { Settings } from '../config/settings';
import type { Clock } from '../domain/calendar-date';
import { openStores, type Stores } from '../store';
import { createHttpServer, listen } from './http';

export interface RunningBot {
  port: number;
  stores: Stores;
  server: Server;
  stop(): Promise<void>;
}

export interface BotServerOptions {
  settings: Settings;
  connectionString: string;
  logger: Logger;
  clock: Clock;
}

export async function startBotServer({
  settings,
  connectionString,
  logger,
  clock,
}: BotServerOptions): Promise<RunningBot> {
  const stores = await openStores(connectionString, settings.TABLE_PREFIX, clock);
  const adapter = createAdapter(settings, logger);
  const bot = createBotApplication({ settings, stores, logger, clock }, adapter);
  const server = createHttpServer({
    settings,
    logger,
    adapter,
    bot,
    ready: async () => {
      await stores.customers.get('__healthz__');
      return true;
    },
  });
  const port = await listen(server, settings.PORT, settings.HOST);
  logger.info({ port }, 'bot listening');
  return {
    port,
    stores,
    server,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
