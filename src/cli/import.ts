/**
 * `npm run import -- <clients|factures|paiements> <fichier> [--skip-invalid]`
 * (English kinds accepted: customers, invoices, payments).
 * Exit code 0 when imported, 1 when the file was refused or could not be read, 2 on bad usage.
 */
import '../config/quiet-warnings';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadSettingsOrExit } from '../config/settings';
import { fr } from '../i18n/fr';
import { importNotices, importSummary } from '../i18n/import-report';
import { loadLadder } from '../config/dunning-config';
import type { ImportKind } from '../import';
import { importLedgerFile } from '../application/ledger/import-ledger-file';
import { systemClock } from '../store/system-clock';
import { progressBar } from './progress';
import { withStores } from './storage-session';

const KINDS: Record<string, ImportKind> = {
  customers: 'customers',
  clients: 'customers',
  invoices: 'invoices',
  factures: 'invoices',
  payments: 'payments',
  paiements: 'payments',
  reglements: 'payments',
};

async function main(argv: string[]): Promise<number> {
  const skipInvalid = argv.includes('--skip-invalid');
  const [kindArg, fileArg] = argv.filter((a) => !a.startsWith('--'));
  const kind = kindArg ? KINDS[kindArg.toLowerCase()] : undefined;
  if (!kind || !fileArg) {
    process.stderr.write(`${fr.importCli.usage}\n`);
    return 2;
  }
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), fileArg);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    process.stderr.write(`${fr.importCli.unreadable(path, (error as Error).message)}\n`);
    return 1;
  }
  const settings = loadSettingsOrExit();
  const bar = progressBar(fr.importCli.progress);
  const result = await withStores(settings, systemClock, (stores) =>
    importLedgerFile(stores, {
      kind,
      bytes,
      fileName: basename(path),
      actor: {
        id: 'cli',
        name: fr.actors.commandLine(process.env.USER),
      },
      today: systemClock.today(),
      ladder: loadLadder(settings),
      skipInvalid,
      onProgress: (done, total) => bar.update(done, total),
    }),
  );
  bar.done();
  if (result.report) process.stdout.write(`${result.report}\n`);
  for (const notice of result.notices) process.stdout.write(`${importNotices.printed(notice)}\n`);
  if (result.rejectedCsv) {
    const rejectsPath = path.replace(/(\.csv)?$/i, '.rejets.csv');
    writeFileSync(rejectsPath, result.rejectedCsv);
    process.stdout.write(`${fr.importCli.rejectsWritten(rejectsPath)}\n`);
  }
  process.stdout.write(`${importSummary(result)}\n`);
  return result.status === 'imported' ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${fr.importCli.failed((error as Error).message)}\n`);
    process.exit(1);
  },
);
