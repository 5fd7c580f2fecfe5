/**
 * Production entry point: `node dist/src/server/main.js`. Needs STORAGE_CONNECTION_STRING (a real
 * storage account); starts no Azurite and no Playground. Development uses `npm start` instead.
 */
import '../config/quiet-warnings';
import { createLogger } from '../config/logger';
import { loadSettingsOrExit } from '../config/settings';
import { systemClock } from '../store/system-clock';
import { startBotServer } from './bot-server';

async function main(): Promise<void> {
  const settings = loadSettingsOrExit();
  const logger = createLogger(settings);
  if (!settings.STORAGE_CONNECTION_STRING) {
    process.stderr.write(
      'Configuration invalide : STORAGE_CONNECTION_STRING — obligatoire en production (en développement, utilisez npm start).\n',
    );
    process.exit(1);
  }
  const bot = await startBotServer({
    settings,
    connectionString: settings.STORAGE_CONNECTION_STRING,
    logger,
    clock: systemClock,
  });
  const stop = async () => {
    await bot.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
