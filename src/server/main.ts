/**
 * Production entry point: `node dist/src/server/main.js`. Needs a storage account — its endpoints
 * with the managed identity (STORAGE_TABLE_ENDPOINT, STORAGE_BLOB_ENDPOINT; recommended) or
 * STORAGE_CONNECTION_STRING; starts no Azurite and no Playground. Development uses `npm start`.
 */
import '../config/quiet-warnings';
import { createLogger } from '../config/logger';
import { loadSettingsOrExit } from '../config/settings';
import { describeStorage, storageAccessFromSettings } from '../store/storage-access';
import { runningClockFrom, systemClock } from '../store/system-clock';
import { startBotServer } from './bot-server';
import { startupFailureText } from './startup-failure';

async function main(): Promise<void> {
  const settings = loadSettingsOrExit();
  const logger = createLogger(settings);
  const storage = storageAccessFromSettings(settings);
  if (!storage) {
    process.stderr.write(
      'Configuration invalide : STORAGE_TABLE_ENDPOINT et STORAGE_BLOB_ENDPOINT (identité managée, recommandé) ou STORAGE_CONNECTION_STRING — obligatoire en production (en développement, utilisez npm start).\n',
    );
    process.exit(1);
  }
  let bot: Awaited<ReturnType<typeof startBotServer>>;
  try {
    // Production runs on the system clock; TEST_CLOCK_START is refused there by the settings.
    const clock = settings.TEST_CLOCK_START
      ? runningClockFrom(new Date(settings.TEST_CLOCK_START))
      : systemClock;
    bot = await startBotServer({ settings, connectionString: storage, logger, clock });
  } catch (error) {
    // The logs get the precise error (never a key); the operator a French sentence saying what to check.
    logger.fatal({ err: error, ...describeStorage(storage) }, 'the bot could not start');
    process.stderr.write(startupFailureText(storage, error) + '\n');
    process.exit(1);
  }
  logger.info(describeStorage(storage), 'storage');
  const stop = async () => {
    await bot.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
