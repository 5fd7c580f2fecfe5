/**
 * `npm run playground:as -- karim` — a second Agents Playground, as another person of the demo
 * (a sales rep, the director), against the bot of a running `npm start`. It shows their side: a
 * rep receives the notices before their customers are escalated and answers them.
 */
import '../config/quiet-warnings';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../config/paths';
import { loadSettingsOrExit } from '../config/settings';
import { normalizeText } from '../domain/customer-search';
import { configAs, type PlaygroundConfig } from './playground-config';
import { fr } from '../i18n/fr';
import { freePort, isPortOpen } from '../store/azurite';
import { startPlayground } from './playground';
import { dataPath } from './stack';

async function main(argv: string[]): Promise<number> {
  const who = argv.find((a) => !a.startsWith('--'));
  const source = resolve(PROJECT_ROOT, '.m365agentsplayground.yml');
  const config = YAML.parse(readFileSync(source, 'utf8')) as PlaygroundConfig;
  const as = who ? configAs(config, who) : null;
  if (!as) {
    const names = [config.currentUser, ...config.users].map((u) => u.name).join(', ');
    process.stderr.write(`${fr.playgroundAs.usage(names)}\n`);
    return 2;
  }
  const settings = loadSettingsOrExit();
  if (!(await isPortOpen(settings.PORT))) {
    process.stderr.write(`${fr.playgroundAs.botNotRunning(settings.PORT)}\n`);
    return 1;
  }
  mkdirSync(dataPath(settings), { recursive: true });
  const configPath = dataPath(
    settings,
    `playground-${normalizeText(as.currentUser.name).replace(/ /g, '-')}.yml`,
  );
  writeFileSync(configPath, YAML.stringify(as));
  const port = (await isPortOpen(settings.PLAYGROUND_PORT + 1))
    ? await freePort()
    : settings.PLAYGROUND_PORT + 1;
  const playground = await startPlayground({
    port,
    botEndpoint: `http://127.0.0.1:${settings.PORT}/api/messages`,
    configPath,
    logFile: dataPath(settings, `playground-${port}.log`),
  });
  process.stdout.write(`\n${fr.playgroundAs.ready(as.currentUser.name, playground.url)}\n\n`);
  const stop = async () => {
    await playground.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
