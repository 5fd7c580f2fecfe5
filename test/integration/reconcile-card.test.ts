/**
 * « Paiements à rapprocher » end to end: a statement imported with credits the matching could not
 * settle, the controller's day card over HTTP showing them, one click assigning a credit (once,
 * whatever the double clicks) or setting it aside, each journaled, the row gone.
 */
import { importStatement } from '../../src/application/bank/import-statement';
import { calendarDate } from '../../src/domain/calendar-date';
import { cents } from '../../src/domain/money';
import { PEOPLE, startTestBot, type TestBot } from '../support/bot';
import { camt053, type GenMovement } from '../support/bank-statements';
import { aCustomer, anInvoice } from '../support/fixtures';

jest.setTimeout(90_000);

const MONDAY = calendarDate(2026, 11, 23);
const FRIDAY = calendarDate(2026, 11, 20);
const nb = (text: string) => text.replace(/(\d) (?=\d{3}\b)/g, '$1\u00a0').replace(/ €/g, '\u00a0€');
let bot: TestBot;

const credit = (entryRef: string, amount: number, payerName: string, remittance: string): GenMovement => ({
  direction: 'credit',
  amount: cents(amount),
  bookingDate: FRIDAY,
  entryRef,
  txs: [{ amount: cents(amount), payerName, remittance: [remittance] }],
});

beforeEach(async () => {
  bot = await startTestBot();
  await bot.stores.customers.upsertMany([aCustomer({ code: 'C090', legalName: 'Verts Loisirs SARL' })]);
  await bot.stores.invoices.upsertMany([
    anInvoice({
      number: 'V-101',
      customerCode: 'C090',
      amountInclTax: cents(50_000),
      dueDate: calendarDate(2026, 10, 1),
    }),
    anInvoice({
      number: 'V-102',
      customerCode: 'C090',
      amountInclTax: cents(50_000),
      dueDate: calendarDate(2026, 10, 15),
    }),
  ]);
  const result = await importStatement(bot.stores, {
    fileName: 'releve-20-11.xml',
    actor: { id: 'cli', name: 'Test' },
    today: MONDAY,
    file: {
      bytes: new TextEncoder().encode(
        camt053([
          credit('BQ-1', 50_000, 'VERTS LOISIRS', 'VIREMENT NOVEMBRE'),
          credit('BQ-2', 1_234, 'LOTO FOOT CLUB', 'DON 1234'),
        ]),
      ),
    },
  });
  expect(result.counts).toMatchObject({ proposed: 1, others: 1 });
  await bot.install();
});

afterEach(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

const refresh = async () => (await bot.click('digest.refresh', { date: MONDAY, pages: {} })).text;

it('shows the credit with its likely invoices, and assigns it in one click, once', async () => {
  const card = await refresh();
  expect(card).toContain('Paiements à rapprocher');
  expect(card).toContain(nb('VERTS LOISIRS — 500,00 € reçu le 20/11/2026'));
  expect(card).toMatch(/Libellé\s:\s«\sVIREMENT NOVEMBRE\s»/u);
  expect(card).toContain(nb('V-101 (Verts Loisirs SARL, reste dû 500,00 €)'));
  expect(card).toContain('Affecter à V-101');
  expect(card).toContain('Affecter à V-102');
  expect(card).toContain('Pas un paiement client');
  expect(card).not.toContain('LOTO');
  const [key] = (await bot.stores.bank.listPending()).map((p) => p.key);

  const click = { date: MONDAY, credit: key, invoices: ['V-102'], pages: {} };
  const answers = await Promise.all([
    bot.click('bank.assign', click),
    bot.click('bank.assign', { ...click, invoices: ['V-101'] }, PEOPLE.backup),
  ]);
  const texts = answers.map((a) => a.text).join('\n');
  // The other click is refused: done already, or still being assigned to the other invoice.
  expect(texts).toMatch(
    /Ce paiement a déjà été traité\.|Ce paiement est déjà en cours d’affectation à d’autres factures/u,
  );
  const [v101, v102] = await Promise.all([
    bot.stores.invoices.get('C090', 'V-101'),
    bot.stores.invoices.get('C090', 'V-102'),
  ]);
  // Exactly one of the two invoices got the 500 €.
  expect([v101!.amountPaid, v102!.amountPaid].sort()).toEqual([0, 50_000]);
  const journal = [
    ...(await bot.stores.journal.listForInvoice('V-101')),
    ...(await bot.stores.journal.listForInvoice('V-102')),
  ].filter((e) => e.action === 'bank.assigned');
  expect(journal).toHaveLength(1);
  expect(journal[0]!.details).toMatchObject({
    amount: 50_000,
    payer: 'VERTS LOISIRS',
    remittance: 'VIREMENT NOVEMBRE',
  });
  expect(await refresh()).not.toContain('Paiements à rapprocher');
});

it('sets a credit aside as « pas un paiement client », journaled, and refuses a sales rep', async () => {
  const [key] = (await bot.stores.bank.listPending()).map((p) => p.key);
  const click = { date: MONDAY, credit: key, pages: {} };
  const refused = await bot.click('bank.dismiss', click, PEOPLE.claire);
  expect(refused.text).not.toContain('marqué');
  expect(await bot.stores.bank.listPending()).toHaveLength(1);
  const answer = (await bot.click('bank.dismiss', click)).text;
  expect(answer).toMatch(/Paiement de 500,00\s€ marqué «\spas un paiement client\s»\./u);
  expect(answer).not.toContain('VERTS LOISIRS —');
  expect(await bot.stores.bank.listPending()).toEqual([]);
  const day = await bot.stores.journal.listForDays(MONDAY, MONDAY);
  expect(day.filter((e) => e.action === 'bank.dismissed')).toHaveLength(1);
});
