/**
 * `npm run import -- pdf <dossier>` as a user runs it: the real command in a child process, against
 * the test Azurite (tables and Blob storage), reading what it prints and what it stores.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { openStores, type TableStores } from '../../src/store';
import { BlobDocumentStore } from '../../src/store/document-store';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
const MONDAY = calendarDate(2026, 11, 23);
const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

function runImport(args: string[], prefix: string, container: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        STORAGE_CONNECTION_STRING: testConnectionString(),
        TABLE_PREFIX: prefix,
        BLOB_CONTAINER: container,
        LOG_LEVEL: 'silent',
        INIT_CWD: ROOT,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: nbsp(stdout), stderr: nbsp(stderr) }));
  });
}

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let stores: TableStores;
let prefix: string;
let dir: string;
const container = `pdfs-${Date.now()}`;

beforeAll(async () => {
  prefix = uniqueTablePrefix();
  stores = await openStores(testConnectionString(), prefix, fixedClock(MONDAY));
  await seedDemoIfEmpty(stores, MONDAY, GREENOVA_LADDER);
  dir = mkdtempSync(join(tmpdir(), 'relances-pdf-'));
});

afterAll(async () => {
  await stores.storage.dropTables();
  rmSync(dir, { recursive: true, force: true });
});

it('stores each PDF named after one invoice, refuses the others with their reason, and changes nothing the second time', async () => {
  const [first, second] = (await stores.invoices.listByCustomer('C007')).map((i) => i.number).sort();
  // A known invoice of another customer, whose « PDF » is not one.
  const scanned = (await stores.invoices.listByCustomer('C001')).map((i) => i.number).sort()[0]!;
  const one = pdf('one');
  writeFileSync(join(dir, `${first}.pdf`), one);
  writeFileSync(join(dir, `Facture ${second!.toLowerCase()} Propreté.PDF`), pdf('two'));
  writeFileSync(join(dir, `${first} et ${second}.pdf`), pdf('both'));
  writeFileSync(join(dir, 'F2026-99999.pdf'), pdf('none'));
  writeFileSync(join(dir, `${scanned}-scan.pdf`), Buffer.from('not a pdf at all'));
  writeFileSync(join(dir, `${first}.txt`), 'ignored: not a .pdf');
  mkdirSync(join(dir, 'sous-dossier'));
  writeFileSync(join(dir, 'sous-dossier', `${second}.pdf`), pdf('nested, ignored'));

  const run = await runImport(['pdf', dir], prefix, container);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(`${first}.pdf → facture ${first} (${one.length} octets)`);
  expect(run.stdout).toContain(`Facture ${second!.toLowerCase()} Propreté.PDF → facture ${second}`);
  expect(run.stdout).toContain(
    `${first} et ${second}.pdf : le nom du fichier désigne plusieurs factures (${first}, ${second})`,
  );
  expect(run.stdout).toContain(
    'F2026-99999.pdf : aucune facture connue ne porte un numéro figurant dans le nom du fichier',
  );
  expect(run.stdout).toContain(`${scanned}-scan.pdf : ce n’est pas un fichier PDF`);
  expect(run.stdout).toContain(
    '2 factures PDF enregistrées, 0 remplacée, 0 déjà à jour, 3 fichiers refusés.',
  );

  const record = (await stores.invoicePdfs.get('C007', first!))!;
  expect(record).toMatchObject({ invoiceNumber: first, fileName: `${first}.pdf`, sha256: sha(one) });
  const blob = await new BlobDocumentStore(testConnectionString(), container).get(record.documentId);
  expect(blob!.bytes.equals(one)).toBe(true);
  expect(blob!.document).toMatchObject({ kind: 'invoice-pdf', sha256: sha(one) });

  // The same files again: nothing changes.
  const again = await runImport(['pdf', dir], prefix, container);
  expect(again.stdout).toContain(
    '0 facture PDF enregistrée, 0 remplacée, 2 déjà à jour, 3 fichiers refusés.',
  );
  expect((await stores.invoicePdfs.get('C007', first!))!.documentId).toBe(record.documentId);

  // Another file for the same invoice replaces it, and the report says so.
  rmSync(join(dir, `${first}.pdf`));
  writeFileSync(join(dir, `Facture_${first}_v2.pdf`), pdf('one, corrected'));
  const replaced = await runImport(['pdf', dir], prefix, container);
  expect(replaced.stdout).toContain(
    `Facture_${first}_v2.pdf → facture ${first} : remplace le fichier importé précédemment (« ${first}.pdf »)`,
  );
  expect(replaced.stdout).toContain(
    '0 facture PDF enregistrée, 1 remplacée, 1 déjà à jour, 3 fichiers refusés.',
  );
  const now = (await stores.invoicePdfs.get('C007', first!))!;
  expect(now.documentId).not.toBe(record.documentId);
  expect(now.sha256).toBe(sha(pdf('one, corrected')));
});
