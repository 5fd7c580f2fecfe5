/**
 * `npm run import -- <clients|factures|paiements> <fichier> [--skip-invalid]`
 * `npm run import -- pdf <dossier>` (invoices' PDFs, see ./import-pdfs.ts)
 * `npm run import -- releve <fichier>` (a bank statement, see ./import-statement.ts)

 * `npm run import -- fec <fichier>` (a FEC: customers, invoices, payments, see ./import-fec.ts)
 * (English kinds accepted: customers, invoices, payments).
 * Exit code 0 when imported, 1 when the file was refused or could not be read, 2 on bad usage.
 */
import '../config/quiet-warnings';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
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
import { importPdfFolder } from './import-pdfs';
import { importStatementCli, STATEMENT_KINDS } from './import-statement';

import { importFecCli } from './import-fec';
import { keepHeapNearLiveSize } from './heap-governor';

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
  keepHeapNearLiveSize();
  if (argv[0]?.toLowerCase() === 'pdf') return importPdfFolder(argv.slice(1));
  if (STATEMENT_KINDS.has(argv[0]?.toLowerCase() ?? '')) return importStatementCli(argv.slice(1));

  if (argv[0]?.toLowerCase() === 'fec') return importFecCli(argv.slice(1), checkReadable);
  const skipInvalid = argv.includes('--skip-invalid');
  const [kindArg, fileArg] = argv.filter((a) => !a.startsWith('--'));
  const kind = kindArg ? KINDS[kindArg.toLowerCase()] : undefined;
  if (!kind || !fileArg) {
    process.stderr.write(`${fr.importCli.usage}\n`);
    return 2;
  }
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), fileArg);
  try {
    checkReadable(path);
  } catch (error) {
    process.stderr.write(`${fr.importCli.unreadable(path, (error as Error).message)}\n`);
    return 1;
  }
  const settings = loadSettingsOrExit();
  const bar = progressBar(fr.importCli.progress);
  // The rejects file is written as its lines come, and only if there are some.
  const rejectsPath = path.replace(/(\.csv)?$/i, '.rejets.csv');
  let rejects: FileHandle | null = null;
  const result = await withStores(settings, systemClock, async (stores) => {
    try {
      return await importLedgerFile(stores, {
        kind,
        // Read from disk in chunks, once per reading: a file is never held whole.
        open: () => createReadStream(path, { highWaterMark: 64 * 1024 }),
        fileName: basename(path),
        actor: {
          id: 'cli',
          name: fr.actors.commandLine(process.env.USER),
        },
        today: systemClock.today(),
        ladder: loadLadder(settings),
        skipInvalid,
        writeRejects: async (chunk) => {
          rejects ??= await open(rejectsPath, 'w');
          await rejects.write(chunk);
        },
        onProgress: (done, total) => bar.update(done, total),
      });
    } finally {
      await rejects?.close();
    }
  });
  bar.done();
  if (result.report) process.stdout.write(`${result.report}\n`);
  for (const notice of result.notices) process.stdout.write(`${importNotices.printed(notice)}\n`);
  if (result.noticesLeftOut > 0) {
    process.stdout.write(`${importNotices.printed(importNotices.more(result.noticesLeftOut))}\n`);
  }
  if (rejects) process.stdout.write(`${fr.importCli.rejectsWritten(rejectsPath)}\n`);
  process.stdout.write(`${importSummary(result)}\n`);
  return result.status === 'imported' ? 0 : 1;
}

/** Opens the file and reads a byte: a missing file, a folder or a forbidden one is said before anything starts. */
function checkReadable(path: string): void {
  const fd = openSync(path, 'r');
  try {
    readSync(fd, Buffer.alloc(1), 0, 1, 0);
  } finally {
    closeSync(fd);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${fr.importCli.failed((error as Error).message)}\n`);
    process.exit(1);
  },
);
