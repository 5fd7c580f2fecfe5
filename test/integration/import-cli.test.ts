import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, calendarDate, calendarDateAt } from '../../src/domain/calendar-date';
import type { Invoice } from '../../src/domain/ledger';
import { importLedgerFile } from '../../src/application/ledger/import-ledger-file';
import { openStores, type TableStores } from '../../src/store';
import { encodeKey } from '../../src/store/table-storage';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

/**
 * `npm run import` as a user runs it: the real command in a child process, against the test
 * Azurite, reading what it prints and what it leaves in the store and beside the file.
 */

// Each run starts Node and tsx (about a second on an idle machine, several on a busy CI runner).
jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
const USAGE =
  'Usage : npm run import -- <clients|factures|paiements> <fichier.csv> [--skip-invalid]\n' +
  '  --skip-invalid  importe les lignes valides et écrit les lignes rejetées dans <fichier>.rejets.csv\n' +
  '       npm run import -- pdf <dossier>   (les factures PDF du dossier, rapprochées par leur numéro)\n' +
  '       npm run import -- releve <fichier>   (un relevé bancaire CAMT.053 ou CFONB 120)\n' +
  '       npm run import -- fec <fichier>   (un FEC : clients, factures et règlements, tout ou rien)\n';

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from the repository root; `userDir` is where the user typed the command (INIT_CWD). */
function runImport(args: string[], prefix: string, userDir: string = ROOT): Promise<CliRun> {
  return runCli('src/cli/import.ts', args, prefix, userDir);
}

function runCli(script: string, args: string[], prefix: string, userDir: string = ROOT): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        STORAGE_CONNECTION_STRING: testConnectionString(),
        TABLE_PREFIX: prefix,
        LOG_LEVEL: 'silent',
        INIT_CWD: userDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const opened: TableStores[] = [];
const tempDirs: string[] = [];

async function freshStores(): Promise<{ prefix: string; stores: TableStores }> {
  const prefix = uniqueTablePrefix();
  const stores = await openStores(testConnectionString(), prefix, fixedClock(calendarDate(2026, 3, 31)));
  opened.push(stores);
  return { prefix, stores };
}

/** A store that already knows the customers of examples/clients.csv (loaded in-process). */
async function storesWithCustomers(): Promise<{ prefix: string; stores: TableStores }> {
  const fresh = await freshStores();
  const result = await importLedgerFile(fresh.stores, {
    ladder: GREENOVA_LADDER,
    kind: 'customers',
    bytes: readFileSync(join(ROOT, 'examples', 'clients.csv')),
    fileName: 'clients.csv',
    actor: { id: 'test', name: 'Test' },
    today: calendarDate(2026, 3, 31),
  });
  expect(result.counts.created).toBe(10);
  return fresh;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relances-import-'));
  tempDirs.push(dir);
  return dir;
}

async function storedInvoices(stores: TableStores): Promise<Invoice[]> {
  const all: Invoice[] = [];
  for await (const invoice of stores.invoices.scanAll()) all.push(invoice);
  return all.sort((a, b) => a.number.localeCompare(b.number));
}

afterAll(async () => {
  await Promise.all(opened.map((s) => s.storage.dropTables()));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const HEADER =
  'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc;montant_regle';
const GOOD_2 = 'F-100;C001;02/03/2026;01/04/2026;1 000,00;200,00;1 200,00;';
const GOOD_3 = 'F-101;C002;03/03/2026;17/04/2026;2 500,00;500,00;3 000,00;1 000,00';
const BAD_DATE_4 = 'F-102;C003;04/03/2026;31/02/2026;100,00;20,00;120,00;';
const GOOD_5 = 'F-103;C004;05/03/2026;24/04/2026;5 000,00;1 000,00;6 000,00;';
const UNKNOWN_CUSTOMER_6 = 'F-104;C999;06/03/2026;05/04/2026;10,00;2,00;12,00;';
const BAD_FILE = [HEADER, GOOD_2, GOOD_3, BAD_DATE_4, GOOD_5, UNKNOWN_CUSTOMER_6].join('\r\n') + '\r\n';

it('imports examples/clients.csv then examples/factures.csv and prints the French summary', async () => {
  const { prefix, stores } = await freshStores();

  const clients = await runImport(['clients', 'examples/clients.csv'], prefix);
  expect(clients).toEqual({
    code: 0,
    stdout: 'clients.csv\u00a0: 10 lignes lues — clients\u00a0: 10 créés, 0 mis à jour, 0 inchangé.\n',
    stderr: '',
  });

  const factures = await runImport(['factures', 'examples/factures.csv'], prefix);
  expect(factures).toEqual({
    code: 0,
    stdout: 'factures.csv\u00a0: 20 lignes lues — factures\u00a0: 20 créées, 0 mise à jour, 0 inchangée.\n',
    stderr: '',
  });

  expect((await stores.customers.list()).map((c) => c.code).sort()).toEqual(
    Array.from({ length: 10 }, (_, i) => `C${String(i + 1).padStart(3, '0')}`),
  );
  expect(await stores.customers.get('C002')).toMatchObject({ legalName: "Société Générale d'Hygiène" });
  const invoices = await storedInvoices(stores);
  expect(invoices).toHaveLength(20);
  expect(invoices.find((i) => i.number === 'F2026-0032')).toMatchObject({
    customerCode: 'C002',
    amountInclTax: 1507260,
    amountPaid: 0,
  });

  // The same command again: nothing changes, and it says so.
  const again = await runImport(['invoices', 'examples/factures.csv'], prefix);
  expect(again.code).toBe(0);
  expect(again.stdout).toBe(
    'factures.csv\u00a0: 20 lignes lues — factures\u00a0: 0 créée, 0 mise à jour, 20 inchangées.\n',
  );
  expect(await storedInvoices(stores)).toEqual(invoices);
});

it('refuses a file with bad lines: exit 1, every bad line reported, nothing written', async () => {
  const { prefix, stores } = await storesWithCustomers();
  const dir = tempDir();
  writeFileSync(join(dir, 'factures-mars.csv'), BAD_FILE, 'utf8');

  // A name relative to where the user typed the command (npm sets INIT_CWD).
  const run = await runImport(['factures', 'factures-mars.csv'], prefix, dir);
  expect(run.code).toBe(1);
  expect(run.stdout.split('\n')).toEqual([
    'ligne 4, colonne date_echeance («\u00a031/02/2026\u00a0»)\u00a0: date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
    'ligne 6, colonne code_client («\u00a0C999\u00a0»)\u00a0: client inconnu\u00a0: C999',
    'factures-mars.csv\u00a0: import refusé, rien n’a été écrit — 2 lignes en erreur sur 5 (corrigez-les, ou relancez avec --skip-invalid).',
    '',
  ]);
  expect(await storedInvoices(stores)).toEqual([]);
  expect(existsSync(join(dir, 'factures-mars.rejets.csv'))).toBe(false);
});

it('with --skip-invalid, imports the good lines and writes the bad ones to <name>.rejets.csv', async () => {
  const { prefix, stores } = await storesWithCustomers();
  const dir = tempDir();
  const file = join(dir, 'factures-mars.csv');
  writeFileSync(file, BAD_FILE, 'utf8');
  const rejectsPath = join(dir, 'factures-mars.rejets.csv');

  const run = await runImport(['factures', file, '--skip-invalid'], prefix);
  expect(run.code).toBe(0);
  expect(run.stdout.split('\n')).toEqual([
    'ligne 4, colonne date_echeance («\u00a031/02/2026\u00a0»)\u00a0: date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
    'ligne 6, colonne code_client («\u00a0C999\u00a0»)\u00a0: client inconnu\u00a0: C999',
    `Lignes rejetées écrites dans ${rejectsPath}`,
    'factures-mars.csv\u00a0: 5 lignes lues — factures\u00a0: 3 créées, 0 mise à jour, 0 inchangée, 2 rejetées.',
    '',
  ]);

  // UTF-8 with a BOM, so that Excel shows the accents.
  expect(readFileSync(rejectsPath, 'utf8')).toBe(
    [
      `\ufeff${HEADER};motif_rejet`,
      `${BAD_DATE_4};date_echeance\u00a0: date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj`,
      `${UNKNOWN_CUSTOMER_6};code_client\u00a0: client inconnu\u00a0: C999`,
      '',
    ].join('\r\n'),
  );
  expect((await storedInvoices(stores)).map((i) => i.number)).toEqual(['F-100', 'F-101', 'F-103']);

  // The rejects file, corrected in Excel, imports as it is (its BOM included).
  writeFileSync(
    rejectsPath,
    readFileSync(rejectsPath, 'utf8').replace('31/02/2026', '30/04/2026').replace(';C999;', ';C005;'),
    'utf8',
  );
  const corrected = await runImport(['factures', rejectsPath], prefix);
  expect(corrected.code).toBe(0);
  expect(corrected.stdout).toBe(
    'factures-mars.rejets.csv\u00a0: 2 lignes lues — factures\u00a0: 2 créées, 0 mise à jour, 0 inchangée.\n',
  );
  expect((await storedInvoices(stores)).map((i) => i.number)).toEqual([
    'F-100',
    'F-101',
    'F-102',
    'F-103',
    'F-104',
  ]);
});

it('stops reading a file that is clearly not an export, even with --skip-invalid: exit 1, nothing written', async () => {
  const { prefix, stores } = await storesWithCustomers();
  const dir = tempDir();
  const junk = Array.from({ length: 30_000 }, (_, i) => `2026-03-31 08:00 INFO connexion ${i} refusée`);
  writeFileSync(join(dir, 'journal.csv'), [HEADER, ...junk].join('\r\n') + '\r\n', 'utf8');

  const run = await runImport(['factures', 'journal.csv', '--skip-invalid'], prefix, dir);

  expect(run.code).toBe(1);
  expect(run.stderr).toBe('');
  const lines = run.stdout.split('\n');
  expect(lines[0]).toBe(
    'fichier\u00a0: ce fichier ne ressemble pas à un export de factures\u00a0: les 1\u202f000 premières lignes ' +
      'sont toutes en erreur (attendu\u00a0: une facture par ligne, sous l’en-tête). Import arrêté\u00a0; rien n’a été enregistré.',
  );
  expect(lines.slice(-3)).toEqual([
    '… et 800 autres lignes en erreur',
    'journal.csv\u00a0: import refusé, rien n’a été écrit — lecture arrêtée à la ligne 1\u202f001, ' +
      '1\u202f000 lignes en erreur sur 1\u202f000.',
    '',
  ]);
  expect(existsSync(join(dir, 'journal.rejets.csv'))).toBe(false);
  expect(await storedInvoices(stores)).toEqual([]);
});

it('with --skip-invalid, lists the first 200 lines in error and writes every rejected line to <name>.rejets.csv', async () => {
  const { prefix, stores } = await storesWithCustomers();
  const dir = tempDir();
  const lines = Array.from({ length: 500 }, (_, i) =>
    i % 2 === 0
      ? `F-${i};C001;02/03/2026;01/04/2026;1 000,00;200,00;1 200,00;`
      : `F-${i};C001;02/03/2026;31/02/2026;1 000,00;200,00;1 200,00;=1+1`,
  );
  writeFileSync(join(dir, 'factures-avril.csv'), [HEADER, ...lines].join('\r\n') + '\r\n', 'utf8');

  const run = await runImport(['factures', 'factures-avril.csv', '--skip-invalid'], prefix, dir);

  expect(run.code).toBe(0);
  const printed = run.stdout.split('\n');
  // Two problems a line (the date, the amount paid): 200 lines make 400 problems.
  expect(printed.slice(0, 2)).toEqual([
    'ligne 3, colonne date_echeance («\u00a031/02/2026\u00a0»)\u00a0: date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
    expect.stringMatching(/^ligne 3, colonne montant_regle \(«\u00a0=1\+1\u00a0»\)\u00a0: montant invalide/),
  ]);
  expect(printed.slice(400)).toEqual([
    '… et 50 autres lignes en erreur',
    `Lignes rejetées écrites dans ${join(dir, 'factures-avril.rejets.csv')}`,
    'factures-avril.csv\u00a0: 500 lignes lues — factures\u00a0: 250 créées, 0 mise à jour, 0 inchangée, 250 rejetées.',
    '',
  ]);
  const rejects = readFileSync(join(dir, 'factures-avril.rejets.csv'), 'utf8').split('\r\n');
  expect(rejects[0]).toBe(`\ufeff${HEADER};motif_rejet`);
  expect(rejects.slice(1, -1).map((l) => l.split(';')[0])).toEqual(
    lines.filter((_, i) => i % 2 === 1).map((l) => l.split(';')[0]),
  );
  expect(rejects[1]).toMatch(
    /^F-1;C001;02\/03\/2026;31\/02\/2026;1 000,00;200,00;1 200,00;"'=1\+1";"date_echeance/,
  );
  expect(await storedInvoices(stores)).toHaveLength(250);
});

it('explains its usage in French and exits with 2 when called wrongly', async () => {
  const { prefix } = await freshStores();
  const calls = [[], ['fournisseurs', 'examples/clients.csv'], ['clients', '--skip-invalid']];
  const runs = await Promise.all(calls.map((args) => runImport(args, prefix)));
  runs.forEach((run, k) => {
    expect({ args: calls[k], ...run }).toEqual({ args: calls[k], code: 2, stdout: '', stderr: USAGE });
  });
});

it('says in French when the file cannot be read, and exits with 1', async () => {
  const { prefix } = await freshStores();
  const missing = join(tempDir(), 'absent.csv');
  const run = await runImport(['paiements', missing], prefix);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(
    new RegExp(`^Impossible de lire ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} : `),
  );
});

it('`npm run repair-views` rebuilds the open-invoices view a crash left behind, and journals it', async () => {
  const { prefix, stores } = await storesWithCustomers();
  expect((await runImport(['factures', 'examples/factures.csv'], prefix)).code).toBe(0);
  const open = await stores.invoices.listOpen();
  expect(open.length).toBeGreaterThan(0);
  // A process died between writing an invoice and its view: the open copy is missing.
  const lost = open[0]!;
  await stores.storage.table('OpenInvoices').deleteEntity('open', encodeKey(lost.number));
  // As the restarted process reads it (this one keeps what it read until a write changes the version).
  const restarted = await openStores(testConnectionString(), prefix, fixedClock(calendarDate(2026, 3, 31)));
  opened.push(restarted);
  expect((await restarted.invoices.listOpen()).map((i) => i.number)).not.toContain(lost.number);

  const run = await runCli('src/cli/repair-views.ts', [], prefix);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^Vues des factures reconstruites à partir des \d+ factures enregistrées\.\n$/);
  expect((await stores.invoices.listOpen()).map((i) => i.number).sort()).toEqual(
    open.map((i) => i.number).sort(),
  );
  // The CLI runs on the system clock: its journal entry is under the system's date.
  const today = calendarDateAt(new Date());
  const entries = await stores.journal.listForDays(addDays(today, -1), addDays(today, 1));
  expect(entries.find((e) => e.action === 'views.repaired')?.details).toEqual({
    invoices: expect.any(Number),
  });
});

it('imports a bank statement with « releve », and refuses a file that is not one (exit 1)', async () => {
  const { prefix } = await freshStores();
  const [refused, statement] = await Promise.all([
    runImport(['releve', 'examples/clients.csv'], prefix),
    runImport(['releve', 'examples/releve-cfonb120.txt'], prefix),
  ]);
  expect(refused.code).toBe(1);
  expect(refused.stdout).toContain('Relevé refusé, rien n’a été enregistré');
  expect(refused.stdout).toContain('ce fichier n’est pas un relevé bancaire');
  // No customers nor invoices in this store: every credit is « autre crédit », nothing is lost.
  expect(statement.code).toBe(0);
  expect(statement.stdout).toContain('Relevé bancaire «\u00a0releve-cfonb120.txt\u00a0»');
  expect(statement.stdout).toContain('1 débit ignoré');
});
