/**
 * `npm run import -- releve <fichier>`: a bank statement (CAMT.053 or CFONB 120, told by its
 * content), its credits matched to open invoices (src/application/bank/import-statement.ts).
 * Exit code 0 when imported, 1 when refused or unreadable, 2 on bad usage.
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { loadSettingsOrExit } from '../config/settings';
import { importStatement } from '../application/bank/import-statement';
import { fr } from '../i18n/fr';
import { systemClock } from '../store/system-clock';
import { progressBar } from './progress';
import { withStores } from './storage-session';

/** How the command names a statement (English accepted). */
export const STATEMENT_KINDS = new Set(['releve', 'relevé', 'releves', 'statement', 'bank']);

export async function importStatementCli(args: readonly string[]): Promise<number> {
  const [fileArg] = args.filter((a) => !a.startsWith('--'));
  if (!fileArg) {
    process.stderr.write(`${fr.importCli.usage}\n`);
    return 2;
  }
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), fileArg);
  try {
    await access(path);
  } catch (error) {
    process.stderr.write(`${fr.importCli.unreadable(path, (error as Error).message)}\n`);
    return 1;
  }
  const settings = loadSettingsOrExit();
  const bar = progressBar(fr.importCli.progress);
  const result = await withStores(settings, systemClock, (stores) =>
    importStatement(stores, {
      fileName: basename(path),
      actor: { id: 'cli', name: fr.actors.commandLine(process.env.USER) },
      today: systemClock.today(),
      file: { open: () => createReadStream(path, { highWaterMark: 64 * 1024 }) },
      onProgress: (done, total) => bar.update(done, total),
    }),
  );
  bar.done();
  process.stdout.write(`${result.report}\n`);
  return result.status === 'imported' ? 0 : 1;
}
