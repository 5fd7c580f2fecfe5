/**
 * « Passer en perte » over HTTP (real Azurite): from the customer's card, checked, confirmed,
 * journaled once under a double click, closed for the ladder (today's row and the next day's card),
 * counted in « pertes », shown in the history — controllers and directors only.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { addDays, calendarDate, type CalendarDate, type Clock } from '../../src/domain/calendar-date';
import { balanceOf } from '../../src/domain/ledger';
import {
  cardText,
  PEOPLE,
  postActivity,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';
import { startSmtp, type TestServer } from '../support/smtp-server';

const MONDAY = calendarDate(2026, 11, 23);
let bot: TestBot;
let smtp: TestServer;
let day: CalendarDate = MONDAY;
const clock: Clock = {
  now: () => new Date(`${day}T08:00:00+01:00`),
  today: () => day,
};

beforeEach(async () => {
  day = MONDAY;
  smtp = await startSmtp();
  bot = await startTestBot(
    { MAIL_TRANSPORT: 'smtp', SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, UNDO_MINUTES: '15' },
    MONDAY,
    { clock },
  );
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.install(PEOPLE.controller);
});

afterEach(async () => {
  await bot.stop();
  await smtp.close();
  await bot.stores.storage.dropTables();
});

async function say(text: string, person = PEOPLE.controller) {
  const { body } = await postActivity(bot.url, bot.activity({ text }, person));
  const reply = (body as ExpectedReplies).activities.at(-1)!;
  const card = reply.attachments?.[0]?.content ?? null;
  return card ? cardText(card) : (reply.text ?? '');
}

/** The crèche's invoice due for its mise en demeure today (J+20). */
const dueToday = async () =>
  (await bot.stores.invoices.listByCustomer('C008')).find((i) => i.dueDate === addDays(MONDAY, -20))!;

const writtenOffEntries = async (number: string) =>
  (await bot.stores.journal.listForInvoice(number)).filter((e) => e.action === 'invoice.written_off');

it('writes an invoice off from the card: checked, confirmed, journaled once under a double click, out of the ladder', async () => {
  await bot.runJob({ trigger: 'cli' });
  const invoice = await dueToday();
  const balance = balanceOf(invoice);
  expect((await bot.stores.actions.listForDate(MONDAY)).some((a) => a.customerCode === 'C008')).toBe(true);

  const card = await say('fiche Petits Pas');
  expect(card).toContain('Passer en perte');
  expect(card).toContain('client liquidé / procédure collective clôturée');

  // A date in the future, an amount above the balance: said on the card, nothing changed.
  const future = await bot.click('customer.write_off_review', {
    customer: 'C008',
    writeOffInvoices: invoice.number,
    writeOffReason: 'liquidated',
    writeOffDate: addDays(MONDAY, 1),
  });
  expect(future.text).toContain(
    'La date ne peut être ni dans le futur ni antérieure à la date de la facture.',
  );
  const tooMuch = await bot.click('customer.write_off_review', {
    customer: 'C008',
    writeOffInvoices: invoice.number,
    writeOffReason: 'liquidated',
    writeOffAmount: '999 999,00',
  });
  expect(tooMuch.text).toContain('ne pas dépasser le solde');
  expect((await dueToday()).status).toBe(invoice.status);

  const review = await bot.click('customer.write_off_review', {
    customer: 'C008',
    writeOffInvoices: invoice.number,
    writeOffReason: 'liquidated',
    writeOffNote: 'Liquidation prononcée le 10/11/2026',
    writeOffDate: '',
  });
  expect(review.text).toContain('Passer en perte — Crèche Les Petits Pas');
  expect(review.text).toContain(`Facture ${invoice.number}`);
  expect(review.text).toContain('(tout le solde)');
  expect(review.text).toContain('Confirmer la passation en perte');
  expect(review.text).not.toMatch(/liquidated|C008/);
  const confirm = (review.card!.body as unknown[]).length > 0 ? review.card! : null;
  const data = JSON.parse(JSON.stringify(confirm)).body.at(-1).actions[0].data as Record<string, unknown>;

  // A double click: both answer, one write-off, one journal entry.
  const [first, second] = await Promise.all([
    bot.click('customer.write_off', data),
    bot.click('customer.write_off', data),
  ]);
  const texts = [first.text, second.text].join('\n');
  expect(texts).toMatch(/1 facture de Crèche Les Petits Pas passée en perte/);
  expect(texts).not.toContain('⛔');
  const entries = await writtenOffEntries(invoice.number);
  expect(entries.filter((e) => e.outcome === 'ok')).toHaveLength(1);
  expect(entries[0]).toMatchObject({
    actor: { name: 'Camille Roux' },
    date: MONDAY,
    details: {
      total: balance,
      writeOffs: [{ reason: 'liquidated', amount: balance, date: MONDAY, closes: true }],
    },
  });
  const after = await dueToday();
  expect(after).toMatchObject({ status: 'written_off', closedOn: MONDAY });
  expect(after.writeOffs).toHaveLength(1);

  // The card and its history say it, in words.
  const fiche = await say('fiche Petits Pas');
  expect(fiche).toContain('Passage en perte');
  expect(fiche).toMatch(/Passée en perte le 23\/11\/2026 : [\d\u00a0]+,\d\d\u00a0€ — client liquidé/);
  expect(fiche).toContain('Aucune facture ouverte.');
  expect(fiche).toContain('annulable jusqu’à 08:15');

  // Today's row for it left the day's work; the next day's card does not claim it.
  const row = (await bot.stores.actions.listForDate(MONDAY)).find((a) =>
    a.invoices.some((i) => i.number === invoice.number),
  );
  expect(row?.status).toBe('withdrawn');
  day = addDays(MONDAY, 1);
  await bot.runJob({ trigger: 'cli' });
  const tuesday = await bot.stores.actions.listForDate(day);
  expect(tuesday.length).toBeGreaterThan(0);
  expect(tuesday.some((a) => a.invoices.some((i) => i.number === invoice.number))).toBe(false);

  // Counted in the losses of the year, with its reason.
  await bot.install(PEOPLE.director);
  const losses = await say('pertes cette année vs l’an dernier', PEOPLE.director);
  const total = (1000000 + balance) / 100;
  expect(losses).toContain(
    `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 }).format(total).replace(/\u202f/g, '\u00a0')}\u00a0€ passés en perte`,
  );
  expect(losses).toContain('Client liquidé / procédure collective clôturée');
});

it('a partial write-off keeps the rest owed; a sales rep may not write off, a director may', async () => {
  const invoice = await dueToday();
  const balance = balanceOf(invoice);
  await bot.install(PEOPLE.claire);
  const rep = await bot.click(
    'customer.write_off',
    { customer: 'C008', writeOffInvoices: invoice.number, writeOffReason: 'too_small' },
    PEOPLE.claire,
  );
  expect(rep.text).toContain(
    'Seuls le contrôle de gestion et la direction peuvent passer une créance en perte.',
  );
  expect((await writtenOffEntries(invoice.number)).map((e) => e.outcome)).toEqual(['refused']);

  await bot.install(PEOPLE.director);
  expect(await say('fiche Petits Pas', PEOPLE.director)).toContain('Passer en perte');
  const partial = await bot.click(
    'customer.write_off',
    {
      customer: 'C008',
      writeOffInvoices: invoice.number,
      writeOffReason: 'other',
      writeOffNote: 'Geste commercial',
      writeOffAmount: '100,00',
      writeOffDate: addDays(MONDAY, -2),
    },
    PEOPLE.director,
  );
  expect(partial.text).toContain('passée en perte : 100,00\u00a0€.');
  expect(partial.text).toContain('restent dus et continuent d’être relancés');
  const after = await dueToday();
  expect(after.status).toBe(invoice.status);
  expect(balanceOf(after)).toBe(balance - 10000);
  expect(after.writeOffs).toMatchObject([
    { amount: 10000, closes: false, date: addDays(MONDAY, -2), by: 'Hélène Garnier' },
  ]);
});
