/**
 * `npm run import -- pdf <dossier>`: every `*.pdf` of the folder (not its sub-folders) matched to
 * its invoice and stored (see src/application/ledger/import-invoice-pdfs.ts). Exit code 0 when
 * every file was taken or already there, 1 when a file was refused or the folder unreadable, 2 on
 * bad usage.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { loadSettingsOrExit } from '../config/settings';
import { fr } from '../i18n/fr';
import { invoicePdfImport as t } from '../i18n/invoice-pdfs';
import { importInvoicePdfs, pdfImportReport, type PdfFile } from '../application/ledger/import-invoice-pdfs';
import { BlobDocumentStore } from '../store/document-store';
import { systemClock } from '../store/system-clock';
import { withStores } from './storage-session';

async function pdfFiles(folder: string): Promise<PdfFile[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: PdfFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !/\.pdf$/i.test(entry.name)) continue;
    const path = join(folder, entry.name);
    files.push({ name: entry.name, size: (await stat(path)).size, read: () => readFile(path) });
  }
  return files;
}

export async function importPdfFolder(args: readonly string[]): Promise<number> {
  const [folderArg] = args.filter((a) => !a.startsWith('--'));
  if (!folderArg) {
    process.stderr.write(`${t.usage}\n`);
    return 2;
  }
  const folder = resolve(process.env.INIT_CWD ?? process.cwd(), folderArg);
  let files: PdfFile[];
  try {
    files = await pdfFiles(folder);
  } catch (error) {
    process.stderr.write(`${t.notAFolder(folder, (error as Error).message)}\n`);
    return 1;
  }
  if (files.length === 0) {
    process.stdout.write(`${t.noPdf(folder)}\n`);
    return 0;
  }
  const settings = loadSettingsOrExit();
  const result = await withStores(settings, systemClock, (stores, connectionString) =>
    importInvoicePdfs(
      {
        stores,
        documents: new BlobDocumentStore(connectionString, settings.BLOB_CONTAINER),
        clock: systemClock,
      },
      {
        folder: basename(folder),
        files,
        actor: { id: 'cli', name: fr.actors.commandLine(process.env.USER) },
      },
    ),
  );
  process.stdout.write(`${pdfImportReport(basename(folder), result)}\n`);
  return result.counts.rejected > 0 ? 1 : 0;
}
