/**
 * The whole local stack of `npm start` (and of the e2e tests): embedded Azurite unless a storage
 * connection string is configured, the demo portfolio when the store is empty, the bot, and the
 * Microsoft 365 Agents Playground unless BOT_ID is configured.
 */
import { resolve } from 'node:path';
import type { Logger } from '../config/logger';
import { PROJECT_ROOT } from '../config/paths';
import type { RuntimeSettings, Settings } from '../config/settings';
import type { Clock } from '../domain/calendar-date';
import { startBotServer, type RunningBot } from '../server/bot-server';
import { startAzurite, type RunningAzurite } from '../store/azurite';
import { useSharedAzurite } from '../store/shared-azurite';
import { storageAccessFromSettings, type StorageConnection } from '../store/storage-access';
import { seedDemoIfEmpty } from './demo-seed';
import { startPlayground, type RunningPlayground } from './playground';

export interface StackOptions {
  settings: Settings;
  logger: Logger;
  clock: Clock;
  /** Azurite keeps nothing on disk (tests). */
  inMemory?: boolean;
  /** The people of the Playground (defaults to .m365agentsplayground.yml). */
  playgroundConfigPath?: string;
}

export interface RunningStack {
  bot: RunningBot;
  botUrl: string;
  playground: RunningPlayground | null;
  azurite: RunningAzurite | null;
  /** The configured storage, or the embedded Azurite's connection string. */
  connectionString: StorageConnection;
  stop(): Promise<void>;
}

export function dataPath(settings: Pick<RuntimeSettings, 'DATA_DIR'>, ...parts: string[]): string {
  return resolve(PROJECT_ROOT, settings.DATA_DIR, ...parts);
}

export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { settings, logger, clock } = options;
  const stoppers: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stoppers.reverse())
      await s().catch((err: unknown) => logger.warn({ err }, 'stop failed'));
  };
  try {
    let azurite: RunningAzurite | null = null;
    let connectionString: StorageConnection | null =
      settings.STORAGE_CONNECTION_STRING ?? storageAccessFromSettings(settings);
    if (!connectionString) {
      const ports = { blobPort: settings.AZURITE_BLOB_PORT, tablePort: settings.AZURITE_TABLE_PORT };
      azurite = options.inMemory
        ? await startAzurite(ports)
        : await useSharedAzurite({ ...ports, location: dataPath(settings, 'azurite') });
      stoppers.push(azurite.stop);
      connectionString = azurite.connectionString;
      logger.info(
        { tablePort: azurite.tablePort, blobPort: azurite.blobPort, reused: !azurite.startedHere },
        azurite.startedHere ? 'Azurite started' : 'Azurite already running: reused',
      );
    }

    // The demo's ledger is seeded before the bot's schedules start: on a business day after the
    // job's hour, the job caught up at start would otherwise run on an empty ledger, and the day's
    // card would say « Aucune relance » for the whole day.
    const bot = await startBotServer({
      settings,
      connectionString,
      logger,
      clock,
      prepare: settings.DEMO_DATA
        ? async (stores, ladder) => {
            const seeded = await seedDemoIfEmpty(stores, clock.today(), ladder, {
              id: settings.CONTROLLER_EMAIL,
              name: settings.CONTROLLER_NAME,
            });
            if (seeded) logger.info(seeded, 'demo portfolio loaded');
          }
        : undefined,
    });
    stoppers.push(bot.stop);

    if (settings.DEMO_DATA) {
      // The demo shows the day's card from the first minute, whatever the hour — on a day off, the
      // last business day's.
      // After the catch-up of a missed 08:00 run, if there was one: the day is then done.
      await bot.runJob({ trigger: 'startup', date: bot.dunningDay(), onlyIfNotDone: true });
    }

    let playground: RunningPlayground | null = null;
    if (!settings.BOT_ID) {
      playground = await startPlayground({
        port: settings.PLAYGROUND_PORT,
        botEndpoint: `http://127.0.0.1:${bot.port}/api/messages`,
        configPath: options.playgroundConfigPath,
        logFile: dataPath(settings, 'playground.log'),
      });
      stoppers.push(playground.stop);
    }
    return { bot, botUrl: `http://127.0.0.1:${bot.port}`, playground, azurite, connectionString, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
