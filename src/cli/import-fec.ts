/**
 * `npm run import -- fec <fichier>`: a FEC (fichier des écritures comptables) into the ledger —
 * customers, invoices, payments (see src/application/ledger/import-fec-file.ts). All or nothing:
 * exit code 0 when imported, 1 when refused (the lines in error are written to
 * `<fichier>.rejets.csv`) or unreadable, 2 on bad usage.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { loadSettingsOrExit } from '../config/settings';
import { fr } from '../i18n/fr';
import { fecReport } from '../i18n/fec';
import { importNotices } from '../i18n/import-report';
import { fecSummary, importFecFile } from '../application/ledger/import-fec-file';
import { systemClock } from '../store/system-clock';
import { progressBar } from './progress';
import { withStores } from './storage-session';

export async function importFecCli(
  args: readonly string[],
  checkReadable: (path: string) => void,
): Promise<number> {
  const [fileArg] = args.filter((a) => !a.startsWith('--'));
  if (!fileArg) {
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
  const rejectsPath = path.replace(/(\.(txt|csv))?$/i, '.rejets.csv');
  let rejects: FileHandle | null = null;
  const result = await withStores(settings, systemClock, async (stores) => {
    try {
      return await importFecFile(stores, {
        open: () => createReadStream(path, { highWaterMark: 64 * 1024 }),
        fileName: basename(path),
        actor: { id: 'cli', name: fr.actors.commandLine(process.env.USER) },
        today: systemClock.today(),
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
  process.stdout.write(`${fecReport.title(result.fileName)}\n`);
  if (result.report) process.stdout.write(`${result.report}\n`);
  for (const notice of result.notices) process.stdout.write(`${importNotices.printed(notice)}\n`);
  if (result.noticesLeftOut > 0) {
    process.stdout.write(`${importNotices.printed(importNotices.more(result.noticesLeftOut))}\n`);
  }
  if (rejects) process.stdout.write(`${fr.importCli.rejectsWritten(rejectsPath)}\n`);
  process.stdout.write(`${fecSummary(result)}\n`);
  return result.status === 'imported' ? 0 : 1;
}
