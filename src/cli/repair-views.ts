/**
 * `npm run repair-views`: rebuilds the invoices' derived views from the source of truth (after a
 * crash between two writes, or a storage restored from a backup). Safe to run at any time.
 */
import '../config/quiet-warnings';
import { repairViews } from '../application/ledger/repair-views';
import { loadSettingsOrExit } from '../config/settings';
import { fr } from '../i18n/fr';
import { systemClock } from '../store/system-clock';
import { withStores } from './storage-session';

async function main(): Promise<number> {
  const settings = loadSettingsOrExit();
  const { invoices } = await withStores(settings, systemClock, (stores) =>
    repairViews(stores, { id: 'cli', name: fr.actors.commandLine(process.env.USER) }),
  );
  process.stdout.write(`${fr.repairViews.done(invoices)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${fr.repairViews.failed((error as Error).message)}\n`);
    process.exit(1);
  },
);
