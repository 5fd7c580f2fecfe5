/**
 * The drop folder imported before the daily job: every file waiting there goes through the import
 * of any file (`import-any.ts`) — customers first, then invoices, then FEC, payments and bank
 * statements (a payment needs its invoice, an invoice its customer) — then is moved to `done/` or
 * `rejected/` with its report. A file that cannot be read or imported is left where it is and
 * tried again at the next run; nothing stops the job.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { DigestWarning } from '../../domain/job-run';
import type { LadderConfig } from '../../domain/ladder';
import { dropReportText } from '../../i18n/import-any';
import type { DropFolder, DroppedFile, Logger } from '../ports';
import { SYSTEM_ACTORS } from '../system-actors';
import {
  detectImportKind,
  importAnyFile,
  type AnyImportReport,
  type DetectedKind,
  type StatementImporter,
} from './import-any';
import type { ImportStores } from './import-ledger-file';

export interface DropImportDependencies {
  stores: ImportStores;
  folder: DropFolder;
  ladder: LadderConfig;
  statements: StatementImporter | null;
  logger: Logger;
}

export interface DropImportOutcome {
  reports: AnyImportReport[];
  /** Files that could not be imported this time (left in place). */
  failed: string[];
}

const ORDER: Readonly<Record<DetectedKind, number>> = {
  customers: 0,
  invoices: 1,
  fec: 2,
  payments: 3,
  statement: 4,
  unknown: 5,
};

export async function importDropFolder(
  deps: DropImportDependencies,
  today: CalendarDate,
): Promise<DropImportOutcome> {
  const files = await deps.folder.list();
  const kinds = new Map<DroppedFile, DetectedKind>();
  for (const file of files) kinds.set(file, detectImportKind(await head(file)));
  const ordered = [...files].sort(
    (a, b) => ORDER[kinds.get(a)!] - ORDER[kinds.get(b)!] || a.name.localeCompare(b.name),
  );
  const outcome: DropImportOutcome = { reports: [], failed: [] };
  for (const file of ordered) {
    try {
      const report = await importAnyFile(
        deps.stores,
        {
          open: () => file.open(),
          fileName: file.name,
          actor: SYSTEM_ACTORS.dropFolder,
          today,
          ladder: deps.ladder,
        },
        deps.statements,
      );
      await deps.folder.settle(file, report.status === 'imported' ? 'done' : 'rejected', {
        text: dropReportText(report),
        rejects: report.rejectedCsv,
      });
      outcome.reports.push(report);
    } catch (error) {
      deps.logger.error({ err: error, file: file.name }, 'drop folder: import failed, file left in place');
      outcome.failed.push(file.name);
    }
  }
  return outcome;
}

async function head(file: DroppedFile): Promise<Uint8Array> {
  const iterator = file.open()[Symbol.asyncIterator]();
  try {
    const first = await iterator.next();
    return first.done ? new Uint8Array(0) : first.value.subarray(0, 8 * 1024);
  } finally {
    await iterator.return?.();
  }
}

/** The daily job's hook: the drop folder imported, and the day card's line about it (null when empty). */
export function dropImportHook(
  deps: DropImportDependencies,
): (date: CalendarDate) => Promise<Extract<DigestWarning, { kind: 'drop_imports' }> | null> {
  return async (date) => {
    const { reports, failed } = await importDropFolder(deps, date);
    if (reports.length === 0 && failed.length === 0) return null;
    return {
      kind: 'drop_imports',
      imported: reports.filter((r) => r.status === 'imported').map((r) => r.fileName),
      refused: reports.filter((r) => r.status === 'refused').map((r) => r.fileName),
      failed,
    };
  };
}
