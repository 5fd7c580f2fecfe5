/**
 * `npm run job -- [--date AAAA-MM-JJ]`: runs the daily job now (today, or a past date to catch up).
 * Exit code 0 when it ran or had nothing to do, 1 when refused or failed, 2 on bad usage, 3 when
 * another process is running the job (its lease is held).
 */
import { digestWarningText, jobSkipText } from '../i18n/reasons';
import '../config/quiet-warnings';
import { EffectiveRates } from '../application/rates/effective-rates';
import { loadRates, procedureLadder } from '../config/dunning-config';
import { createLogger } from '../config/logger';
import { loadSettingsOrExit } from '../config/settings';
import { frenchBusinessCalendar } from '../domain/business-calendar';
import { formatDateShortFr, isCalendarDate, parseCalendarDate } from '../domain/calendar-date';
import { fr } from '../i18n/fr';
import { runDailyJob } from '../application/day/run-daily-job';
import { LogNotifier } from './log-notifier';
import { leaseOwner } from '../store/lease';
import { dropFolderFor } from '../store/drop-folder';
import { dropImportHook } from '../application/ledger/import-drop-folder';
import { statementImporterFor } from '../application/ledger/statement-hook';
import { systemClock } from '../store/system-clock';
import { withStores } from './storage-session';

async function main(argv: string[]): Promise<number> {
  const index = argv.indexOf('--date');
  const raw = index >= 0 ? argv[index + 1] : undefined;
  if (index >= 0 && (!raw || !isCalendarDate(raw))) {
    process.stderr.write(`${fr.jobCli.usage}\n`);
    return 2;
  }
  const settings = loadSettingsOrExit();
  const logger = createLogger({
    ...settings,
    LOG_LEVEL: settings.LOG_LEVEL === 'info' ? 'warn' : settings.LOG_LEVEL,
  });
  const result = await withStores(settings, systemClock, (stores, connectionString) =>
    runDailyJob(
      {
        stores,
        ladder: procedureLadder(settings),
        calendar: frenchBusinessCalendar(),
        rates: new EffectiveRates(loadRates(settings), stores.rates),
        notifier: new LogNotifier(logger),
        logger,
        clock: systemClock,
        instance: leaseOwner('cli'),
        importDrop: settings.IMPORT_DROP
          ? dropImportHook({
              stores,
              folder: dropFolderFor(
                settings.IMPORT_DROP,
                connectionString,
                () => systemClock.now(),
                process.env.INIT_CWD,
              ),
              ladder: procedureLadder(settings),
              statements: statementImporterFor(stores),
              logger,
            })
          : undefined,
      },
      { trigger: 'cli', date: raw ? parseCalendarDate(raw) : undefined },
    ),
  );
  if (result.status !== 'completed') {
    process.stdout.write(`${jobSkipText(result.skip)}\n`);
    // Refused (a future date) or not run (another process holds the job): the command failed.
    return result.status === 'refused' ? 1 : result.skip.code === 'lease_held' ? 3 : 0;
  }
  const { run, digest } = result;
  process.stdout.write(
    `${fr.job.summary(formatDateShortFr(run.date), digest.actions.length, run.counts.actionsCreated ?? 0)}\n`,
  );
  for (const action of digest.actions) process.stdout.write(`  ${fr.jobCli.actionLine(action)}\n`);
  for (const warning of run.warnings) process.stdout.write(`attention : ${digestWarningText(warning)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${fr.jobCli.failed((error as Error).message)}\n`);
    process.exit(1);
  },
);
