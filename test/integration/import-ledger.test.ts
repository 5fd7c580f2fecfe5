import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import type { Customer, Invoice, Payment } from '../../src/domain/ledger';
import { cents, formatEuros } from '../../src/domain/money';
import type { ImportKind } from '../../src/import';
import { importLedgerFile, type ImportResult } from '../../src/application/ledger/import-ledger-file';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

/**
 * The import use case against a real Azurite: what ends up stored, what the user is told, and
 * what must never happen (a half-written file, a duplicate, a paid invoice reopened, money lost).
 */

const TODAY = calendarDate(2026, 3, 31);
const ACTOR = { id: 'aad-ctrl', name: 'Camille Roux' };
const EXAMPLES = join(__dirname, '..', '..', 'examples');

let stores: TableStores;

beforeEach(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(TODAY));
});

afterEach(async () => {
  await stores.storage.dropTables();
});

// ---------------------------------------------------------------------------------------------
// Helpers: files as a user would write them, and the stored state as a whole.

function example(name: string): Buffer {
  return readFileSync(join(EXAMPLES, name));
}

async function importBytes(
  kind: ImportKind,
  bytes: Uint8Array,
  fileName: string,
  options: { skipInvalid?: boolean } = {},
): Promise<ImportResult> {
  return importLedgerFile(stores, {
    kind,
    bytes,
    fileName,
    actor: ACTOR,
    today: TODAY,
    ladder: GREENOVA_LADDER,
    ...options,
  });
}

function importText(kind: ImportKind, text: string, options: { skipInvalid?: boolean } = {}) {
  return importBytes(kind, Buffer.from(text, 'utf8'), `${kind}.csv`, options);
}

async function importExample(kind: ImportKind, name: string): Promise<ImportResult> {
  const result = await importBytes(kind, example(name), name);
  expect(result.report).toBe('');
  expect(result.status).toBe('imported');
  return result;
}

const INVOICE_HEADER =
  'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc;montant_regle;devise;reference_commande;derniere_relance;date_derniere_relance';

interface InvoiceLine {
  number: string;
  customer?: string;
  issue?: string;
  due?: string;
  ht?: string;
  vat?: string;
  ttc?: string;
  paid?: string;
  ref?: string;
  step?: string;
  stepDate?: string;
}

function invoiceLine(l: InvoiceLine): string {
  return [
    l.number,
    l.customer ?? 'C001',
    l.issue ?? '01/03/2026',
    l.due ?? '31/03/2026',
    l.ht ?? '1 000,00',
    l.vat ?? '200,00',
    l.ttc ?? '1 200,00',
    l.paid ?? '',
    'EUR',
    l.ref ?? '',
    l.step ?? '',
    l.stepDate ?? '',
  ].join(';');
}

function invoicesFile(...lines: InvoiceLine[]): string {
  return [INVOICE_HEADER, ...lines.map(invoiceLine)].join('\r\n') + '\r\n';
}

function paymentsFile(...lines: string[]): string {
  return ['numero_facture;date_paiement;montant;moyen;reference', ...lines].join('\r\n') + '\r\n';
}

/** Two customers typed by hand, so that tests of invoices do not depend on the example file. */
const CUSTOMERS_FILE = [
  'code_client;raison_sociale;siren;email;adresse;code_postal;ville',
  'C001;Biocoop Lyon Croix-Rousse;812 345 676;compta@biocoop.example;14 rue d’Austerlitz;69004;Lyon',
  'C002;Société Générale d’Hygiène;442 318 705;factures@sgh.example;12 rue du Ventoux;38070;Saint-Quentin-Fallavier',
].join('\n');

async function withTwoCustomers(): Promise<void> {
  const result = await importText('customers', CUSTOMERS_FILE);
  expect(result.counts.created).toBe(2);
}

async function allInvoices(): Promise<Invoice[]> {
  const all: Invoice[] = [];
  for await (const invoice of stores.invoices.scanAll()) all.push(invoice);
  return all.sort((a, b) => a.number.localeCompare(b.number));
}

async function invoice(number: string): Promise<Invoice> {
  const found = await stores.invoices.findByNumber(number);
  if (!found) throw new Error(`${number} is not in the store`);
  return found;
}

const numbers = (invoices: readonly Invoice[]) => invoices.map((i) => i.number).sort();

interface LedgerSnapshot {
  customers: Customer[];
  invoices: Invoice[];
  open: Invoice[];
  byCustomer: Record<string, Invoice[]>;
  numberIndex: [string, string][];
  payments: Record<string, Payment[]>;
}

/** Everything a reader of the store can see, in a stable order. */
async function snapshot(): Promise<LedgerSnapshot> {
  const customers = (await stores.customers.list()).sort((a, b) => a.code.localeCompare(b.code));
  const invoices = await allInvoices();
  const byNumber = (a: Invoice, b: Invoice) => a.number.localeCompare(b.number);
  const byCustomer: Record<string, Invoice[]> = {};
  for (const c of customers)
    byCustomer[c.code] = (await stores.invoices.listByCustomer(c.code)).sort(byNumber);
  const payments: Record<string, Payment[]> = {};
  for (const i of invoices) {
    payments[i.number] = (await stores.payments.listByInvoice(i.number)).sort((a, b) =>
      a.id.localeCompare(b.id),
    );
  }
  return {
    customers,
    invoices,
    open: (await stores.invoices.listOpen()).sort(byNumber),
    byCustomer,
    numberIndex: [...(await stores.invoices.listNumberIndex()).entries()]
      .map(([n, v]): [string, string] => [n, v.customerCode])
      .sort((a, b) => a[0].localeCompare(b[0])),
    payments,
  };
}

/** An amount as the notices print it (with its no-break spaces). */
const euros = (amount: number) => formatEuros(cents(amount));

// An independent reading of the example files: `;`-separated, unquoted, French numbers and dates.
function frenchCents(text: string): number {
  if (text.trim() === '') return 0;
  const [whole, fraction = ''] = text.replace(/\s/g, '').split(',');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Windows-1252 by hand: Latin-1, except 0x80–0x9F (Node's TextDecoder reads them as C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function fromWindows1252(bytes: Uint8Array): string {
  return [...bytes]
    .map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b)))
    .join('');
}

function isoFromFrench(text: string): CalendarDate {
  const [d, m, y] = text.split('/');
  return calendarDate(Number(y), Number(m), Number(d));
}

// ---------------------------------------------------------------------------------------------

describe('the example files', () => {
  it('import in order — clients, factures, paiements — with every value stored as written', async () => {
    const clients = await importExample('customers', 'clients.csv');
    expect(clients.counts).toEqual({
      read: 10,
      valid: 10,
      rejected: 0,
      created: 10,
      updated: 0,
      unchanged: 0,
    });
    expect(clients.notices).toEqual([]);

    const sgh = await stores.customers.get('C002');
    expect(sgh).toMatchObject({
      legalName: "Société Générale d'Hygiène",
      siren: '442318705',
      billingEmails: ['factures@sgh.example', 'relances@sgh.example'],
      address: {
        lines: ["Parc d'activités des Chesnes", '12 rue du Ventoux'],
        postalCode: '38070',
        city: 'Saint-Quentin-Fallavier',
        country: 'France',
      },
      risk: 'moderate',
      type: 'B2B',
      paymentTermsDays: 45,
      contractualPenaltyRateBp: 1200,
    });
    expect((await stores.customers.get('C004'))?.address.lines).toEqual([
      'Service des achats',
      "Plateau d'Ouillé",
    ]);
    expect((await stores.customers.get('C006'))?.contractualPenaltyRateBp).toBe(1250);
    expect(await stores.customers.get('C008')).toMatchObject({ legalName: "L'Épicerie Verte", risk: 'low' });
    expect(await stores.customers.get('C009')).toMatchObject({
      siren: null,
      type: 'B2C',
      paymentTermsDays: 15,
    });

    const factures = await importExample('invoices', 'factures.csv');
    expect(factures.counts).toEqual({
      read: 20,
      valid: 20,
      rejected: 0,
      created: 20,
      updated: 0,
      unchanged: 0,
    });

    // Every line of the file, read here independently, is stored with exactly its values.
    const lines = example('factures.csv').toString('utf8').split(/\r?\n/).slice(1).filter(Boolean);
    expect(lines).toHaveLength(20);
    const stored = await allInvoices();
    expect(numbers(stored)).toEqual(lines.map((l) => l.split(';')[0]).sort());
    for (const line of lines) {
      const [number, customer, issue, due, ht, vat, ttc, paid, , ref, step, stepDate] = line.split(';');
      const inv = stored.find((i) => i.number === number);
      expect(inv).toMatchObject({
        customerCode: customer,
        issueDate: isoFromFrench(issue!),
        dueDate: isoFromFrench(due!),
        amountExclTax: frenchCents(ht!),
        vatAmount: frenchCents(vat!),
        amountInclTax: frenchCents(ttc!),
        amountPaid: frenchCents(paid!),
        currency: 'EUR',
        orderRef: ref === '' ? null : ref,
        dunning: {
          lastStep: step === '' ? null : step,
          lastStepDate: stepDate === '' ? null : isoFromFrench(stepDate!),
        },
      });
    }
    expect(await invoice('F2026-0034')).toMatchObject({ orderRef: 'Marché 2025-HYG-07', status: 'open' });
    expect(await invoice('F2026-0031')).toMatchObject({ status: 'paid', amountPaid: 220800 });
    expect(await invoice('F2026-0043')).toMatchObject({ status: 'partially_paid', amountPaid: 45000 });

    const paiements = await importExample('payments', 'paiements.csv');
    expect(paiements.counts).toEqual({
      read: 8,
      valid: 8,
      rejected: 0,
      created: 8,
      updated: 0,
      unchanged: 0,
    });
    expect(paiements.notices).toEqual([]);
    expect(await stores.payments.listByInvoice('F2026-0045')).toHaveLength(2);

    // As documented: montant_regle of the invoices export, plus each payment of the payments file.
    const paidInPayments = new Map<string, number>();
    for (const line of example('paiements.csv').toString('utf8').split(/\r?\n/).slice(1).filter(Boolean)) {
      const [number, , amount] = line.split(';');
      paidInPayments.set(number!, (paidInPayments.get(number!) ?? 0) + frenchCents(amount!));
    }
    const stillOpen: string[] = [];
    for (const line of lines) {
      const [number, , , , , , ttc, paid] = line.split(';');
      const amountPaid = frenchCents(paid!) + (paidInPayments.get(number!) ?? 0);
      const balance = frenchCents(ttc!) - amountPaid;
      const status = balance < 100 ? 'paid' : amountPaid > 0 ? 'partially_paid' : 'open';
      if (status !== 'paid') stillOpen.push(number!);
      expect(await invoice(number!)).toMatchObject({ amountPaid, status });
    }
    expect(numbers(await stores.invoices.listOpen())).toEqual(stillOpen.sort());
    // Read by a person: paid by the file's transfer of 09/03/2026, closed on that day.
    expect(await invoice('F2026-0033')).toMatchObject({
      status: 'paid',
      amountPaid: 115848,
      closedOn: calendarDate(2026, 3, 9),
    });
    expect(await invoice('F2026-0040')).toMatchObject({ status: 'paid', amountPaid: 316800 });
    for (const n of ['F2026-0032', 'F2026-0037', 'F2026-0045'])
      expect((await invoice(n)).status).toBe('partially_paid');
  });

  it('reads factures-windows1252.csv (Windows-1252 bytes) with its accents and amounts', async () => {
    await importExample('customers', 'clients.csv');
    const bytes = example('factures-windows1252.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const result = await importExample('invoices', 'factures-windows1252.csv');
    expect(result.counts).toMatchObject({ read: 4, created: 4 });

    const lines = fromWindows1252(bytes).split(/\r?\n/).slice(1).filter(Boolean);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const [number, customer, issue, due, ht, vat, ttc, paid, , ref] = line.split(';');
      expect(await invoice(number!)).toMatchObject({
        customerCode: customer,
        issueDate: isoFromFrench(issue!),
        dueDate: isoFromFrench(due!),
        amountExclTax: frenchCents(ht!),
        vatAmount: frenchCents(vat!),
        amountInclTax: frenchCents(ttc!),
        amountPaid: frenchCents(paid!),
        orderRef: ref,
      });
    }
    // As read by a person in the file.
    expect(await invoice('F2026-0051')).toMatchObject({
      orderRef: 'Désinfectant surfaces – lot n° 12',
      amountExclTax: 431200,
      vatAmount: 86240,
      amountInclTax: 517440,
    });
    expect((await invoice('F2026-0052')).orderRef).toBe('Blanchisserie « Hôtel du Parc »');
    expect(await invoice('F2026-0053')).toMatchObject({
      orderRef: 'Épicerie vrac : lessive écologique',
      amountPaid: 20000,
      status: 'partially_paid',
    });
    expect((await invoice('F2026-0054')).orderRef).toBe('Bon n° 2026-038 (réf. œuvre sociale)');
  });

  it('reads invoices-en.csv (BOM, commas, English headers and numbers)', async () => {
    await importExample('customers', 'clients.csv');
    const result = await importExample('invoices', 'invoices-en.csv');
    expect(result.counts).toMatchObject({ read: 4, valid: 4, created: 4 });

    expect(await invoice('F2026-0055')).toMatchObject({
      customerCode: 'C001',
      issueDate: '2026-03-16',
      dueDate: '2026-04-15',
      amountExclTax: 125000,
      vatAmount: 25000,
      amountInclTax: 150000,
      amountPaid: 0,
      orderRef: 'PO 4471',
      status: 'open',
    });
    expect(await invoice('F2026-0056')).toMatchObject({
      customerCode: 'C005',
      amountExclTax: 248000,
      vatAmount: 49600,
      amountInclTax: 297600,
      amountPaid: 100000,
      orderRef: 'Order 12, phase 2',
      status: 'partially_paid',
    });
    expect((await invoice('F2026-0057')).dunning).toMatchObject({
      lastStep: 'J+10',
      lastStepDate: '2026-03-02',
    });
    expect(await invoice('F2026-0058')).toMatchObject({
      customerCode: 'C009',
      amountInclTax: 7188,
      currency: 'EUR',
      orderRef: null,
    });
  });
});

describe('all or nothing', () => {
  const BEFORE = invoicesFile(
    { number: 'F-A', customer: 'C001', due: '31/03/2026' },
    { number: 'F-B', customer: 'C002' },
  );
  const WITH_TWO_BAD_LINES = invoicesFile(
    { number: 'F-A', customer: 'C001', due: '30/04/2026' }, // line 2: a change to a known invoice
    { number: 'F-C', customer: 'C001' }, // line 3: new
    { number: 'F-D', customer: 'C002', due: '31/02/2026' }, // line 4: no such date
    { number: 'F-E', customer: 'C002', ttc: '1 200,00', paid: '100,00' }, // line 5: new
    { number: 'F-F', customer: 'C999' }, // line 6: unknown customer
  );

  beforeEach(async () => {
    await withTwoCustomers();
    expect((await importText('invoices', BEFORE)).counts.created).toBe(2);
  });

  it('refuses a file with bad lines: nothing written, every bad line named, the refusal journaled', async () => {
    const before = await snapshot();
    const result = await importText('invoices', WITH_TWO_BAD_LINES);

    expect(result.status).toBe('refused');
    expect(result.counts).toEqual({ read: 5, valid: 3, rejected: 2, created: 0, updated: 0, unchanged: 0 });
    expect(await snapshot()).toEqual(before);
    expect((await invoice('F-A')).dueDate).toBe('2026-03-31');

    const reportLines = result.report.split('\n');
    expect(reportLines).toHaveLength(2);
    expect(reportLines[0]).toBe(
      'ligne 4, colonne date_echeance («\u00a031/02/2026\u00a0»)\u00a0: date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
    );
    expect(reportLines[1]).toBe(
      'ligne 6, colonne code_client («\u00a0C999\u00a0»)\u00a0: client inconnu\u00a0: C999',
    );
    expect(result.rejectedCsv).toBeNull();

    const journal = await stores.journal.listForDays(TODAY, TODAY);
    const refusals = journal.filter((e) => e.action === 'import.invoices' && e.outcome === 'refused');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({
      actor: ACTOR,
      target: { ref: 'invoices.csv' },
      reason: '2 erreurs',
    });
  });

  it('with skipInvalid, writes the valid lines and hands the bad ones back with their reason', async () => {
    const result = await importText('invoices', WITH_TWO_BAD_LINES, { skipInvalid: true });

    expect(result.status).toBe('imported');
    expect(result.counts).toEqual({ read: 5, valid: 3, rejected: 2, created: 2, updated: 1, unchanged: 0 });
    expect(numbers(await allInvoices())).toEqual(['F-A', 'F-B', 'F-C', 'F-E']);
    expect((await invoice('F-A')).dueDate).toBe('2026-04-30');
    expect(await invoice('F-E')).toMatchObject({ amountPaid: 10000, status: 'partially_paid' });
    expect(await stores.invoices.findByNumber('F-D')).toBeNull();
    expect(await stores.invoices.findByNumber('F-F')).toBeNull();

    const rejected = Buffer.from(result.rejectedCsv!).toString('utf8').split('\r\n').filter(Boolean);
    expect(rejected).toHaveLength(3);
    expect(rejected[0]).toBe(`\ufeff${INVOICE_HEADER};motif_rejet`);
    expect(rejected[1]).toBe(
      `${invoiceLine({ number: 'F-D', customer: 'C002', due: '31/02/2026' })};date_echeance\u00a0: date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj`,
    );
    expect(rejected[2]).toBe(
      `${invoiceLine({ number: 'F-F', customer: 'C999' })};code_client\u00a0: client inconnu\u00a0: C999`,
    );

    const journal = await stores.journal.listForDays(TODAY, TODAY);
    expect(journal.filter((e) => e.action === 'import.invoices').map((e) => e.outcome)).toEqual(['ok', 'ok']);
  });
});

describe('importing the same file again changes nothing', () => {
  it('for customers', async () => {
    await importExample('customers', 'clients.csv');
    const before = await snapshot();
    const again = await importExample('customers', 'clients.csv');
    expect(again.counts).toEqual({ read: 10, valid: 10, rejected: 0, created: 0, updated: 0, unchanged: 10 });
    expect(await snapshot()).toEqual(before);
  });

  it('for invoices, including the accented Windows-1252 file and the English one', async () => {
    await importExample('customers', 'clients.csv');
    for (const name of ['factures.csv', 'factures-windows1252.csv', 'invoices-en.csv'])
      await importExample('invoices', name);
    const before = await snapshot();
    expect(before.invoices).toHaveLength(28);
    for (const [name, count] of [
      ['factures.csv', 20],
      ['factures-windows1252.csv', 4],
      ['invoices-en.csv', 4],
    ] as const) {
      const again = await importExample('invoices', name);
      expect(again.counts).toEqual({
        read: count,
        valid: count,
        rejected: 0,
        created: 0,
        updated: 0,
        unchanged: count,
      });
      expect(again.notices).toEqual([]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('for an invoice the export itself shows settled within the tolerance: no false notice', async () => {
    await withTwoCustomers();
    const file = invoicesFile({ number: 'F-1', ttc: '1 200,00', paid: '1 199,40' });
    expect((await importText('invoices', file)).notices).toEqual([]);
    const settled = await invoice('F-1');
    expect(settled.status).toBe('paid');
    const again = await importText('invoices', file);
    expect(again.counts).toMatchObject({ unchanged: 1 });
    expect(again.notices).toEqual([]);
    expect(await invoice('F-1')).toEqual(settled);
  });

  it('for payments: the same payments file twice never pays twice', async () => {
    await importExample('customers', 'clients.csv');
    await importExample('invoices', 'factures.csv');
    await importExample('payments', 'paiements.csv');
    const before = await snapshot();
    const again = await importExample('payments', 'paiements.csv');
    expect(again.counts).toEqual({ read: 8, valid: 8, rejected: 0, created: 0, updated: 0, unchanged: 8 });
    expect(again.notices).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(await stores.payments.listByInvoice('F2026-0045')).toHaveLength(2);
  });

  it('for payments in a differently written file (other date format and decimal mark)', async () => {
    await withTwoCustomers();
    await importText('invoices', invoicesFile({ number: 'F-1', ttc: '1 200,00' }));
    const first = await importText('payments', paymentsFile('F-1;05/03/2026;300,00;virement;VIR 1'));
    expect(first.counts.created).toBe(1);
    const before = await snapshot();
    const again = await importText('payments', paymentsFile('F-1;2026-03-05;300.00;virement;VIR 1'));
    expect(again.counts).toMatchObject({ created: 0, unchanged: 1 });
    expect(await snapshot()).toEqual(before);
    expect((await invoice('F-1')).amountPaid).toBe(30000);
  });
});

describe('a stale export', () => {
  const OLD_EXPORT = invoicesFile({ number: 'F-1', customer: 'C001', ttc: '1 200,00', paid: '' });

  beforeEach(async () => {
    await withTwoCustomers();
    await importText('invoices', OLD_EXPORT);
  });

  it('never reopens an invoice paid in full by an imported payment, and says so', async () => {
    await importText('payments', paymentsFile('F-1;20/03/2026;1 200,00;virement;VIR F-1'));
    const paid = await invoice('F-1');
    expect(paid).toMatchObject({ status: 'paid', amountPaid: 120000, closedOn: '2026-03-20' });

    const result = await importText('invoices', OLD_EXPORT);
    expect(result.status).toBe('imported');
    expect(await invoice('F-1')).toEqual(paid);
    expect(result.counts).toMatchObject({ updated: 0, unchanged: 1 });
    expect(numbers(await stores.invoices.listOpen())).toEqual([]);
    expect(result.notices).toEqual([
      'F-1\u00a0: réglée dans Relances, l’export la montre encore due — non rouverte.',
      `F-1\u00a0: l’export indique ${euros(0)} réglés, Relances en connaît ${euros(120000)} — le montant le plus élevé est conservé.`,
    ]);
  });

  it('never reopens an invoice marked paid in Relances, and says so', async () => {
    await stores.invoices.modify('C001', 'F-1', (inv) => ({ ...inv, status: 'paid', closedOn: TODAY }));
    const paid = await invoice('F-1');

    const result = await importText('invoices', OLD_EXPORT);
    expect(await invoice('F-1')).toEqual(paid);
    expect(numbers(await stores.invoices.listOpen())).toEqual([]);
    expect(result.notices).toEqual([
      'F-1\u00a0: réglée dans Relances, l’export la montre encore due — non rouverte.',
    ]);
  });

  it('says so too when the invoice was settled within the tolerance (a few cents short)', async () => {
    await importText('payments', paymentsFile('F-1;20/03/2026;1 199,50;virement;VIR F-1'));
    const paid = await invoice('F-1');
    expect(paid).toMatchObject({ status: 'paid', amountPaid: 119950 });

    const result = await importText('invoices', OLD_EXPORT);
    expect(await invoice('F-1')).toEqual(paid);
    expect(result.notices).toContain(
      'F-1\u00a0: réglée dans Relances, l’export la montre encore due — non rouverte.',
    );
  });

  it('never changes an invoice at the law firm, and says so when the export differs', async () => {
    await stores.invoices.modify('C001', 'F-1', (inv) => ({ ...inv, status: 'litigation' }));
    const atLawFirm = await invoice('F-1');

    const differing = invoicesFile({
      number: 'F-1',
      customer: 'C001',
      due: '30/04/2026',
      ht: '900,00',
      vat: '180,00',
      ttc: '1 080,00',
    });
    const result = await importText('invoices', differing);
    expect(await invoice('F-1')).toEqual(atLawFirm);
    expect(result.counts).toMatchObject({ updated: 0, unchanged: 1 });
    expect(result.notices).toEqual([
      'F-1\u00a0: au contentieux, non modifiée par l’export (montants ou échéance différents).',
    ]);
    expect(numbers(await stores.invoices.listDueIn(['2026-04']))).toEqual([]);
  });

  it('never lowers what was paid, and says which amount is kept', async () => {
    await importText('invoices', invoicesFile({ number: 'F-1', customer: 'C001', paid: '500,00' }));
    expect(await invoice('F-1')).toMatchObject({ amountPaid: 50000, status: 'partially_paid' });

    const result = await importText(
      'invoices',
      invoicesFile({ number: 'F-1', customer: 'C001', paid: '200,00' }),
    );
    expect(await invoice('F-1')).toMatchObject({ amountPaid: 50000, status: 'partially_paid' });
    expect(result.notices).toEqual([
      `F-1\u00a0: l’export indique ${euros(20000)} réglés, Relances en connaît ${euros(50000)} — le montant le plus élevé est conservé.`,
    ]);
  });
});

describe('payments', () => {
  beforeEach(async () => {
    await withTwoCustomers();
    await importText(
      'invoices',
      invoicesFile(
        { number: 'F-1', customer: 'C001', ttc: '1 200,00' },
        { number: 'F-2', customer: 'C002', ht: '500,00', vat: '0,00', ttc: '500,00' },
      ),
    );
  });

  it('a partial payment leaves the balance due, the rest of it closes the invoice', async () => {
    const partial = await importText('payments', paymentsFile('F-1;10/03/2026;300,00;chèque;CHQ 12'));
    expect(partial.counts).toMatchObject({ created: 1 });
    const afterPartial = await invoice('F-1');
    expect(afterPartial).toMatchObject({ status: 'partially_paid', amountPaid: 30000, closedOn: null });
    expect(afterPartial.amountInclTax - afterPartial.amountPaid).toBe(90000);
    expect(numbers(await stores.invoices.listOpen())).toEqual(['F-1', 'F-2']);
    expect((await stores.invoices.listOpen()).find((i) => i.number === 'F-1')?.amountPaid).toBe(30000);

    const rest = await importText('payments', paymentsFile('F-1;25/03/2026;900,00;virement;VIR 88'));
    expect(rest.notices).toEqual([]);
    expect(await invoice('F-1')).toMatchObject({
      status: 'paid',
      amountPaid: 120000,
      closedOn: '2026-03-25',
    });
    expect(numbers(await stores.invoices.listOpen())).toEqual(['F-2']);
    expect((await stores.payments.listByInvoice('F-1')).map((p) => p.amount).sort()).toEqual([30000, 90000]);
  });

  it('an overpayment is kept in full and reported as « trop-perçu » with the excess', async () => {
    const result = await importText('payments', paymentsFile('F-2;12/03/2026;650,00;virement;VIR SGH'));
    expect(await invoice('F-2')).toMatchObject({ status: 'paid', amountPaid: 65000 });
    expect(numbers(await stores.invoices.listOpen())).toEqual(['F-1']);
    expect(result.notices).toEqual([
      `F-2\u00a0: trop-perçu de ${euros(15000)} (paiement du 12/03/2026) — à rembourser ou à imputer.`,
    ]);
  });

  it('two identical lines in one file are two instalments, both counted', async () => {
    const result = await importText(
      'payments',
      paymentsFile('F-1;05/03/2026;100,00;prélèvement;SEPA', 'F-1;05/03/2026;100,00;prélèvement;SEPA'),
    );
    expect(result.counts).toMatchObject({ created: 2 });
    expect((await invoice('F-1')).amountPaid).toBe(20000);
  });
});

describe('changes carried by a later export', () => {
  beforeEach(async () => {
    await withTwoCustomers();
  });

  it('a new due date moves the invoice to its new month only', async () => {
    await importText('invoices', invoicesFile({ number: 'F-1', due: '31/03/2026' }));
    expect(numbers(await stores.invoices.listDueIn(['2026-03']))).toEqual(['F-1']);

    const result = await importText('invoices', invoicesFile({ number: 'F-1', due: '15/04/2026' }));
    expect(result.counts).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(numbers(await stores.invoices.listDueIn(['2026-03']))).toEqual([]);
    const april = await stores.invoices.listDueIn(['2026-04']);
    expect(april.map((i) => [i.number, i.dueDate])).toEqual([['F-1', '2026-04-15']]);
    expect((await stores.invoices.listOpen()).map((i) => i.dueDate)).toEqual(['2026-04-15']);
  });

  it('dunning already done is taken over, and a later export without it does not erase it', async () => {
    await importText(
      'invoices',
      invoicesFile({ number: 'F-1', due: '01/03/2026', step: 'J+10', stepDate: '11/03/2026' }),
    );
    expect((await invoice('F-1')).dunning).toMatchObject({ lastStep: 'J+10', lastStepDate: '2026-03-11' });

    // The same invoice, part-paid since, in an export that has no dunning columns at all.
    const withoutColumns = [
      'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc;montant_regle',
      'F-1;C001;01/03/2026;01/03/2026;1 000,00;200,00;1 200,00;400,00',
    ].join('\n');
    const result = await importText('invoices', withoutColumns);
    expect(result.counts).toMatchObject({ updated: 1 });
    expect(await invoice('F-1')).toMatchObject({
      amountPaid: 40000,
      status: 'partially_paid',
      dunning: { lastStep: 'J+10', lastStepDate: '2026-03-11' },
    });

    // And one where the columns are there but empty.
    await importText('invoices', invoicesFile({ number: 'F-1', due: '01/03/2026', paid: '400,00' }));
    expect((await invoice('F-1')).dunning).toMatchObject({ lastStep: 'J+10', lastStepDate: '2026-03-11' });
  });

  it('an invoice number already known under another customer is left alone, with a notice', async () => {
    await importText('invoices', invoicesFile({ number: 'F-1', customer: 'C001' }));
    const before = await snapshot();
    const result = await importText('invoices', invoicesFile({ number: 'F-1', customer: 'C002' }));
    expect(await snapshot()).toEqual(before);
    expect(result.notices).toEqual([
      'F-1\u00a0: déjà connue pour le client C001, l’export indique C002 — ligne ignorée.',
    ]);
  });
});

it('amounts are whole cents end to end (no float drift on large sums)', async () => {
  await withTwoCustomers();
  await importText(
    'invoices',
    invoicesFile({
      number: 'F-BIG',
      ht: '8 150 000,75',
      vat: '1 630 000,15',
      ttc: '9 780 000,90',
      paid: '0,10',
    }),
  );
  expect(await invoice('F-BIG')).toMatchObject({
    amountExclTax: cents(815000075),
    vatAmount: cents(163000015),
    amountInclTax: cents(978000090),
    amountPaid: cents(10),
  });
});

describe('customers’ aliases', () => {
  const HEADER = 'code_client;raison_sociale;siren;email;adresse;code_postal;ville;alias\n';
  const SGH =
    'C002;Société Générale d’Hygiène;442 318 705;factures@sgh.example;12 rue du Ventoux;38070;Saint-Quentin-Fallavier;';

  it('are stored from the `alias` column and read back', async () => {
    await importText('customers', `${HEADER}${SGH}SGH | Hygiène Générale\n`);
    expect((await stores.customers.get('C002'))!.aliases).toEqual(['SGH', 'Hygiène Générale']);
  });

  it('survive a later export that does not give them, and add to those already known', async () => {
    await stores.customers.upsertMany([
      { ...(await importAndGet(`${HEADER}${SGH}SGH\n`)), aliases: ['SGH', 'Hygiène Gé'] },
    ]);
    const withoutColumn = `${HEADER.replace(';alias', '')}${SGH.replace(/;$/, '')}\n`;
    const again = await importText('customers', withoutColumn);
    expect(again.counts.unchanged).toBe(1);
    expect((await stores.customers.get('C002'))!.aliases).toEqual(['SGH', 'Hygiène Gé']);
    await importText('customers', `${HEADER}${SGH}"sgh;Société G"\n`);
    expect((await stores.customers.get('C002'))!.aliases).toEqual(['sgh', 'Société G', 'Hygiène Gé']);
  });

  async function importAndGet(text: string): Promise<Customer> {
    await importText('customers', text);
    return (await stores.customers.get('C002'))!;
  }
});
