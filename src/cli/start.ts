/**
 * `npm start`: the bot with everything it needs on this machine, no configuration required.
 * Prints one line telling where to open the Playground; Ctrl-C stops everything cleanly.
 */
import '../config/quiet-warnings';
import { createLogger } from '../config/logger';
import { loadSettingsOrExit } from '../config/settings';
import { startCli } from '../i18n/cli';
import { fr } from '../i18n/fr';
import { systemClock } from '../store/system-clock';
import { startStack } from './stack';

async function main(): Promise<void> {
  const settings = loadSettingsOrExit();
  const logger = createLogger(settings);
  let stack: Awaited<ReturnType<typeof startStack>>;
  try {
    stack = await startStack({ settings, logger, clock: systemClock });
  } catch (error) {
    logger.error({ err: error }, 'start-up failed');
    process.stderr.write(`${startCli.failed((error as Error).message)}\n`);
    process.exit(1);
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.stdout.write(
    `\n${stack.playground ? fr.startup.ready(stack.playground.url) : fr.startup.readyNoPlayground(stack.bot.port)}\n\n`,
  );
}

void main();
