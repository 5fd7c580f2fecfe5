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
    fail([`Environnement invalide « ${env} » : lettres minuscules, chiffres et tirets uniquement.`]);
  } catch {
    // parseArgs explains in English; the usage line says enough.
    fail([`Arguments non reconnus : ${argv.join(' ')}`, 'Usage : npm run package -- --env <nom>']);
  }
  return undefined;
}

function missingVariablesMessage(env: string, missing: string[]): string[] {
  const lines = [`Impossible de construire le paquet Teams « ${env} » : variable(s) non renseignée(s).`];
  for (const name of missing) {
    lines.push(`  - ${name} : à définir dans env/.env.${env} (ou env/.env.${env}.user, ou l’environnement)`);
  }
  if (env === 'local' && (missing.includes('TEAMS_APP_ID') || missing.includes('BOT_ID'))) {
    lines.push(
      'Pour Teams en local, renseignez TEAMS_APP_ID et BOT_ID dans env/.env.local : la commande « Provision »',
      'de l’Agents Toolkit (m365agents.local.yml) les crée et les y écrit.',
      'Pour essayer Relances sans Teams, inutile de construire ce paquet : l’Agents Playground n’en a pas besoin.',
    );
  }
  if (env === 'playground') {
    lines.push(
      'L’environnement playground n’a pas besoin de paquet Teams : le Playground parle directement au bot.',
    );
  }
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
      `Manifeste Teams invalide (schéma v${String(rendered.manifest.manifestVersion)}) :`,
      ...problems.map((p) => `  - ${p}`),
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
    `Paquet Teams « ${env} » prêt : ${relative(rootDir, outFile)} (manifeste v${String(
      rendered.manifest.manifestVersion,
    )} conforme au schéma, manifest.json + color.png + outline.png, ${size} Ko).\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof AppPackageError) fail(error.problems);
  else fail([`Échec de la construction du paquet Teams : ${(error as Error).message ?? String(error)}`]);
});
