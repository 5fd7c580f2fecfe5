/**
 * « Envoyer l’e-mail » and « Tout envoyer » end to end: the bot over HTTP, a connector stand-in,
 * and a real SMTP server on loopback receiving the reminders.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import { applyPayment } from '../../src/domain/ledger';
import { cardText, PEOPLE, postActivity, startTestBot, type TestBot } from '../support/bot';
import { header, parseMime, partOfType } from '../support/mime';
import { reply, startSmtp, type TestServer } from '../support/smtp-server';
import { startFaultSmtp } from '../support/fault-smtp';

const MONDAY = calendarDate(2026, 11, 23);
let bot: TestBot;
let smtp: TestServer;

const ref = (customer: string, step: string) => ({ date: MONDAY, customer, step });
const to = (index: number) => smtp.received[index]!.rcptTo;

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(await condition()).toBe(true);
}

async function start(refuse: Parameters<typeof startSmtp>[0] = {}) {
  smtp = await startSmtp(refuse);
  bot = await startTestBot({ MAIL_TRANSPORT: 'smtp', SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  // The controller has installed the app: the job posts the day's card in their chat.
  await postActivity(
    bot.url,
    bot.activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot-id' }] }),
  );
  await bot.runJob({ trigger: 'cli' });
}

afterEach(async () => {
  await bot.stop();
  await smtp.close();
  await bot.stores.storage.dropTables();
});

it('sends the J+3 e-mail once, records who sent it, and moves the invoices past J+3', async () => {
  await start();
  const text = (await bot.click('action.sendEmail', ref('C001', 'J+3'))).text;
  expect(text).toContain('✅ E-mail envoyé à Biocoop Lyon Croix-Rousse (compta@biocoop-croixrousse.example)');
  expect(text).toMatch(/✅ E-mail envoyé par Camille Roux le 23\/11\/2026 à \d\d:\d\d/);

  expect(smtp.received).toHaveLength(1);
  expect(to(0)).toEqual(['compta@biocoop-croixrousse.example']);
  const mail = parseMime(smtp.received[0]!.raw);
  expect(header(mail, 'reply-to')).toContain('camille.roux@greenova.example');
  const action = await bot.stores.actions.get(MONDAY, 'C001', 'J+3');
  expect(header(mail, 'message-id')).toBe(action!.details.messageId);
  const plain = partOfType(mail, 'text/plain')!.body.toString('utf8');
  for (const invoice of action!.invoices) expect(plain).toContain(invoice.number);
  expect(partOfType(mail, 'text/html')).toBeDefined();

  expect(action).toMatchObject({ status: 'sent', decidedBy: { name: 'Camille Roux' } });
  for (const invoice of action!.invoices) {
    expect((await bot.stores.invoices.get('C001', invoice.number))?.dunning).toMatchObject({
      lastStep: 'J+3',
      lastStepDate: MONDAY,
    });
  }
  const journal = await bot.stores.journal.listForCustomer('C001');
  expect(journal.at(-1)).toMatchObject({
    action: 'email.sent',
    outcome: 'ok',
    details: { messageId: action!.details.messageId },
  });

  // Clicked again: nothing is sent twice.
  const again = (await bot.click('action.sendEmail', ref('C001', 'J+3'))).text;
  expect(again).toContain('Déjà traité pour Biocoop Lyon Croix-Rousse par Camille Roux');
  expect(smtp.received).toHaveLength(1);
});

it('sends exactly one e-mail when two controllers click at once', async () => {
  await start();
  await Promise.all([
    bot.click('action.sendEmail', ref('C003', 'J+3')),
    bot.click('action.sendEmail', ref('C003', 'J+3'), PEOPLE.backup),
    bot.click('action.sendEmail', ref('C003', 'J+3')),
  ]);
  expect(smtp.received).toHaveLength(1);
  expect(
    (await bot.stores.journal.listForCustomer('C003')).filter((e) => e.action === 'email.sent'),
  ).toHaveLength(1);
});

it('withdraws the reminder instead of sending it when the invoice was paid in the meantime', async () => {
  await start();
  const [invoice] = (await bot.stores.actions.get(MONDAY, 'C003', 'J+3'))!.invoices;
  await bot.stores.invoices.modify('C003', invoice!.number, (inv) =>
    applyPayment(inv, { id: 'virement', amount: inv.amountInclTax, date: MONDAY }),
  );
  const text = (await bot.click('action.sendEmail', ref('C003', 'J+3'))).text;
  expect(text).toContain(
    `↩ Relance retirée pour Hôtel du Parc : ${invoice!.number} réglée ou passée en perte`,
  );
  expect(smtp.received).toHaveLength(0);
  expect(await bot.stores.actions.get(MONDAY, 'C003', 'J+3')).toMatchObject({ status: 'withdrawn' });
});

it('never records as sent an e-mail the server refused, and says why', async () => {
  await start({ rcptTo: () => reply(550, 'Mailbox unavailable') });
  const text = (await bot.click('action.sendEmail', ref('C009', 'J+3'))).text;
  expect(text).toContain('⚠ Échec');
  expect(text).toContain('Rien n’a été enregistré comme envoyé');
  const action = await bot.stores.actions.get(MONDAY, 'C009', 'J+3');
  expect(action?.status).toBe('proposed');
  expect(action?.note).toMatchObject({ kind: 'failed', failure: { code: 'send_failed' } });
  const invoices = await bot.stores.invoices.listByCustomer('C009');
  expect(invoices.every((i) => i.dunning.lastStep === null)).toBe(true);
  expect((await bot.stores.journal.listForCustomer('C009')).at(-1)).toMatchObject({
    action: 'email.failed',
    outcome: 'failed',
  });
});

it('« Tout envoyer » sends every J+3 e-mail once in the background and updates the card as it goes', async () => {
  await start();
  await bot.click('action.sendEmail', ref('C001', 'J+3'));
  const text = (await bot.click('section.sendAll', { date: MONDAY, step: 'J+3' })).text;
  expect(text).toContain('⏳ Envoi de 3 e-mails en cours');
  const allSent = async () =>
    (await bot.stores.actions.listForDate(MONDAY))
      .filter((a) => a.step === 'J+3')
      .every((a) => a.status === 'sent');
  await until(allSent);
  expect(smtp.received).toHaveLength(4);
  // Each e-mail refreshed the card posted in the controller's chat.
  const posted = bot.connector
    .posted()
    .find((p) => JSON.stringify(p.activity).includes('Relances du lundi'))!;
  await until(() => bot.connector.updated().filter((u) => u.id === posted.id).length >= 3);
  const last = bot.connector
    .updated()
    .filter((u) => u.id === posted.id)
    .at(-1)!;
  expect(cardText(last.activity)).toContain('✅ E-mail envoyé par Camille Roux');
  expect(smtp.received.map((m) => m.rcptTo[0]).sort()).toEqual([
    'compta@biocoop-croixrousse.example',
    'direction@hotelduparc-lyon.example',
    'factures@ch-villefranche.example',
    'julien.bernard@courriel.example',
  ]);
});

it('a send that outlasts Teams’ deadline says « en cours » with the customer’s name, never its code', async () => {
  const sink = await startFaultSmtp({ afterData: () => 'hang' });
  smtp = await startSmtp();
  bot = await startTestBot({ MAIL_TRANSPORT: 'smtp', SMTP_URL: `smtp://127.0.0.1:${sink.port}` });
  try {
    await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
    await bot.runJob({ trigger: 'cli' });
    const text = (await bot.click('action.sendEmail', ref('C001', 'J+3'))).text;
    expect(text).toContain(
      '⏳ Biocoop Lyon Croix-Rousse : en cours, la carte se mettra à jour une fois terminé.',
    );
    expect(text).not.toContain('C001');
  } finally {
    await sink.close();
  }
});
