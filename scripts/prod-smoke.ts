/**
 * The production path, checked on this machine (`.ci/run`, after the build; or
 * `npx tsx scripts/prod-smoke.ts` — it builds when dist/ is older than the sources):
 *  1. `npm run serve` (node dist/src/server/main.js) against an Azurite given by connection string,
 *     NODE_ENV=production, no Playground, no demo data: `/healthz` answers 200 and the store stays
 *     empty;
 *  2. with BOT_ID/BOT_TENANT_ID set, an activity without a token, or with a forged one, gets 401;
 *  3. `npm run package` builds the Teams app package, and the zip holds a manifest valid against
 *     its schema, naming this bot, with both icons.
 * What it cannot check: a real Azure account, a real Entra token, Teams loading the package.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { TableClient } from '@azure/data-tables';
import { validateManifest } from '../src/bot/app-package';
import { freePort, startAzurite } from '../src/store/azurite';
import { ensureBuilt, PROJECT_ROOT, startServe } from '../test/support/serve-process';

function check(condition: boolean, what: string, detail = ''): void {
  if (!condition) throw new Error(`prod-smoke: ${what}${detail ? `\n${detail}` : ''}`);
  process.stdout.write(`  ok  ${what}\n`);
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!process.argv.includes('--no-build')) ensureBuilt();
  const azurite = await startAzurite({ blobPort: await freePort(), tablePort: await freePort() });
  const botId = randomUUID();
  const prefix = 'smoke';
  try {
    const serve = await startServe({
      NODE_ENV: 'production',
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: prefix,
      DOCUMENT_SIGNING_KEY: randomBytes(32).toString('hex'),
      BOT_ID: botId,
      BOT_TENANT_ID: randomUUID(),
      SECRET_BOT_PASSWORD: randomBytes(16).toString('hex'),
      LOG_LEVEL: 'info',
    });
    try {
      const health = await fetch(`${serve.url}/healthz`);
      check(health.status === 200, '/healthz answers 200 on the production entry point');

      const activity = {
        type: 'message',
        id: 'smoke-1',
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        from: { id: 'user', name: 'Quelqu’un' },
        recipient: { id: `28:${botId}` },
        conversation: { id: 'conv', conversationType: 'personal' },
        text: 'aide',
      };
      const post = (headers: Record<string, string>) =>
        fetch(`${serve.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(activity),
        }).then((r) => r.status);
      check((await post({})) === 401, 'an activity without a token gets 401');
      const forged = ['eyJhbGciOiJub25lIn0', 'eyJhdWQiOiJ4In0', ''].join('.');
      check(
        (await post({ authorization: `Bearer ${forged}` })) === 401,
        'an activity with a forged token gets 401',
      );

      const customers = TableClient.fromConnectionString(azurite.connectionString, `${prefix}Customers`, {
        allowInsecureConnection: true,
      });
      let rows = 0;
      for await (const _ of customers.listEntities()) rows++;
      check(rows === 0, 'no demo data in production (the customers table is empty)');
      const output = serve.output();
      check(!/playground/i.test(output), 'no Playground started', output);
      check(!/Azurite started/i.test(output), 'no embedded Azurite started', output);

      await serve.stop('SIGTERM');
      check((await serve.exited) === 0, 'SIGTERM stops it cleanly (exit 0)', serve.output());
    } finally {
      await serve.stop('SIGKILL');
    }
  } finally {
    await azurite.stop();
  }

  const teamsAppId = randomUUID();
  const packaged = spawnSync('npm', ['run', '--silent', 'package', '--', '--env', 'smoke'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, TEAMS_APP_ID: teamsAppId, BOT_ID: botId },
    encoding: 'utf8',
  });
  check(
    packaged.status === 0,
    'npm run package builds the Teams app package',
    packaged.stdout + packaged.stderr,
  );
  const zip = await JSZip.loadAsync(
    readFileSync(resolve(PROJECT_ROOT, 'appPackage/build/appPackage.smoke.zip')),
  );
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;
  const problems = validateManifest(manifest);
  check(problems.length === 0, 'the packaged manifest is valid against its schema', problems.join('\n'));
  const bots = manifest.bots as Array<{ botId: string }>;
  check(manifest.id === teamsAppId && bots[0]?.botId === botId, 'the manifest names this app and this bot');
  check(zip.file('color.png') !== null && zip.file('outline.png') !== null, 'both icons are in the package');
  process.stdout.write(`prod-smoke passed in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message ?? String(error)}\n`);
    process.exit(1);
  },
);
