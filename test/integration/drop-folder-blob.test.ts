import { randomBytes } from 'node:crypto';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { silentLogger } from '../../src/config/logger';
import { frenchBusinessCalendar } from '../../src/domain/business-calendar';
import { calendarDate } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { DEFAULT_RATE_TABLE } from '../../src/domain/rate-table';
import { digestWarningText } from '../../src/i18n/reasons';
import { runDailyJob, type DailyJobDependencies } from '../../src/application/day/run-daily-job';
import { dropImportHook } from '../../src/application/ledger/import-drop-folder';
import type { Notifier } from '../../src/application/ports';
import { openStores, type TableStores } from '../../src/store';
import { dropFolderFor } from '../../src/store/drop-folder';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

/**
 * `IMPORT_DROP=blob:<conteneur>`: the same drop folder as a container of the storage account (real
 * Azurite blobs) — files at the top level imported before the job, each moved under `done/` or
 * `rejected/` with its report, a file dropped again under the same name kept apart.
 */

const MONDAY = calendarDate(2026, 11, 23);
const notifier: Notifier = { publishDigest: async () => ({ delivered: 1, unreachable: [] }) };

let stores: TableStores;
let container: ContainerClient;
let containerName: string;

beforeEach(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(MONDAY));
  containerName = `depot-${randomBytes(4).toString('hex')}`;
  container =
    BlobServiceClient.fromConnectionString(testConnectionString()).getContainerClient(containerName);
});

afterEach(async () => {
  await stores.storage.dropTables();
  await container.deleteIfExists();
});

function deps(): DailyJobDependencies {
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
      folder: dropFolderFor(`blob:${containerName}`, testConnectionString(), () => clock.now()),
      ladder: GREENOVA_LADDER,
      statements: null,
      logger: silentLogger(),
    }),
  };
}

async function drop(name: string, text: string) {
  const bytes = Buffer.from(text, 'utf8');
  await container.getBlockBlobClient(name).upload(bytes, bytes.length);
}

async function names(): Promise<string[]> {
  const out: string[] = [];
  for await (const blob of container.listBlobsFlat()) out.push(blob.name);
  return out.sort();
}

async function text(name: string): Promise<string> {
  return (await container.getBlobClient(name).downloadToBuffer()).toString('utf8');
}

const CUSTOMERS =
  'code_client;raison_sociale;siren;email;adresse;code_postal;ville\n' +
  'C001;Biocoop Lyon Croix-Rousse;812 345 676;compta@biocoop.example;14 rue d’Austerlitz;69004;Lyon\n';
const INVOICES =
  'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc\n' +
  'F2026-0901;C001;21/10/2026;20/11/2026;1000,00;200,00;1200,00\n' +
  'F2026-0902;C001;21/10/2026;20/11/2026;500,00;100,00;600,00\n';
const PAYMENTS = 'numero_facture;date_paiement;montant;moyen\nF2026-0902;23/11/2026;600,00;virement\n';

it('an empty or missing container is nothing to import', async () => {
  const result = await runDailyJob(deps(), { trigger: 'cli' });
  expect(result.status).toBe('completed');
  expect(await container.exists()).toBe(false);
});

it('imports the blobs before the job, moves each under done/ or rejected/ with its report, once', async () => {
  await container.create();
  await drop('reglements.csv', PAYMENTS);
  await drop('factures.csv', INVOICES);
  await drop('clients.csv', CUSTOMERS);
  await drop('notes.txt', 'bonjour');
  // A file already settled earlier: under a folder, never imported again.
  await drop('done/ancien.csv', CUSTOMERS);

  const result = await runDailyJob(deps(), { trigger: 'cli' });
  if (result.status !== 'completed') throw new Error(result.status);
  expect(result.digest.actions.flatMap((a) => a.invoices.map((i) => i.number))).toEqual(['F2026-0901']);
  expect(await stores.invoices.get('C001', 'F2026-0902')).toMatchObject({ status: 'paid' });
  expect(await names()).toEqual([
    'done/ancien.csv',
    'done/clients.csv',
    'done/clients.csv.rapport.txt',
    'done/factures.csv',
    'done/factures.csv.rapport.txt',
    'done/reglements.csv',
    'done/reglements.csv.rapport.txt',
    'rejected/notes.txt',
    'rejected/notes.txt.rapport.txt',
  ]);
  expect(await text('done/clients.csv.rapport.txt')).toContain(
    'Import de «\u00a0clients.csv\u00a0» — fichier clients',
  );
  expect(await text('done/factures.csv')).toBe(INVOICES);
  const warnings = result.run.warnings.map(digestWarningText).join('\n');
  expect(warnings).toContain('3 fichiers importés (clients.csv, factures.csv, reglements.csv)');
  expect(warnings).toContain('notes.txt');

  // The same name dropped again the next day: imported, and kept apart from the first one.
  await drop('reglements.csv', PAYMENTS);
  const again = await runDailyJob(deps(), { trigger: 'cli' });
  if (again.status !== 'completed') throw new Error(again.status);
  const done = (await names()).filter((n) => n.startsWith('done/') && n.endsWith('reglements.csv'));
  expect(done).toHaveLength(2);
  expect(done.some((n) => /^done\/\d{4}-\d\d-\d\dT.*-reglements\.csv$/.test(n))).toBe(true);
  expect((await names()).filter((n) => !n.includes('/'))).toEqual([]);
});
