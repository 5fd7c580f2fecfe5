/**
 * « Pénalités de retard à facturer » end to end: the bot over HTTP with a
 * customer whose invoices were paid late, a real SMTP server on loopback receiving the penalty
 * invoice, the .docx read as the customer reads it.
 */
import { importLedgerFile } from '../../src/application/ledger/import-ledger-file';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { EVERYONE } from '../../src/questions/scope';
import { QueryService } from '../../src/questions/service';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import type { Invoice, Payment } from '../../src/domain/ledger';
import { lateFeeId } from '../../src/domain/late-fees';
import { cents } from '../../src/domain/money';
import { PEOPLE, startTestBot, type TestBot } from '../support/bot';
import { docxText } from '../support/docx-text';
import { startFaultSmtp } from '../support/fault-smtp';
import { aCustomer, anInvoice } from '../support/fixtures';
import { attachments, header, parseMime, partOfType } from '../support/mime';
import { startSmtp, type TestServer } from '../support/smtp-server';

const MONDAY = calendarDate(2026, 11, 23);
/** Amounts as printed: no-break spaces between thousands and before « € ». */
const nb = (text: string) => text.replace(/(\d) (?=\d{3}\b)/g, '$1\u00a0').replace(/ €/g, '\u00a0€');
const d = (iso: string) => iso as CalendarDate;
let bot: TestBot;
let smtp: TestServer | null = null;

const CUSTOMER = aCustomer({
  code: 'C090',
  legalName: 'Verts Loisirs SARL',
  billingEmails: ['compta@vertsloisirs.example', 'daf@vertsloisirs.example'],
  address: { lines: ['4 quai Perrache'], postalCode: '69002', city: 'Lyon', country: 'France' },
});

function paid(number: string, amount: number, dueDate: string, closedOn: string): Invoice {
  return anInvoice({
    number,
    customerCode: CUSTOMER.code,
    amountInclTax: cents(amount),
    amountPaid: cents(amount),
    issueDate: d('2026-07-01'),
    dueDate: d(dueDate),
    status: 'paid',
    closedOn: d(closedOn),
  });
}

const payment = (invoiceNumber: string, date: string, amount: number): Payment => ({
  id: `${invoiceNumber}-${date}`,
  invoiceNumber,
  customerCode: CUSTOMER.code,
  date: d(date),
  amount: cents(amount),
  method: 'virement',
  reference: null,
});

// Worked by hand at 12,40 % (ECB 2,40 % on 1 July 2026 + 10 points), 1/365 per day:
// P-1: 3 000,00 € due 30 September 2026, 1 000 € paid 15 October (15 days), 2 000 € on 30 October
//   (30 days): 100 000 × 1 240 × 15 + 200 000 × 1 240 × 30 = 1 860 000 000 + 7 440 000 000
//   = 9 300 000 000 / 3 650 000 = 2 547,95 → 25,48 €.
// P-2: 6 000,00 € due 31 August 2026, paid in full 10 October (30 + 10 = 40 days):
//   600 000 × 1 240 × 40 = 29 760 000 000 / 3 650 000 = 8 153,42 → 81,53 €.
// P-3: paid on its due date: nothing.
// Total: 25,48 + 81,53 = 107,01 € of penalties, 2 × 40 € = 80,00 €: 187,01 €.
async function seedLatePayer(): Promise<void> {
  await bot.stores.customers.upsertMany([CUSTOMER]);
  await bot.stores.invoices.upsertMany([
    paid('P-1', 300_000, '2026-09-30', '2026-10-30'),
    paid('P-2', 600_000, '2026-08-31', '2026-10-10'),
    paid('P-3', 100_000, '2026-10-31', '2026-10-31'),
  ]);
  for (const p of [
    payment('P-1', '2026-10-15', 100_000),
    payment('P-1', '2026-10-30', 200_000),
    payment('P-2', '2026-10-10', 600_000),
    payment('P-3', '2026-10-31', 100_000),
  ])
    await bot.stores.payments.record(p);
}

async function start(overrides: Record<string, string> = {}, smtpPort?: number) {
  if (smtpPort === undefined) smtp = await startSmtp();
  bot = await startTestBot({
    MAIL_TRANSPORT: 'smtp',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort ?? smtp!.port}`,
    ...overrides,
  });
  // Only this customer (the demo portfolio proposes five of its own: see the last test).
  await seedLatePayer();
  await bot.install();
}

const BILL = { date: MONDAY, customer: CUSTOMER.code, invoices: ['P-2', 'P-1'], pages: {} };
const refresh = async () => (await bot.click('digest.refresh', { date: MONDAY, pages: {} })).text;

afterEach(async () => {
  await bot.stop();
  await smtp?.close();
  smtp = null;
  await bot.stores.storage.dropTables();
});

it('proposes the customer over the threshold, sends one numbered penalty invoice, and never twice', async () => {
  await start();
  const card = await refresh();
  expect(card).toContain('Pénalités de retard à facturer');
  expect(card).toContain(nb('Verts Loisirs SARL — 187,01 €'));
  expect(card).toContain(
    nb('2 factures réglées en retard : 107,01 € de pénalités et 80,00 € d’indemnités forfaitaires'),
  );
  expect(card).toContain(nb('Facture P-2 réglée le 10/10/2026, 40 jours de retard : 121,53 €'));
  expect(card).toContain(nb('Facture P-1 réglée le 30/10/2026, 30 jours de retard : 65,48 €'));
  expect(card).not.toContain('P-3');
  expect(card).not.toContain('LATE_PENALTY');

  const answer = (await bot.click('lateFees.bill', BILL)).text;
  expect(answer).toContain(
    nb(
      'Facture de pénalités PEN-2026-0001 (187,01 €) envoyée à Verts Loisirs SARL (compta@vertsloisirs.example et daf@vertsloisirs.example).',
    ),
  );
  expect(answer).not.toContain(nb('Verts Loisirs SARL — 187,01 €'));

  expect(smtp!.received).toHaveLength(1);
  expect(smtp!.received[0]!.rcptTo.sort()).toEqual([
    'compta@vertsloisirs.example',
    'daf@vertsloisirs.example',
  ]);
  const mail = parseMime(smtp!.received[0]!.raw);
  expect(header(mail, 'subject')).toContain('facture de pénalités de retard n° PEN-2026-0001');
  expect(header(mail, 'reply-to')).toContain('camille.roux@greenova.example');
  const plain = partOfType(mail, 'text/plain')!.body.toString('utf8');
  expect(plain).toContain('notre facture n° PEN-2026-0001 du 23 novembre 2026, d’un montant de 187,01');
  expect(plain).toContain('les factures P-2 et P-1, réglées après leur date d’échéance');
  expect(plain).toContain('au plus tard le 23 décembre 2026');
  const [docx] = attachments(mail);
  expect(docx!.filename).toBe('Facture-penalites-PEN-2026-0001.docx');
  const text = await docxText(docx!.content);
  for (const expected of [
    'Facture de pénalités de retard et d’indemnités forfaitaires n° PEN-2026-0001',
    'Verts Loisirs SARL',
    '4 quai Perrache',
    'P-2',
    '31/08/2026',
    '10/10/2026',
    nb('6 000,00 €'),
    '12,40\u00a0%',
    nb('81,53 €'),
    nb('25,48 €'),
    nb('107,01 €'),
    nb('80,00 €'),
    nb('187,01 €'),
    'article L441-10 du Code de commerce',
    'article D441-5 du Code de commerce',
    'Sommes hors champ de la TVA (intérêts de retard et indemnité forfaitaire).',
    'au plus tard le 23 décembre 2026',
    'IBAN',
  ])
    expect(text).toContain(expected);

  const journal = await bot.stores.journal.listForCustomer(CUSTOMER.code);
  expect(journal.filter((e) => e.action === 'late_fees.billed')).toEqual([
    expect.objectContaining({
      outcome: 'ok',
      actor: expect.objectContaining({ name: PEOPLE.controller.name }),
      target: expect.objectContaining({ invoiceNumbers: ['P-2', 'P-1'], ref: 'PEN-2026-0001' }),
      details: expect.objectContaining({
        number: 'PEN-2026-0001',
        total: 18_701,
        interest: 10_701,
        indemnity: 8000,
        messageId: header(mail, 'message-id'),
      }),
    }),
  ]);

  // Clicked again (a double click, the card of another controller): nothing is sent twice.
  const again = (await bot.click('lateFees.bill', BILL)).text;
  expect(again).toContain('Ces pénalités ont déjà été facturées ou abandonnées');
  expect(smtp!.received).toHaveLength(1);
  expect(await refresh()).not.toContain(nb('Verts Loisirs SARL — 187,01 €'));
});

it('sends exactly one penalty invoice when two controllers click at once', async () => {
  await start();
  await Promise.all([bot.click('lateFees.bill', BILL), bot.click('lateFees.bill', BILL, PEOPLE.backup)]);
  expect(smtp!.received).toHaveLength(1);
  expect((await bot.stores.lateFees.listBills()).map((b) => [b.number, b.status])).toEqual([
    ['PEN-2026-0001', 'sent'],
  ]);
});

it('waives with a reason: journaled, never proposed again, nothing sent', async () => {
  await start();
  const answer = (
    await bot.click('lateFees.waive', { ...BILL, 'lateFeeReason|C090': '  Geste   commercial ' })
  ).text;
  expect(answer).toContain(nb('Pénalités de Verts Loisirs SARL abandonnées (187,01 €, 2 factures).'));
  expect(answer).not.toContain(nb('Verts Loisirs SARL — 187,01 €'));
  expect(smtp!.received).toHaveLength(0);
  const waived = (await bot.stores.journal.listForCustomer(CUSTOMER.code)).filter(
    (e) => e.action === 'late_fees.waived',
  );
  expect(waived).toEqual([
    expect.objectContaining({
      details: expect.objectContaining({ total: 18_701, reason: 'Geste commercial' }),
    }),
  ]);
  expect((await bot.click('lateFees.bill', BILL)).text).toContain('déjà été facturées ou abandonnées');
  expect(smtp!.received).toHaveLength(0);
  const kpis = await new QueryService(bot.stores).execute(
    { intent: 'collected', period: { from: calendarDate(2026, 1, 1), to: MONDAY } },
    { scope: EVERYONE, today: MONDAY },
  );
  expect(kpis.kind === 'answer' && kpis.answer).toMatchObject({
    lateFees: { billed: 0, billedCount: 0, waived: 18_701, waivedCount: 1 },
  });
});

it('refuses a director, and an invoice list that is no longer the billable one', async () => {
  await start();
  const director = (await bot.click('lateFees.bill', BILL, PEOPLE.director)).text;
  expect(director).toContain('Seuls le responsable du crédit client et son suppléant peuvent facturer');
  const stale = (await bot.click('lateFees.bill', { ...BILL, invoices: ['P-1', 'P-3'] })).text;
  expect(stale).toContain('Les factures concernées ont changé depuis l’affichage de la carte');
  expect(smtp!.received).toHaveLength(0);
  // The director sees the section without its buttons.
  const view = await bot.click('digest.refresh', { date: MONDAY, pages: {} }, PEOPLE.director);
  expect(view.text).toContain(nb('Verts Loisirs SARL — 187,01 €'));
  expect(JSON.stringify(view.card)).not.toContain('lateFees.bill');
});

it('does not propose under the threshold', async () => {
  await start({ LATE_PENALTY_BILLING_THRESHOLD: '200' });
  expect(await refresh()).not.toContain(nb('Verts Loisirs SARL — 187,01 €'));
});

it('does not propose a customer waived on its card', async () => {
  await start();
  await bot.stores.lateFees.setCustomerWaiver(CUSTOMER.code, {
    customerCode: CUSTOMER.code,
    since: MONDAY,
    reason: 'Client stratégique',
    decidedBy: { id: 'x', name: 'Camille Roux' },
    decidedAt: '2026-11-23T08:00:00.000Z',
  });
  expect(await refresh()).not.toContain('Verts Loisirs SARL');
  expect((await bot.click('lateFees.bill', BILL)).text).toContain(
    'Ce client est dispensé de pénalités de retard',
  );
});

it('marks a send that may have reached the customer « à vérifier » and never sends it again', async () => {
  const sink = await startFaultSmtp({ afterData: () => 'drop' });
  try {
    await start({}, sink.port);
    const first = (await bot.click('lateFees.bill', BILL)).text;
    expect(first).toContain('La facture de pénalités de Verts Loisirs SARL est peut-être partie');
    expect(first).toContain('à vérifier');
    expect(sink.delivered).toHaveLength(1);
    expect((await bot.stores.lateFees.listBills()).map((b) => [b.number, b.status])).toEqual([
      ['PEN-2026-0001', 'uncertain'],
    ]);
    const journal = await bot.stores.journal.listForCustomer(CUSTOMER.code);
    expect(journal.filter((e) => e.action === 'late_fees.uncertain')).toHaveLength(1);
    // Clicked again: refused, nothing sent again without a person deciding.
    expect((await bot.click('lateFees.bill', BILL)).text).toContain('déjà été facturées ou abandonnées');
    expect(sink.delivered).toHaveLength(1);
  } finally {
    await sink.close();
  }
});

it('sends again, under the same number, a bill the mail server refused outright', async () => {
  const sink = await startFaultSmtp({ mailFrom: (n) => (n === 1 ? '550 5.7.1 refused' : null) });
  try {
    await start({}, sink.port);
    const first = (await bot.click('lateFees.bill', BILL)).text;
    expect(first).toContain(
      'La facture de pénalités PEN-2026-0001 n’a pas pu être envoyée à Verts Loisirs SARL',
    );
    expect(sink.delivered).toHaveLength(0);
    const second = (await bot.click('lateFees.bill', BILL)).text;
    expect(second).toContain(nb('Facture de pénalités PEN-2026-0001 (187,01 €) envoyée'));
    expect(sink.delivered).toHaveLength(1);
    expect((await bot.stores.lateFees.listBills()).map((b) => [b.number, b.status])).toEqual([
      ['PEN-2026-0001', 'sent'],
    ]);
  } finally {
    await sink.close();
  }
});

it('proposes, on the demo portfolio, its customers whose history has invoices paid late', async () => {
  smtp = await startSmtp();
  bot = await startTestBot({ MAIL_TRANSPORT: 'smtp', SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.install();
  const card = await refresh();
  expect(card).toContain('Pénalités de retard à facturer');
  // The demo's year of paid history has invoices paid 5 to 27 days late: each customer's 40 € per
  // invoice and the interest reach 100 € for several of them, never for an individual.
  expect(card).toMatch(/\d clients · [\d\u00a0]+,\d\d\u00a0€ à facturer/);
  const section = card
    .slice(card.indexOf('Pénalités de retard à facturer'))
    .split(/Promesses|Litiges ouverts/)[0]!;
  expect(section).toContain('Envoyer la facture de pénalités');
  expect(section).not.toContain('Julien Bernard');
});

it('waives a customer from its card, shows it, journals it, and bills again once lifted', async () => {
  await start();
  const waived = (await bot.click('customer.lateFeesWaive', { customer: CUSTOMER.code })).text;
  expect(waived).toContain(
    'Les pénalités de retard ne seront plus proposées à la facturation pour Verts Loisirs SARL.',
  );
  expect(waived).toContain('non facturées depuis le 23/11/2026 (décision de Camille Roux)');
  expect(waived).toContain('Facturer de nouveau les pénalités');
  expect(waived).not.toContain('Ne pas facturer de pénalités de retard');
  expect(await refresh()).not.toContain('Verts Loisirs SARL');
  // A director reads the card; the switch is not theirs.
  const director = await bot.click('customer.lateFeesResume', { customer: CUSTOMER.code }, PEOPLE.director);
  expect(director.text).toContain('Seuls le responsable du crédit client et son suppléant peuvent dispenser');

  const resumed = (await bot.click('customer.lateFeesResume', { customer: CUSTOMER.code })).text;
  expect(resumed).toContain('seront de nouveau proposées à la facturation');
  expect(resumed).toContain('facturées sur les factures réglées en retard');
  expect(await refresh()).toContain(nb('Verts Loisirs SARL — 187,01 €'));
  const journal = await bot.stores.journal.listForCustomer(CUSTOMER.code);
  expect(journal.map((e) => e.action).filter((a) => a.startsWith('customer.late_fees'))).toEqual([
    'customer.late_fees_waived',
    'customer.late_fees_resumed',
  ]);
});

it('takes a payment of the penalty invoice from the payments file, once, and counts billed, collected, waived', async () => {
  await start();
  await bot.click('lateFees.bill', BILL);
  const file = [
    'numero_facture;date_paiement;montant;moyen;reference',
    'PEN-2026-0001;23/11/2026;187,01;virement;VIR-PEN-1',
  ].join('\r\n');
  const importPayments = () =>
    importLedgerFile(bot.stores, {
      kind: 'payments',
      bytes: Buffer.from(file, 'utf8'),
      fileName: 'paiements.csv',
      actor: { id: 'cli', name: 'Import' },
      ladder: bot.ladder,
      today: MONDAY,
    });
  expect((await importPayments()).status).toBe('imported');
  // Imported twice (the same export read again): counted once.
  expect((await importPayments()).status).toBe('imported');
  const [bill] = await bot.stores.lateFees.listBills();
  expect(bill).toMatchObject({ number: 'PEN-2026-0001', collected: 18_701, collectedOn: MONDAY });

  const service = new QueryService(bot.stores);
  const outcome = await service.execute(
    { intent: 'collected', period: { from: calendarDate(2026, 11, 1), to: MONDAY } },
    { scope: EVERYONE, today: MONDAY },
  );
  expect(outcome.kind === 'answer' && outcome.answer).toMatchObject({
    lateFees: { billed: 18_701, billedCount: 1, collected: 18_701, waived: 0, waivedCount: 0 },
  });
  // An earlier month: nothing billed nor collected then.
  const october = await service.execute(
    { intent: 'collected', period: { from: calendarDate(2026, 10, 1), to: calendarDate(2026, 10, 31) } },
    { scope: EVERYONE, today: MONDAY },
  );
  expect(october.kind === 'answer' && october.answer).toMatchObject({
    lateFees: { billed: 0, collected: 0, waived: 0 },
  });
});

it('takes a bill a stopped process left « sending » for one to check, and never sends it', async () => {
  await start();
  const numbers = ['P-1', 'P-2'];
  const id = lateFeeId(CUSTOMER.code, numbers);
  const [p2, p1] = (await bot.stores.invoices.listByCustomer(CUSTOMER.code))
    .filter((i) => numbers.includes(i.number))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const line = (i: Invoice) => ({
    number: i.number,
    dueDate: i.dueDate,
    paidOn: i.closedOn!,
    amount: i.amountInclTax,
    daysLate: 0,
    ratesBp: [1240],
    interest: cents(0),
    indemnity: cents(4000),
    total: cents(4000),
  });
  await bot.stores.lateFees.claim({
    kind: 'bill',
    bill: {
      id,
      customerCode: CUSTOMER.code,
      number: 'PEN-2026-0001',
      issuedOn: MONDAY,
      lines: [line(p2!), line(p1!)],
      interest: cents(0),
      indemnity: cents(8000),
      total: cents(8000),
      status: 'sending',
      decidedBy: { id: 'x', name: 'Camille Roux' },
      decidedAt: '2026-11-23T06:40:00.000Z',
      messageId: '<m1@greenova.example>',
      attempt: 'before-the-crash',
      // Ten minutes before the bot's clock (08:00 in Paris, 07:00 UTC).
      sendingAt: '2026-11-23T06:50:00.000Z',
      sentAt: null,
      sentTo: [],
      failure: null,
      collected: cents(0),
      collectedOn: null,
    },
  });
  const answer = (await bot.click('lateFees.bill', BILL)).text;
  expect(answer).toContain('La facture de pénalités de Verts Loisirs SARL est peut-être partie');
  expect((await bot.stores.lateFees.getBill(CUSTOMER.code, id))?.status).toBe('uncertain');
  expect(smtp!.received).toHaveLength(0);
  expect((await bot.click('lateFees.bill', BILL)).text).toContain('déjà été facturées ou abandonnées');
  expect(smtp!.received).toHaveLength(0);
});
