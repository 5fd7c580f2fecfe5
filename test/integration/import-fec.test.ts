import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { addDays, calendarDate } from '../../src/domain/calendar-date';
import { importFecFile, type FecImportResult } from '../../src/application/ledger/import-fec-file';
import { importLedgerFile } from '../../src/application/ledger/import-ledger-file';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';
import { creditNote, fecBytes, fecText, sale, settlement, type FecEntrySpec } from '../support/fec-files';

/**
 * The FEC import against a real Azurite: customers, invoices and payments from one accounting
 * file, in each variant a French accounting package writes it; what is refused, and that nothing
 * is lost or counted twice.
 */

const TODAY = calendarDate(2026, 6, 30);
const ACTOR = { id: 'aad-ctrl', name: 'Camille Roux' };
const BIOCOOP = { code: 'C001', name: 'Biocoop Lyon Croix-Rousse' };
const EPICERIE = { code: 'C008', name: "L'Épicerie Verte" };

let stores: TableStores;

beforeEach(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(TODAY));
});

afterEach(async () => {
  await stores.storage.dropTables();
});

function importFec(bytes: Uint8Array, fileName = 'FEC.txt'): Promise<FecImportResult> {
  return importFecFile(stores, { bytes, fileName, actor: ACTOR, today: TODAY });
}

/** A small year: one invoice paid and lettered, one open, one partly paid, a credit note. */
function year(): FecEntrySpec[] {
  return [
    sale({
      num: 'VT1',
      date: '20260105',
      piece: 'F2026-0001',
      customer: BIOCOOP,
      ht: 100_000,
      letter: 'AA',
      letterDate: '20260210',
    }),
    sale({ num: 'VT2', date: '20260301', piece: 'F2026-0002', customer: BIOCOOP, ht: 50_000 }),
    sale({ num: 'VT3', date: '20260315', piece: 'F2026-0003', customer: EPICERIE, ht: 20_000, letter: 'b' }),
    settlement({
      num: 'BQ1',
      date: '20260208',
      piece: 'VIR-0208',
      customer: BIOCOOP,
      amount: 120_000,
      letter: 'AA',
      letterDate: '20260210',
    }),
    settlement({
      num: 'BQ2',
      date: '20260410',
      piece: 'VIR-0410',
      customer: EPICERIE,
      amount: 10_000,
      letter: 'b',
    }),
    creditNote({
      num: 'VT4',
      date: '20260320',
      piece: 'AV2026-0001',
      customer: EPICERIE,
      ht: 5_000,
      letter: 'b',
    }),
  ];
}

async function expectYearImported(result: FecImportResult): Promise<void> {
  expect(result.report).toBe('');
  expect(result.status).toBe('imported');
  expect(result.counts.customers.created).toBe(2);
  expect(result.counts.invoices.created).toBe(3);
  const paid = await stores.invoices.get('C001', 'F2026-0001');
  expect(paid).toMatchObject({
    amountInclTax: 120_000,
    amountExclTax: 100_000,
    vatAmount: 20_000,
    amountPaid: 120_000,
    status: 'paid',
  });
  const open = await stores.invoices.get('C001', 'F2026-0002');
  // No due date in a FEC: the issue date plus the default terms (30 days).
  expect(open).toMatchObject({
    amountInclTax: 60_000,
    amountPaid: 0,
    status: 'open',
    issueDate: '2026-03-01',
    dueDate: '2026-03-31',
  });
  // Partial lettering « b »: the settlement (100 €) and the credit note (60 €) lower the balance of 240 €.
  const partial = await stores.invoices.get('C008', 'F2026-0003');
  expect(partial).toMatchObject({ amountInclTax: 24_000, amountPaid: 16_000, status: 'partially_paid' });
  const epicerie = await stores.customers.get('C008');
  expect(epicerie).toMatchObject({ legalName: "L'Épicerie Verte", billingEmails: [], paymentTermsDays: 30 });
  expect(result.notices[0]).toMatch(/échéances/);
  expect(result.notices).toContain(
    '2 clients créés sans adresse ni e-mail\u00a0: complétez avec le fichier clients.',
  );
}

describe('a FEC in each variant', () => {
  it('tab-separated, UTF-8, Debit / Credit', async () => {
    await expectYearImported(await importFec(fecBytes(fecText(year()))));
    const payments = await stores.payments.listByInvoice('F2026-0003');
    expect(payments.map((p) => [p.amount, p.method]).sort()).toEqual(
      [
        [10_000, 'virement (FEC)'],
        [6_000, 'avoir (FEC)'],
      ].sort(),
    );
  });

  it('pipe-separated, ISO-8859-15, Montant / Sens', async () => {
    const bytes = fecBytes(fecText(year(), { delimiter: '|', variant: 'montant-sens' }), 'iso-8859-15');
    expect(bytes.includes(Buffer.from('É', 'utf8'))).toBe(false);
    const result = await importFec(bytes);
    expect(result.encoding).toBe('iso-8859-15');
    await expectYearImported(result);
  });

  it('UTF-8 with a BOM', async () => {
    const result = await importFec(fecBytes(fecText(year()), 'utf-8-bom'));
    expect(result.encoding).toBe('utf-8');
    await expectYearImported(result);
  });
});

describe('lettering and settlements', () => {
  it('a total lettering whose settlement is not in the file pays the invoice on DateLet', async () => {
    const entries = [
      sale({
        num: 'VT1',
        date: '20251215',
        piece: 'F2025-0900',
        customer: BIOCOOP,
        ht: 10_000,
        letter: 'ZZ',
        letterDate: '20260115',
        journal: 'VE',
      }),
    ];
    const result = await importFec(fecBytes(fecText(entries)));
    expect(result.status).toBe('imported');
    expect(await stores.invoices.get('C001', 'F2025-0900')).toMatchObject({
      status: 'paid',
      amountPaid: 12_000,
    });
    const [payment] = await stores.payments.listByInvoice('F2025-0900');
    expect(payment).toMatchObject({ date: '2026-01-15', method: 'lettrage (FEC)' });
    expect(result.notices.some((n) => n.includes('F2025-0900') && n.includes('15/01/2026'))).toBe(true);
  });

  it('an unlettered settlement goes to the invoice it names, else to the oldest open one', async () => {
    const entries = [
      sale({ num: 'VT1', date: '20260105', piece: 'F2026-0001', customer: BIOCOOP, ht: 10_000 }),
      sale({ num: 'VT2', date: '20260110', piece: 'F2026-0002', customer: BIOCOOP, ht: 20_000 }),
      settlement({
        num: 'BQ1',
        date: '20260201',
        piece: 'VIR1',
        customer: BIOCOOP,
        amount: 24_000,
        label: 'VIR BIOCOOP FACT F2026-0002',
      }),
      settlement({
        num: 'BQ2',
        date: '20260202',
        piece: 'VIR2',
        customer: BIOCOOP,
        amount: 5_000,
        label: 'VIR BIOCOOP',
      }),
    ];
    const result = await importFec(fecBytes(fecText(entries)));
    expect(result.status).toBe('imported');
    expect(await stores.invoices.get('C001', 'F2026-0002')).toMatchObject({ status: 'paid' });
    expect(await stores.invoices.get('C001', 'F2026-0001')).toMatchObject({
      amountPaid: 5_000,
      status: 'partially_paid',
    });
    expect(
      result.notices.some((n) => n.includes('VIR2') && n.includes('F2026-0001') && n.includes('1342-10')),
    ).toBe(true);
  });

  it('the sales journal is recognised by its accounts, not its code', async () => {
    const entries = [
      sale({ num: '17', date: '20260105', piece: 'FA-17', customer: BIOCOOP, ht: 10_000, journal: 'J07' }),
    ];
    const result = await importFec(fecBytes(fecText(entries)));
    expect(result.counts.invoices.created).toBe(1);
    expect(await stores.invoices.get('C001', 'FA-17')).toMatchObject({ amountInclTax: 12_000 });
  });

  it('a customer without auxiliary account is its 411 account', async () => {
    const entry = sale({ num: 'VT1', date: '20260105', piece: 'F1', customer: BIOCOOP, ht: 10_000 });
    entry.lines[0] = { account: '411BIO', accountLabel: 'Biocoop', debit: 12_000 };
    const result = await importFec(fecBytes(fecText([entry])));
    expect(result.status).toBe('imported');
    expect(await stores.customers.get('411BIO')).toMatchObject({ legalName: 'Biocoop' });
  });
});

describe('refused files', () => {
  it('an entry that does not balance refuses the whole file, its lines named, nothing written', async () => {
    const entries = year();
    entries[1]!.lines[1]!.credit = 49_000; // VT2: 600,00 € debit, 590,00 € credit
    const result = await importFec(fecBytes(fecText(entries)));
    expect(result.status).toBe('refused');
    expect(result.report).toBe(
      'ligne 5 («\u00a0VT2\u00a0»)\u00a0: écriture VT2 du journal VT déséquilibrée\u00a0: débit 600,00\u00a0€, crédit 590,00\u00a0€ (lignes 5, 6, 7)',
    );
    expect(await stores.customers.list()).toEqual([]);
    expect(await stores.invoices.listOpen()).toEqual([]);
    const rejects = Buffer.from(result.rejectedCsv!).toString('utf8');
    expect(rejects.split('\r\n').filter((l) => l.includes('VT2'))).toHaveLength(3);
    expect(rejects).toContain('motif_rejet');
    const [entry] = await stores.journal.listForDays(TODAY, TODAY);
    expect(entry).toMatchObject({ action: 'import.fec', outcome: 'refused' });
  });

  it('bad dates and amounts are named by line and column', async () => {
    const text = fecText(year()).split('\r\n');
    text[1] = text[1]!.replace('20260105', '20260230').replace('1200,00', '12O0,00');
    const result = await importFec(fecBytes(text.join('\r\n')));
    expect(result.status).toBe('refused');
    expect(result.report).toContain(
      'ligne 2, colonne EcritureDate («\u00a020260230\u00a0»)\u00a0: date invalide',
    );
    expect(result.report).toContain('ligne 2, colonne Debit («\u00a012O0,00\u00a0»)\u00a0: montant invalide');
  });

  it('a file that is not a FEC is refused clearly', async () => {
    const result = await importFec(Buffer.from('numero_facture;code_client\nF1;C1\n'));
    expect(result.status).toBe('refused');
    expect(result.report).toMatch(/ne ressemble pas à un FEC/);
  });
});

describe('again, and with the other files', () => {
  it('importing the same FEC again changes nothing', async () => {
    const bytes = fecBytes(fecText(year()));
    await importFec(bytes);
    const before = await stores.invoices.listByCustomer('C008');
    const again = await importFec(bytes);
    expect(again.status).toBe('imported');
    expect(again.counts.customers).toEqual({ created: 0, unchanged: 2 });
    expect(again.counts.invoices).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(again.counts.payments.created).toBe(0);
    expect(await stores.invoices.listByCustomer('C008')).toEqual(before);
    expect(await stores.payments.listByInvoice('F2026-0003')).toHaveLength(2);
  });

  it('the customers file completes a customer created from a FEC, and a later FEC loses nothing', async () => {
    await importFec(fecBytes(fecText(year())));
    const csv =
      'code_client;raison_sociale;siren;email;adresse;code_postal;ville;delai_paiement_jours\n' +
      "C008;L'Épicerie Verte;881 203 459;contact@epicerie-verte.example;22 place Saint-Léger;73000;Chambéry;45\n";
    const completed = await importLedgerFile(stores, {
      kind: 'customers',
      bytes: Buffer.from(csv, 'utf8'),
      fileName: 'clients.csv',
      actor: ACTOR,
      today: TODAY,
      ladder: GREENOVA_LADDER,
    });
    expect(completed.report).toBe('');
    expect(completed.status).toBe('imported');
    await importFec(fecBytes(fecText(year())));
    expect(await stores.customers.get('C008')).toMatchObject({
      billingEmails: ['contact@epicerie-verte.example'],
      address: { lines: ['22 place Saint-Léger'], postalCode: '73000', city: 'Chambéry' },
      paymentTermsDays: 45,
    });
  });

  it('a new invoice takes the customer’s own terms; a known invoice keeps its due date', async () => {
    const csv =
      'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc\n' +
      'F2026-0001;C001;05/01/2026;20/02/2026;1000,00;200,00;1200,00\n';
    await importFec(
      fecBytes(
        fecText([sale({ num: 'VT0', date: '20251201', piece: 'F2025-0001', customer: BIOCOOP, ht: 100 })]),
      ),
    );
    await stores.customers.upsertMany([{ ...(await stores.customers.get('C001'))!, paymentTermsDays: 45 }]);
    await importLedgerFile(stores, {
      kind: 'invoices',
      bytes: Buffer.from(csv, 'utf8'),
      fileName: 'factures.csv',
      actor: ACTOR,
      today: TODAY,
      ladder: GREENOVA_LADDER,
    });
    const entries = [
      sale({ num: 'VT1', date: '20260105', piece: 'F2026-0001', customer: BIOCOOP, ht: 100_000 }),
      sale({ num: 'VT2', date: '20260301', piece: 'F2026-0002', customer: BIOCOOP, ht: 50_000 }),
    ];
    await importFec(fecBytes(fecText(entries)));
    expect((await stores.invoices.get('C001', 'F2026-0001'))!.dueDate).toBe('2026-02-20');
    expect((await stores.invoices.get('C001', 'F2026-0002'))!.dueDate).toBe(
      addDays(calendarDate(2026, 3, 1), 45),
    );
  });

  it('settlements pay new invoices on creation and known ones one by one, each recorded once', async () => {
    const csv =
      'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc\n' +
      'F2026-0001;C001;05/01/2026;20/02/2026;1000,00;200,00;1200,00\n';
    await importFec(
      fecBytes(
        fecText([sale({ num: 'VT0', date: '20251201', piece: 'F2025-0001', customer: BIOCOOP, ht: 100 })]),
      ),
    );
    await importLedgerFile(stores, {
      kind: 'invoices',
      bytes: Buffer.from(csv, 'utf8'),
      fileName: 'factures.csv',
      actor: ACTOR,
      today: TODAY,
      ladder: GREENOVA_LADDER,
    });
    const entries = [
      sale({
        num: 'VT1',
        date: '20260105',
        piece: 'F2026-0001',
        customer: BIOCOOP,
        ht: 100_000,
        letter: 'A',
      }),
      sale({ num: 'VT2', date: '20260301', piece: 'F2026-0002', customer: BIOCOOP, ht: 50_000, letter: 'B' }),
      settlement({
        num: 'BQ1',
        date: '20260210',
        piece: 'VIR-1',
        customer: BIOCOOP,
        amount: 120_000,
        letter: 'A',
      }),
      settlement({
        num: 'BQ2',
        date: '20260405',
        piece: 'VIR-2',
        customer: BIOCOOP,
        amount: 20_000,
        letter: 'B',
      }),
      settlement({
        num: 'BQ3',
        date: '20260420',
        piece: 'VIR-3',
        customer: BIOCOOP,
        amount: 40_000,
        letter: 'B',
      }),
    ];
    const result = await importFec(fecBytes(fecText(entries)));
    expect(result.status).toBe('imported');
    expect(result.counts.invoices).toMatchObject({ created: 1, updated: 0, unchanged: 1 });
    expect(result.counts.payments).toEqual({ created: 3, unchanged: 0 });
    // Known before the FEC: its settlement applied to the stored invoice.
    expect(await stores.invoices.get('C001', 'F2026-0001')).toMatchObject({
      amountPaid: 120_000,
      status: 'paid',
      closedOn: '2026-02-10',
    });
    // New: created paid on the day of its last settlement, both payments recorded and applied once.
    const fresh = await stores.invoices.get('C001', 'F2026-0002');
    expect(fresh).toMatchObject({ amountPaid: 60_000, status: 'paid', closedOn: '2026-04-20' });
    const payments = await stores.payments.listByInvoice('F2026-0002');
    expect(payments.map((p) => p.amount).sort()).toEqual([20_000, 40_000]);
    expect([...fresh!.appliedPaymentIds].sort()).toEqual(payments.map((p) => p.id).sort());
    expect(await stores.payments.listByMonth('2026-04')).toHaveLength(2);

    const again = await importFec(fecBytes(fecText(entries)));
    expect(again.counts.payments).toEqual({ created: 0, unchanged: 3 });
    expect(await stores.invoices.get('C001', 'F2026-0002')).toEqual(fresh);
  });
});
