import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendarDate } from '../../src/domain/calendar-date';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

/**
 * `npm run import -- fec` as a user runs it: the real command in a child process, against the test
 * Azurite, with the example FEC of Greenova (the same customers, invoices and payments as the
 * example CSV files).
 */

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');

function runImport(
  args: string[],
  prefix: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        STORAGE_CONNECTION_STRING: testConnectionString(),
        TABLE_PREFIX: prefix,
        LOG_LEVEL: 'silent',
        INIT_CWD: ROOT,
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

let stores: TableStores;
let prefix: string;
const dirs: string[] = [];

beforeEach(async () => {
  prefix = uniqueTablePrefix();
  stores = await openStores(testConnectionString(), prefix, fixedClock(calendarDate(2026, 3, 31)));
});

afterEach(async () => {
  await stores.storage.dropTables();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('imports the example FEC: the same ledger as the example CSV files, and again changes nothing', async () => {
  const first = await runImport(['fec', 'examples/fec-greenova.txt'], prefix);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('Import du FEC «\u00a0fec-greenova.txt\u00a0»');
  expect(first.stdout).toContain('80 lignes lues, 30 écritures.');
  expect(first.stdout).toContain('clients\u00a0: 10 créés — factures\u00a0: 20 créées, 0 mise à jour');
  expect(first.stdout).toContain(
    'note\u00a0: 10 clients créés sans adresse ni e-mail\u00a0: complétez avec le fichier clients.',
  );
  // As in factures.csv + paiements.csv.
  expect(await stores.invoices.get('C001', 'F2026-0031')).toMatchObject({
    status: 'paid',
    amountInclTax: 220_800,
  });
  expect(await stores.invoices.get('C002', 'F2026-0032')).toMatchObject({
    amountPaid: 500_000,
    status: 'partially_paid',
  });
  expect(await stores.invoices.get('C006', 'F2026-0045')).toMatchObject({ amountPaid: 200_000 });
  expect(await stores.invoices.get('C008', 'F2026-0038')).toMatchObject({
    amountInclTax: 40_354,
    vatAmount: 2_104,
    status: 'open',
  });
  expect(await stores.customers.get('C002')).toMatchObject({ legalName: "Société Générale d'Hygiène" });

  const again = await runImport(['fec', 'examples/fec-greenova.txt'], prefix);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(
    'clients\u00a0: 0 créé — factures\u00a0: 0 créée, 0 mise à jour — règlements et avoirs\u00a0: 0 appliqué',
  );
});

it('refuses a FEC whose entry does not balance, names the line and writes the rejects beside it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fec-'));
  dirs.push(dir);
  const lines = readFileSync(join(ROOT, 'examples', 'fec-greenova.txt'), 'utf8').split('\r\n');
  lines[2] = lines[2]!.replace('1840,00', '1804,00');
  const path = join(dir, 'FEC-faux.txt');
  writeFileSync(path, lines.join('\r\n'));
  const run = await runImport(['fec', path], prefix);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    'ligne 2 («\u00a0VT0001\u00a0»)\u00a0: écriture VT0001 du journal VT déséquilibrée',
  );
  expect(run.stdout).toContain('Fichier refusé, rien n’a été enregistré\u00a0: 1 erreur.');
  expect(existsSync(join(dir, 'FEC-faux.rejets.csv'))).toBe(true);
  expect(await stores.customers.list()).toEqual([]);
});
