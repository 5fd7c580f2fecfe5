/**
 * `npm run package [-- --env <name>]`: builds appPackage/build/appPackage.<env>.zip, the file to upload
 * in Teams (Applications › Gérer vos applications › Charger une application personnalisée) or in the
 * Developer Portal. Values come from env/.env.<env> and env/.env.<env>.user, the process environment
 * winning, exactly as at start-up. Validation is offline: see src/bot/app-package.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppPackageError, buildAppPackage, renderManifest, validateManifest } from '../bot/app-package';
import { PROJECT_ROOT } from '../config/paths';
import { readEnvironment } from '../config/settings';
import { packageCli as texts } from '../i18n/app-package';

const APP_PACKAGE_DIR = 'appPackage';

function fail(lines: string[]): void {
  process.stderr.write(lines.join('\n') + '\n');
  process.exitCode = 1;
}

function parseEnvName(argv: string[]): string | undefined {
  try {
    const { values } = parseArgs({ args: argv, options: { env: { type: 'string', default: 'local' } } });
    const env = values.env ?? 'local';
    // Same rule as APP_ENV in settings.ts; it also keeps the name safe inside a file path.
    if (/^[a-z0-9-]+$/.test(env)) return env;
    fail([texts.invalidEnv(env)]);
  } catch {
    // parseArgs explains in English; the usage line says enough.
    fail([texts.unknownArguments(argv.join(' ')), texts.usage]);
  }
  return undefined;
}

function missingVariablesMessage(env: string, missing: string[]): string[] {
  const lines = [texts.missingVariables(env, missing.length)];
  for (const name of missing) lines.push(texts.missingVariable(name, env));
  if (env === 'local' && (missing.includes('TEAMS_APP_ID') || missing.includes('BOT_ID'))) {
    lines.push(...texts.localTeams);
  }
  if (env === 'playground') lines.push(texts.playgroundNeedsNoPackage);
  return lines;
}

async function main(argv: string[]): Promise<void> {
  const env = parseEnvName(argv);
  if (!env) return;
  const rootDir = PROJECT_ROOT;
  const vars = readEnvironment({ ...process.env, APP_ENV: env }, rootDir);
  const appDir = resolve(rootDir, APP_PACKAGE_DIR);

  const rendered = renderManifest(readFileSync(resolve(appDir, 'manifest.json'), 'utf8'), vars);
  if (!rendered.ok) return fail(missingVariablesMessage(env, rendered.missing));

  const problems = validateManifest(rendered.manifest);
  if (problems.length > 0) {
    return fail([
      texts.invalidManifest(String(rendered.manifest.manifestVersion)),
      ...problems.map(texts.problem),
    ]);
  }

  const zip = await buildAppPackage({
    manifest: rendered.manifest,
    colorIcon: readFileSync(resolve(appDir, 'color.png')),
    outlineIcon: readFileSync(resolve(appDir, 'outline.png')),
  });
  const outDir = resolve(appDir, 'build');
  mkdirSync(outDir, { recursive: true });
  const outFile = resolve(outDir, `appPackage.${env}.zip`);
  writeFileSync(outFile, zip);
  const size = (zip.length / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  process.stdout.write(
    `${texts.ready(env, relative(rootDir, outFile), String(rendered.manifest.manifestVersion), size)}\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof AppPackageError) fail(error.problems);
  else fail([texts.failed((error as Error).message ?? String(error))]);
});
