import iconv from 'iconv-lite';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { calendarDate } from '../../src/domain/calendar-date';
import type { Invoice } from '../../src/domain/ledger';
import type { ImportKind } from '../../src/import';
import {
  importLedgerFile,
  type ImportFile,
  type ImportRequest,
  type ImportResult,
} from '../../src/application/ledger/import-ledger-file';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { readCsv } from '../support/csv-reading';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

/**
 * What an import holds and tells when a file is big or bad, against a real Azurite: a file that is
 * clearly not an export stops the reading, whatever the options, and nothing is written; the report
 * lists the first lines in error and counts the others; the rejects file loses no rejected line and
 * is safe to open in Excel.
 */

const TODAY = calendarDate(2026, 3, 31);
const ACTOR = { id: 'aad-ctrl', name: 'Camille Roux' };
/** French thousands separator, as formatInteger writes it. */
const NNBSP = '\u202f';

const INVOICE_HEADER =
  'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc;montant_regle;reference_commande';
const goodInvoice = (n: number, paid = '') =>
  `F-${n};C001;01/03/2026;31/03/2026;1 000,00;200,00;1 200,00;${paid};BC-${n}`;
/** A date that does not exist: the line is an export's, with one bad cell. */
const badDateInvoice = (n: number) => `F-${n};C001;01/03/2026;31/02/2026;1 000,00;200,00;1 200,00;;BC-${n}`;
const CUSTOMERS_FILE = [
  'code_client;raison_sociale;siren;email;adresse;code_postal;ville',
  'C001;Biocoop Lyon Croix-Rousse;812 345 676;compta@biocoop.example;14 rue d’Austerlitz;69004;Lyon',
].join('\r\n');

let stores: TableStores;

beforeEach(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(TODAY));
});

afterEach(async () => {
  await stores.storage.dropTables();
});

const fileOf = (header: string, lines: readonly string[]) => `${[header, ...lines].join('\r\n')}\r\n`;

/** The file read in chunks as `npm run import` reads it, counting the bytes each reading took. */
function chunked(content: string | Buffer): { file: ImportFile; bytesRead: () => number[] } {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const readings: number[] = [];
  return {
    file: {
      open: async function* () {
        const reading = readings.push(0) - 1;
        for (let at = 0; at < bytes.length; at += 64 * 1024) {
          const chunk = bytes.subarray(at, at + 64 * 1024);
          readings[reading]! += chunk.length;
          yield chunk;
        }
      },
    },
    bytesRead: () => readings,
  };
}

type Options = Pick<ImportRequest, 'skipInvalid' | 'writeRejects'>;

function importFile(kind: ImportKind, file: ImportFile, options: Options = {}): Promise<ImportResult> {
  const common = { kind, fileName: `${kind}.csv`, actor: ACTOR, today: TODAY, ladder: GREENOVA_LADDER };
  return importLedgerFile(stores, { ...common, ...file, ...options });
}

const importText = (kind: ImportKind, text: string, options: Options = {}) =>
  importFile(kind, { bytes: Buffer.from(text, 'utf8') }, options);

async function withCustomer(): Promise<void> {
  expect((await importText('customers', CUSTOMERS_FILE)).counts.created).toBe(1);
}

async function storedInvoices(): Promise<Invoice[]> {
  const all: Invoice[] = [];
  for await (const invoice of stores.invoices.scanAll()) all.push(invoice);
  return all;
}

async function importJournal(kind: ImportKind) {
  return (await stores.journal.listForDays(TODAY, TODAY)).filter((e) => e.action === `import.${kind}`);
}

/** Lines of a log, a dump, another tool's output: no cell of an export in them. */
function junkLines(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `2026-03-31 08:${String(i % 60).padStart(2, '0')} INFO worker-${i % 7} connexion ${i} refusée`,
  );
}

describe('a file that is clearly not an export', () => {
  it.each([false, true])(
    'under a valid header: the reading stops after 1 000 lines in error, nothing is written (skipInvalid: %s)',
    async (skipInvalid) => {
      await withCustomer();
      const text = fileOf(INVOICE_HEADER, junkLines(50_000));
      const reading = chunked(text);
      const rejectChunks: Uint8Array[] = [];

      const result = await importFile('invoices', reading.file, {
        skipInvalid,
        writeRejects: async (chunk) => void rejectChunks.push(chunk),
      });

      expect(result.status).toBe('refused');
      expect(result.fileErrors).toEqual([
        `ce fichier ne ressemble pas à un export de factures\u00a0: les 1${NNBSP}000 premières lignes sont toutes en erreur ` +
          '(attendu\u00a0: une facture par ligne, sous l’en-tête). Import arrêté\u00a0; rien n’a été enregistré.',
      ]);
      expect(result.stoppedAtLine).toBe(1_001);
      expect(result.counts).toEqual({
        read: 1_000,
        valid: 0,
        rejected: 1_000,
        created: 0,
        updated: 0,
        unchanged: 0,
      });
      // Its start to sniff the encoding, then one reading, stopped early: most of it never read.
      const [sniffed, checked, ...others] = reading.bytesRead();
      expect(sniffed).toBe(64 * 1024);
      expect(checked).toBeLessThan(Buffer.byteLength(text) / 10);
      expect(others).toEqual([]);

      expect(await storedInvoices()).toEqual([]);
      expect(rejectChunks).toEqual([]);
      expect(result.rejectedCsv).toBeNull();
      expect((await importJournal('invoices')).map((e) => e.outcome)).toEqual(['refused']);

      const report = result.report.split('\n');
      expect(report[0]).toBe(`fichier\u00a0: ${result.fileErrors[0]}`);
      // The problems of the first 200 lines in error, then how many more.
      expect(new Set(result.problems.map((p) => p.line)).size).toBe(200);
      expect(Math.max(...result.problems.map((p) => p.line))).toBe(201);
      expect(report[report.length - 1]).toBe('… et 800 autres lignes en erreur');
    },
  );

  it('without the expected header: refused at its first line, saying which columns were expected', async () => {
    const text = fileOf('2026-03-31 08:00 INFO démarrage du service', junkLines(50_000));
    const reading = chunked(text);

    const result = await importFile('invoices', reading.file, { skipInvalid: true });

    expect(result.status).toBe('refused');
    expect(result.report).toBe(
      'fichier\u00a0: ce fichier ne ressemble pas à un export de factures\u00a0: aucune des colonnes attendues sur sa ' +
        'ligne d’en-tête. Attendu\u00a0: une première ligne qui nomme les colonnes numero_facture, code_client, ' +
        'date_facture, date_echeance, montant_ht, montant_tva et montant_ttc, puis une facture par ligne.',
    );
    // Its start to sniff the encoding, then its first chunk: the header is enough.
    expect(reading.bytesRead()).toEqual([64 * 1024, 64 * 1024]);
    expect(await storedInvoices()).toEqual([]);
  });

  it('with more than 10 000 lines in error after good ones: the reading stops there, nothing is written', async () => {
    await withCustomer();
    const good = Array.from({ length: 1_000 }, (_, i) => goodInvoice(i + 1));
    const bad = Array.from({ length: 12_000 }, (_, i) => badDateInvoice(1_001 + i));
    const reading = chunked(fileOf(INVOICE_HEADER, [...good, ...bad]));

    const result = await importFile('invoices', reading.file, { skipInvalid: true });

    expect(result.status).toBe('refused');
    // Header, 1 000 good lines, then the 10 001st line in error.
    expect(result.stoppedAtLine).toBe(1 + 1_000 + 10_001);
    expect(result.fileErrors).toEqual([
      `plus de 10${NNBSP}000 lignes en erreur (lecture arrêtée à la ligne 11${NNBSP}002)\u00a0: corrigez l’export lui-même. ` +
        'Import arrêté\u00a0; rien n’a été enregistré.',
    ]);
    expect(result.counts).toMatchObject({ read: 11_001, valid: 1_000, rejected: 10_001, created: 0 });
    expect(await storedInvoices()).toEqual([]);
  });

  it('is not what an export imported before its customers is: every line rejected, reported and handed back', async () => {
    // No customer known yet: each line is an export's, with an unknown customer.
    const lines = Array.from({ length: 1_200 }, (_, i) => goodInvoice(i + 1));

    const refused = await importText('invoices', fileOf(INVOICE_HEADER, lines));
    expect(refused.status).toBe('refused');
    expect(refused.fileErrors).toEqual([]);
    expect(refused.stoppedAtLine).toBeNull();
    expect(refused.counts).toMatchObject({ read: 1_200, rejected: 1_200 });

    const skipped = await importText('invoices', fileOf(INVOICE_HEADER, lines), { skipInvalid: true });
    expect(skipped.status).toBe('imported');
    expect(skipped.counts).toMatchObject({ read: 1_200, valid: 0, rejected: 1_200, created: 0 });
    expect(skipped.report.split('\n').pop()).toBe(`… et 1${NNBSP}000 autres lignes en erreur`);
    const rejects = readCsv(Buffer.from(skipped.rejectedCsv!).toString('utf8'));
    expect(rejects.records.map((r) => r.fields[0])).toEqual(lines.map((_, i) => `F-${i + 1}`));
  });
});

describe('the encoding', () => {
  it('of a Windows-1252 file whose first accent comes after the sniffed start is found, and the file read again as such', async () => {
    await withCustomer();
    const lines = Array.from({ length: 1_200 }, (_, i) => goodInvoice(i + 1));
    lines.push(goodInvoice(1_201).replace('BC-1201', 'Réf. été'));
    const text = fileOf(INVOICE_HEADER, lines);
    const bytes = iconv.encode(text, 'windows-1252');
    expect(bytes.indexOf(0xe9)).toBeGreaterThan(64 * 1024);
    const reading = chunked(bytes);

    const result = await importFile('invoices', reading.file);

    expect(result.report).toBe('');
    expect(result.counts).toMatchObject({ read: 1_201, created: 1_201 });
    expect((await stores.invoices.findByNumber('F-1201'))?.orderRef).toBe('Réf. été');
    // The start, the reading that met the accent, the reading again, the writing.
    expect(reading.bytesRead()).toHaveLength(4);
    expect(reading.bytesRead()[1]).toBe(bytes.length);
  });
});

describe('the report', () => {
  it.each([
    [201, '… et 1 autre ligne en erreur'],
    [202, '… et 2 autres lignes en erreur'],
  ])('of %i lines in error lists the first 200 and ends with « %s »', async (count, last) => {
    await withCustomer();
    const lines = Array.from({ length: count }, (_, i) => badDateInvoice(i + 1));

    const result = await importText('invoices', fileOf(INVOICE_HEADER, lines));

    const report = result.report.split('\n');
    expect(report).toHaveLength(201);
    expect(report[0]).toBe(
      'ligne 2, colonne date_echeance («\u00a031/02/2026\u00a0»)\u00a0: date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
    );
    expect(report[199]).toMatch(/^ligne 201, colonne date_echeance /);
    expect(report[200]).toBe(last);
    expect(result.counts).toMatchObject({ read: count, rejected: count });
  });

  it('lists 50 warnings and counts the others', async () => {
    const header = 'code_client;raison_sociale;siren;email;adresse;code_postal;ville;delai_paiement_jours';
    const lines = Array.from(
      { length: 61 },
      (_, i) =>
        `C${i + 1};Client ${i + 1};812 345 676;compta${i + 1}@client.example;1 rue Haute;69004;Lyon;90`,
    );

    const result = await importText('customers', fileOf(header, lines));

    expect(result.status).toBe('imported');
    expect(result.counts.created).toBe(61);
    expect(result.warnings).toHaveLength(50);
    expect(result.warnings[0]).toMatch(
      /^ligne 2\u00a0: délai de paiement de 90 jours pour le client C1\u00a0: /,
    );
    const report = result.report.split('\n');
    expect(report).toHaveLength(51);
    expect(report[50]).toBe('… et 11 autres avertissements');
  });

  it('keeps the first 200 notes and counts the others', async () => {
    await withCustomer();
    const numbers = Array.from({ length: 203 }, (_, i) => i + 1);
    await importText(
      'invoices',
      fileOf(
        INVOICE_HEADER,
        numbers.map((n) => goodInvoice(n, '500,00')),
      ),
    );

    // A stale export: it shows less paid than Relances knows, for every invoice.
    const result = await importText(
      'invoices',
      fileOf(
        INVOICE_HEADER,
        numbers.map((n) => goodInvoice(n, '100,00')),
      ),
    );

    expect(result.status).toBe('imported');
    expect(result.notices).toHaveLength(200);
    expect(result.notices[0]).toMatch(/^F-1\u00a0: l’export indique 100,00\u00a0€ réglés/);
    expect(result.noticesLeftOut).toBe(3);
  });
});

describe('the rejects file', () => {
  it('holds every rejected line, in file order, written in chunks, every formula neutralised', async () => {
    await withCustomer();
    const formulas = [
      '=HYPERLINK("http://exemple.test","clic")',
      '+33 4 72 00 14 21',
      '-120,00',
      '@SOMME(A1:A9)',
    ];
    const lines: string[] = [];
    const rejectedNumbers: string[] = [];
    for (let n = 1; n <= 1_600; n++) {
      if (n % 2 === 0) {
        lines.push(goodInvoice(n));
        continue;
      }
      // A bad date, and a reference a spreadsheet would evaluate.
      lines.push(badDateInvoice(n).replace(`BC-${n}`, formulas[rejectedNumbers.length % formulas.length]!));
      rejectedNumbers.push(`F-${n}`);
    }
    const chunks: Uint8Array[] = [];

    const result = await importText('invoices', fileOf(INVOICE_HEADER, lines), {
      skipInvalid: true,
      writeRejects: async (chunk) => void chunks.push(chunk),
    });

    expect(result.status).toBe('imported');
    expect(result.counts).toMatchObject({ read: 1_600, valid: 800, rejected: 800, created: 800 });
    expect(await storedInvoices()).toHaveLength(800);
    // Handed to the sink as it was written, never whole; nothing kept in the result.
    expect(chunks.length).toBeGreaterThan(1);
    expect(result.rejectedCsv).toBeNull();
    // The report is capped; the rejects file is not.
    expect(result.report.split('\n')).toHaveLength(201);

    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rejects = readCsv(bytes.subarray(3).toString('utf8'));
    expect(rejects.header?.fields).toEqual([...INVOICE_HEADER.split(';'), 'motif_rejet']);
    expect(rejects.records.map((r) => r.fields[0])).toEqual(rejectedNumbers);
    for (const record of rejects.records) {
      expect(record.fields[9]).toBe(
        'date_echeance\u00a0: date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
      );
      // What Excel would evaluate starts with an apostrophe: shown as text.
      for (const field of record.fields) expect(field).not.toMatch(/^[=+\-@]/);
    }
    expect(rejects.records.slice(0, 4).map((r) => r.fields[8])).toEqual(formulas.map((f) => `'${f}`));
  });
});
