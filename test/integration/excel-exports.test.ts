/**
 * Excel exports in the chat (issue #18), over HTTP as Teams sends the messages, against the demo
 * portfolio: the signed link serves an .xlsx that exceljs reads back with real numbers (to the
 * cent of the store's balances), real dates, French headers, a summary whose totals are the rows',
 * a frozen and filtered header; a sales rep's file holds their customers only.
 */
import ExcelJS from 'exceljs';
import { addDays, calendarDate } from '../../src/domain/calendar-date';
import { balanceOf, EMPTY_DUNNING, type Invoice } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { aCustomer, anInvoice } from '../support/fixtures';
import { isReceivable, isUnpaid } from '../../src/questions/definitions';
import {
  asRead,
  postActivity,
  PEOPLE,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);
let bot: TestBot;
let invoices: Invoice[];

/** Three customers, two of Claire's; invoices in every age bucket, one partly paid, one paid. */
const CUSTOMERS = [
  aCustomer({ code: 'C001', legalName: 'Biocoop Lyon Croix-Rousse', salesRepEmail: PEOPLE.claire.email }),
  aCustomer({
    code: 'C002',
    legalName: 'Société Générale d’Hygiène',
    siren: '552100554',
    salesRepEmail: PEOPLE.karim.email,
  }),
  aCustomer({
    code: 'C003',
    legalName: 'Hôtel du Parc',
    siren: '489151209',
    salesRepEmail: PEOPLE.claire.email,
  }),
];
const due = (days: number) => addDays(MONDAY, -days);
const LEDGER: Invoice[] = [
  anInvoice({ number: 'F2026-0101', customerCode: 'C001', dueDate: due(-10), amountInclTax: cents(150_000) }),
  anInvoice({ number: 'F2026-0102', customerCode: 'C001', dueDate: due(12), amountInclTax: cents(98_765) }),
  anInvoice({
    number: 'F2026-0103',
    customerCode: 'C002',
    dueDate: due(45),
    amountInclTax: cents(1_234_567),
    amountPaid: cents(34_567),
    dunning: { ...EMPTY_DUNNING, lastStep: 'J+20', lastStepDate: due(25) },
  }),
  anInvoice({ number: 'F2026-0104', customerCode: 'C002', dueDate: due(75), amountInclTax: cents(50_001) }),
  anInvoice({
    number: 'F2026-0105',
    customerCode: 'C003',
    dueDate: due(120),
    amountInclTax: cents(333_333),
    dunning: { ...EMPTY_DUNNING, lastStep: 'J+30', lastStepDate: due(90) },
  }),
  anInvoice({
    number: 'F2026-0106',
    customerCode: 'C003',
    dueDate: due(20),
    amountInclTax: cents(10_000),
    amountPaid: cents(10_000),
    status: 'paid',
    closedOn: due(5),
  }),
];

beforeAll(async () => {
  bot = await startTestBot(
    { BLOB_CONTAINER: `exports-${Date.now()}`, DOCUMENT_SIGNING_KEY: 'x'.repeat(40) },
    MONDAY,
  );
  await bot.stores.customers.upsertMany(CUSTOMERS);
  await bot.stores.invoices.upsertMany(LEDGER);
  invoices = LEDGER.filter(isReceivable);
}, 60_000);
afterAll(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

async function exportOf(
  text: string,
  person: (typeof PEOPLE)[keyof typeof PEOPLE] = PEOPLE.director,
): Promise<{ line: string; title: string; book: ExcelJS.Workbook; headers: Record<string, string | null> }> {
  const { body } = await postActivity(bot.url, bot.activity({ text }, person));
  const reply = (body as ExpectedReplies).activities.at(-1)!;
  const card = reply.attachments?.[0]?.content as
    { body: Array<{ text: string }>; actions: Array<{ title: string; url: string }> } | undefined;
  if (!card) throw new Error(`no card in the reply: ${reply.text ?? ''}`);
  const url = new URL(card.actions[0]!.url);
  const response = await fetch(new URL(url.pathname + url.search, bot.url));
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
  return {
    line: asRead(card.body[0]!.text),
    title: card.actions[0]!.title,
    book,
    headers: {
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
    },
  };
}

const toCents = (value: unknown) => Math.round(Number(value) * 100);

describe('« export des impayés »', () => {
  it('gives the overdue invoices with real numbers and dates, a summary and French headers', async () => {
    const { line, title, book, headers } = await exportOf('export des impayés');
    const unpaid = invoices.filter((i) => isUnpaid(i, MONDAY));
    expect(unpaid).toHaveLength(4);
    expect(line).toBe(`Impayés échus : le fichier Excel est prêt (4 lignes).`);
    expect(title).toBe('Télécharger impayes-2026-11-23.xlsx');
    expect(headers.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(headers.disposition).toMatch(/^attachment; filename="impayes-2026-11-23\.xlsx"/);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Synthèse', 'Factures']);

    const sheet = book.getWorksheet('Factures')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Client',
      'SIREN',
      'N° de facture',
      'Date d’émission',
      'Échéance',
      'Montant TTC',
      'Réglé',
      'Solde dû',
      'Jours de retard',
      'Ancienneté',
      'Dernière relance',
      'Commercial',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:L1');
    expect(sheet.rowCount).toBe(unpaid.length + 1);

    const byNumber = new Map(unpaid.map((i) => [i.number, i]));
    let total = 0;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const invoice = byNumber.get(String(row.getCell(3).value))!;
      expect(invoice).toBeDefined();
      // Real dates and numbers, not text.
      expect(row.getCell(4).value).toBeInstanceOf(Date);
      expect((row.getCell(5).value as Date).toISOString().slice(0, 10)).toBe(invoice.dueDate);
      expect(typeof row.getCell(6).value).toBe('number');
      expect(row.getCell(6).numFmt).toBe('#,##0.00 €');
      expect(toCents(row.getCell(6).value)).toBe(invoice.amountInclTax);
      expect(toCents(row.getCell(7).value ?? 0)).toBe(invoice.amountPaid);
      expect(toCents(row.getCell(8).value)).toBe(balanceOf(invoice));
      expect(row.getCell(9).value).toBeGreaterThan(0);
      // Never a customer code, never a step id alone.
      expect(String(row.getCell(1).value)).not.toMatch(/^C\d{3}$/);
      expect(String(row.getCell(11).value)).toMatch(
        /^(J\+\d+ — .+|J-5 — .+|Prévenance — .+|Aucune relance)$/,
      );
      total += balanceOf(invoice);
    }

    // The oldest first; a partly paid invoice at its balance, its step by label and document.
    const first = sheet.getRow(2);
    expect(first.getCell(3).value).toBe('F2026-0105');
    expect(first.getCell(11).value).toBe('J+30 — Lettre de transmission et dossier de recouvrement');
    const partly = sheet.getRow(4);
    expect(partly.getCell(3).value).toBe('F2026-0103');
    expect(partly.getCell(2).value).toBe('552100554');
    expect(partly.getCell(8).value).toBe(12_000);
    expect(partly.getCell(9).value).toBe(45);
    expect(partly.getCell(10).value).toBe('31 à 60 jours');
    expect(partly.getCell(11).value).toBe('J+20 — Lettre de mise en demeure');
    expect(partly.getCell(12).value).toBe(PEOPLE.karim.email);

    const summary = book.getWorksheet('Synthèse')!;
    const labels = summary.getColumn(1).values.map((v) => (v === undefined ? '' : String(v)));
    const totalRow = summary.getRow(labels.lastIndexOf('Total'));
    expect(toCents(totalRow.getCell(3).value)).toBe(total);
    expect(totalRow.getCell(2).value).toBe(unpaid.length);
    expect(labels).toContain('Exporté le');
    expect(labels).toContain('Filtres');
    expect(labels).not.toContain('Non échu');
  });
});

describe('« export Excel de la balance âgée »', () => {
  it('holds every receivable, due or not, with totals by age bucket', async () => {
    const { book } = await exportOf('export Excel de la balance âgée');
    const receivables = invoices.filter(isReceivable);
    const sheet = book.getWorksheet('Factures')!;
    expect(sheet.rowCount).toBe(receivables.length + 1);
    const summary = book.getWorksheet('Synthèse')!;
    const labels = summary.getColumn(1).values.map((v) => (v === undefined ? '' : String(v)));
    for (const bucket of ['Non échu', '1 à 30 jours', '31 à 60 jours', '61 à 90 jours', 'Plus de 90 jours'])
      expect(labels).toContain(bucket);
    const totalRow = summary.getRow(labels.lastIndexOf('Total'));
    expect(toCents(totalRow.getCell(3).value)).toBe(receivables.reduce((s, i) => s + balanceOf(i), 0));
  });
});

describe('a sales rep’s export', () => {
  it('holds only their customers', async () => {
    const customers = await bot.stores.customers.list();
    const theirs = new Set(
      customers.filter((c) => c.salesRepEmail?.toLowerCase() === PEOPLE.claire.email).map((c) => c.legalName),
    );
    expect(theirs.size).toBeGreaterThan(0);
    const { book } = await exportOf('export des impayés', PEOPLE.claire);
    const sheet = book.getWorksheet('Factures')!;
    const names = new Set<string>();
    for (let r = 2; r <= sheet.rowCount; r++) names.add(String(sheet.getRow(r).getCell(1).value));
    for (const name of names) expect(theirs.has(name)).toBe(true);
    const summary = book.getWorksheet('Synthèse')!;
    expect(summary.getColumn(2).values.map(String)).toContain(
      theirs.size === 1 ? 'Votre portefeuille (1 client)' : `Votre portefeuille (${theirs.size} clients)`,
    );
  });
});

describe('« export du journal du mois »', () => {
  it('lists the month’s actions with their time as a date and the customers by name', async () => {
    await bot.runJob({ trigger: 'cli' });
    const { book } = await exportOf('export du journal du mois');
    expect(book.worksheets.map((w) => w.name)).toEqual(['Synthèse', 'Journal']);
    const sheet = book.getWorksheet('Journal')!;
    expect(sheet.rowCount).toBeGreaterThan(1);
    for (let r = 2; r <= sheet.rowCount; r++) {
      expect(sheet.getRow(r).getCell(1).value).toBeInstanceOf(Date);
      expect(String(sheet.getRow(r).getCell(4).value ?? '')).not.toMatch(/\bC\d{3}\b/);
    }
  });
});
