import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/config/logger';
import { frenchBusinessCalendar } from '../../src/domain/business-calendar';
import { calendarDate } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { cents } from '../../src/domain/money';
import { DEFAULT_RATE_TABLE } from '../../src/domain/rate-table';
import { digestWarningText } from '../../src/i18n/reasons';
import { runDailyJob, type DailyJobDependencies } from '../../src/application/day/run-daily-job';
import type { DailyDigest } from '../../src/application/day/digest';
import { dropImportHook } from '../../src/application/ledger/import-drop-folder';
import type { StatementImporter } from '../../src/application/ledger/import-any';
import { statementImporterFor } from '../../src/application/ledger/statement-hook';
import type { Notifier } from '../../src/application/ports';
import { openStores, type TableStores } from '../../src/store';
import { LocalDropFolder } from '../../src/store/drop-folder';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';
import { fecBytes, fecText, sale, settlement } from '../support/fec-files';
import { camt053 } from '../support/bank-statements';

/**
 * The drop folder: files left there are imported before the daily job — in the order a ledger
 * needs whatever their names — each once, moved aside with their report, and the day's card says so.
 */

const MONDAY = calendarDate(2026, 11, 23);

class RecordingNotifier implements Notifier {
  digests: DailyDigest[] = [];
  async publishDigest(digest: DailyDigest) {
    this.digests.push(digest);
    return { delivered: 1, unreachable: [] };
  }
}

let stores: TableStores;
let notifier: RecordingNotifier;
let drop: string;

beforeEach(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(MONDAY));
  notifier = new RecordingNotifier();
  drop = mkdtempSync(join(tmpdir(), 'depot-'));
});

afterEach(async () => {
  await stores.storage.dropTables();
  rmSync(drop, { recursive: true, force: true });
});

function deps(statements: StatementImporter | null = null): DailyJobDependencies {
  const clock = fixedClock(MONDAY);
  return {
    stores,
    ladder: GREENOVA_LADDER,
    calendar: frenchBusinessCalendar(),
    rates: DEFAULT_RATE_TABLE,
    notifier,
    logger: silentLogger(),
    clock,
    instance: 'test',
    importDrop: dropImportHook({
      stores,
      folder: new LocalDropFolder(drop, () => clock.now()),
      ladder: GREENOVA_LADDER,
      statements,
      logger: silentLogger(),
    }),
  };
}

const CUSTOMERS =
  'code_client;raison_sociale;siren;email;adresse;code_postal;ville\n' +
  'C001;Biocoop Lyon Croix-Rousse;812 345 676;compta@biocoop.example;14 rue d’Austerlitz;69004;Lyon\n';
const INVOICES =
  'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc\n' +
  'F2026-0901;C001;21/10/2026;20/11/2026;1000,00;200,00;1200,00\n' +
  'F2026-0902;C001;21/10/2026;20/11/2026;500,00;100,00;600,00\n';
/** The payment that arrived this morning: the invoice is no longer reminded. */
const PAYMENTS = 'numero_facture;date_paiement;montant;moyen\nF2026-0902;23/11/2026;600,00;virement\n';

it('imports the files before the job, customers then invoices then payments, whatever their names', async () => {
  writeFileSync(join(drop, 'a-reglements-du-jour.csv'), PAYMENTS);
  writeFileSync(join(drop, 'b-export.csv'), INVOICES);
  writeFileSync(join(drop, 'c-tiers.csv'), CUSTOMERS);
  const result = await runDailyJob(deps(), { trigger: 'cli' });
  expect(result.status).toBe('completed');
  if (result.status !== 'completed') return;
  // The payment of this morning counts: only F2026-0901 is reminded.
  expect(result.digest.actions.flatMap((a) => a.invoices.map((i) => i.number))).toEqual(['F2026-0901']);
  expect(await stores.invoices.get('C001', 'F2026-0902')).toMatchObject({ status: 'paid' });
  expect(readdirSync(join(drop, 'done')).sort()).toEqual([
    'a-reglements-du-jour.csv',
    'a-reglements-du-jour.csv.rapport.txt',
    'b-export.csv',
    'b-export.csv.rapport.txt',
    'c-tiers.csv',
    'c-tiers.csv.rapport.txt',
  ]);
  expect(readdirSync(drop).sort()).toEqual(['done']);
  expect(result.run.warnings.map(digestWarningText)).toContain(
    'Dossier de dépôt\u00a0: 3 fichiers importés (c-tiers.csv, b-export.csv, a-reglements-du-jour.csv).',
  );
  expect(readFileSync(join(drop, 'done', 'c-tiers.csv.rapport.txt'), 'utf8')).toContain(
    'Import de «\u00a0c-tiers.csv\u00a0» — fichier clients',
  );

  // Each file once: the next run finds nothing new, and says nothing about the folder.
  const again = await runDailyJob(deps(), { trigger: 'cli' });
  if (again.status !== 'completed') throw new Error(again.status);
  expect(again.run.warnings.filter((w) => typeof w !== 'string' && w.kind === 'drop_imports')).toEqual([]);
});

it('a refused file goes to rejected/ with its report and rejects; a FEC is imported too', async () => {
  const customer = { code: 'C001', name: 'Biocoop Lyon Croix-Rousse' };
  writeFileSync(
    join(drop, 'FEC.txt'),
    fecBytes(
      fecText([
        sale({ num: 'VT1', date: '20261021', piece: 'F2026-0950', customer, ht: 10_000 }),
        settlement({
          num: 'BQ1',
          date: '20261123',
          piece: 'VIR1',
          customer,
          amount: 12_000,
          label: 'F2026-0950',
        }),
      ]),
    ),
  );
  writeFileSync(join(drop, 'factures.csv'), INVOICES.replace('1200,00', '1300,00'));
  writeFileSync(join(drop, 'notes.txt'), 'bonjour');
  const result = await runDailyJob(deps(), { trigger: 'cli' });
  if (result.status !== 'completed') throw new Error(result.status);
  expect(await stores.invoices.get('C001', 'F2026-0950')).toMatchObject({ status: 'paid' });
  expect(readdirSync(join(drop, 'rejected')).sort()).toEqual([
    'factures.csv',
    'factures.csv.rapport.txt',
    'notes.txt',
    'notes.txt.rapport.txt',
  ]);
  const report = readFileSync(join(drop, 'rejected', 'factures.csv.rapport.txt'), 'utf8');
  expect(report).toContain('Fichier refusé, rien n’a été enregistré');
  expect(report).toContain('ligne 2');
  expect(existsSync(join(drop, 'done', 'FEC.txt'))).toBe(true);
  expect(result.run.warnings.map(digestWarningText).join('\n')).toContain(
    '2 fichiers refusés (factures.csv, notes.txt)',
  );
});

it('a bank statement dropped this morning is imported before the job: the invoice it pays is not reminded', async () => {
  writeFileSync(join(drop, 'clients.csv'), CUSTOMERS);
  writeFileSync(join(drop, 'factures.csv'), INVOICES);
  writeFileSync(
    join(drop, 'releve-du-jour.xml'),
    camt053([
      {
        direction: 'credit',
        amount: cents(60_000),
        bookingDate: MONDAY,
        entryRef: 'E-2311-1',
        txs: [
          {
            amount: cents(60_000),
            remittance: ['REGLEMENT FACTURE F2026-0902'],
            payerName: 'BIOCOOP LYON CROIX ROUSSE',
          },
        ],
      },
      {
        direction: 'debit',
        amount: cents(4_500),
        bookingDate: MONDAY,
        entryRef: 'E-2311-2',
        txs: [{ amount: cents(4_500), remittance: ['PRLV EDF'] }],
      },
    ]),
  );
  const result = await runDailyJob(deps(statementImporterFor(stores)), { trigger: 'cli' });
  if (result.status !== 'completed') throw new Error(result.status);
  expect(await stores.invoices.get('C001', 'F2026-0902')).toMatchObject({
    status: 'paid',
    amountPaid: 60_000,
  });
  expect(result.digest.actions.flatMap((a) => a.invoices.map((i) => i.number))).toEqual(['F2026-0901']);
  expect(readdirSync(join(drop, 'done'))).toContain('releve-du-jour.xml');
  const report = readFileSync(join(drop, 'done', 'releve-du-jour.xml.rapport.txt'), 'utf8');
  expect(report).toContain('Import de «\u00a0releve-du-jour.xml\u00a0» — relevé bancaire');
  expect(report).toContain('1 paiement affecté automatiquement (600,00\u00a0€)');
  expect(report).toContain('1 débit ignoré (45,00\u00a0€)');
  expect(result.run.warnings.map(digestWarningText).join('\n')).toContain('3 fichiers importés');
});
