/**
 * The customer's card over HTTP (real Azurite, SMTP on loopback): « fiche Biocoop », its contacts,
 * open invoices and history, every button journaled, « Annuler » restoring the previous state
 * exactly, and a rep's answer accepted after the day's row was done.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { addDays, calendarDate, type Clock } from '../../src/domain/calendar-date';
import type { Invoice } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
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
/** Minutes added to the bot's clock (08:00 on Monday, Paris). */
let minutesLater = 0;
const clock: Clock = {
  now: () => new Date(new Date(`${MONDAY}T08:00:00+01:00`).getTime() + minutesLater * 60_000),
  today: () => MONDAY,
};

beforeEach(async () => {
  minutesLater = 0;
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
  return { text: card ? cardText(card) : (reply.text ?? ''), card };
}

const invoicesOf = async (code: string) =>
  (await bot.stores.invoices.listByCustomer(code))
    .filter((i) => i.status !== 'paid')
    .sort((a, b) => a.number.localeCompare(b.number));

const lastEntry = async (code: string) => (await bot.stores.journal.listForCustomer(code)).at(-1)!;

it('answers « fiche Biocoop », « client biocoop » and « téléphone de biocoop ? » with the customer’s contacts', async () => {
  const open = await invoicesOf('C001');
  const fiche = await say('fiche Biocoop');
  expect(fiche.text).toContain('Fiche client — Biocoop Lyon Croix-Rousse');
  expect(fiche.text).toContain('04 78 28 12 34');
  expect(fiche.text).toContain('compta@biocoop-croixrousse.example');
  expect(fiche.text).toContain(PEOPLE.claire.email);
  for (const invoice of open) expect(fiche.text).toContain(invoice.number);
  expect(fiche.text).toContain('Prochaine étape : J+3, à faire aujourd’hui');
  for (const button of ['Appel passé', 'Promesse', 'Litige', 'Reporter', 'Échéancier', 'Marquer payée'])
    expect(fiche.text).toContain(button);
  expect(fiche.text).toContain('Retour aux relances du jour');

  expect((await say('client biocoop')).text).toContain('Fiche client — Biocoop Lyon Croix-Rousse');
  const phone = await say('téléphone de biocoop ?');
  expect(phone.text).toContain('📞 Biocoop Lyon Croix-Rousse : 04 78 28 12 34');
  // A question that starts with « client » but names nobody is left to the questions.
  expect((await say('clients en retard ?')).text).not.toContain('Fiche client');
  expect((await say('fiche Zorglub')).text).toContain('Aucun client ne correspond à « Zorglub »');
});

it('shows reminders carried over by the import as such, and the director reads without buttons', async () => {
  const dupont = await say('fiche Dupont', PEOPLE.director);
  // The import journaled it as carried over (« reminder.carried_over »), with its date.
  expect(dupont.text).toContain('Relance antérieure à Relances');
  expect(dupont.text).toMatch(/étape J\+3 — envoyée le \d\d\/\d\d\/2026 — reprise de l’export du/);
  expect(dupont.text).toContain('Lecture seule');
  expect(JSON.stringify(dupont.card)).not.toContain('customer.promise');
  // A click forged by someone who may not act is refused and journaled.
  const forged = await bot.click(
    'customer.call',
    { customer: 'C005', callOutcome: 'reached' },
    PEOPLE.director,
  );
  expect(forged.text).toContain('Seul le service crédit client peut décider sur un client.');
  expect((await bot.stores.journal.listForDays(MONDAY, MONDAY)).at(-1)).toMatchObject({
    action: 'customer.call',
    outcome: 'refused',
    actor: { name: PEOPLE.director.name },
  });
});

it('logs a call with its outcome, journaled and shown on the day’s row', async () => {
  await bot.runJob({ trigger: 'cli' });
  const refused = await bot.click('customer.call', { customer: 'C001', callNote: 'rappeler' });
  expect(refused.text).toContain('⛔ Choisissez le résultat de l’appel.');
  const done = await bot.click('customer.call', {
    customer: 'C001',
    callOutcome: 'reached',
    callNote: 'virement promis vendredi',
  });
  expect(done.text).toContain('✅ Appel enregistré (Client joint).');
  expect(done.text).toContain('Fiche client — Biocoop Lyon Croix-Rousse');
  expect(await lastEntry('C001')).toMatchObject({
    action: 'customer.called',
    outcome: 'ok',
    actor: { name: 'Camille Roux' },
    details: { outcome: 'reached', note: 'virement promis vendredi' },
  });
  const day = await say('relances du jour');
  expect(day.text).toContain(
    '📞 Appel de Camille Roux le 23/11/2026 à 08:00 : Client joint — « virement promis vendredi »',
  );
  // Every row opens the customer's card, as a message of its own (the day's card stays).
  expect(JSON.stringify(day.card)).toContain('"verb":"customer.open"');
  const opened = await bot.click('customer.open', { customer: 'C001', day: MONDAY });
  expect(opened.text).toBe('La fiche client est ci-dessous.');
  const posted = bot.connector.posted().at(-1)!;
  expect(cardText((posted.activity.attachments as Array<{ content: unknown }>)[0]!.content)).toContain(
    'Fiche client — Biocoop Lyon Croix-Rousse',
  );
});

it('records a promise with date and amount, then « Annuler » restores every invoice exactly', async () => {
  const before = await invoicesOf('C001');
  const date = addDays(MONDAY, 10);
  const badDate = await bot.click('customer.promise', { customer: 'C001', promiseDate: '2020-01-01' });
  expect(badDate.text).toContain('⛔ Date invalide');
  const done = await bot.click('customer.promise', {
    customer: 'C001',
    promiseDate: date,
    promiseAmount: '1 000,00',
  });
  expect(done.text).toContain(
    '✅ Promesse enregistrée (1\u00a0000,00\u00a0€) pour le 03/12/2026 — 2 factures en pause.',
  );
  expect(done.text).toContain('Paiement promis pour le 03/12/2026');
  expect(done.text).toContain(
    'Dernière décision : Promesse de paiement enregistrée (Camille Roux) — annulable jusqu’à 08:15',
  );
  expect(done.text).toContain('Annuler (jusqu’à 08:15)');
  for (const invoice of await invoicesOf('C001'))
    expect(invoice).toMatchObject({
      status: 'promised',
      dunning: { hold: { kind: 'promise', promisedDate: date } },
    });
  const promised = await lastEntry('C001');
  expect(promised).toMatchObject({
    action: 'promise.recorded',
    details: { amount: 100000, promisedDate: date },
  });

  minutesLater = 5;
  const undone = await bot.click('customer.undo', { customer: 'C001', entry: promised.id });
  expect(undone.text).toContain('↩ Décision annulée (« Promesse de paiement enregistrée »)');
  expect(await invoicesOf('C001')).toEqual(before);
  expect(await lastEntry('C001')).toMatchObject({
    action: 'decision.undone',
    outcome: 'ok',
    target: { ref: promised.id },
    details: { undone: 'promise.recorded' },
  });
  // Nothing left to undo.
  const again = await bot.click('customer.undo', { customer: 'C001' });
  expect(again.text).toContain('⛔ Rien à annuler');
});

it('offers « Annuler » only within the configured window', async () => {
  await bot.click('customer.postpone', { customer: 'C001', postponeUntil: addDays(MONDAY, 7) });
  const postponed = await lastEntry('C001');
  expect(postponed.action).toBe('action.postponed');
  minutesLater = 16;
  const card = await say('fiche biocoop');
  expect(card.text).not.toContain('Annuler');
  const late = await bot.click('customer.undo', { customer: 'C001', entry: postponed.id });
  expect(late.text).toContain('⛔ Rien à annuler');
  for (const invoice of await invoicesOf('C001')) expect(invoice.dunning.hold?.kind).toBe('postponed');
});

it('opens a dispute on one invoice and lifts it from the card and from the chat', async () => {
  const [first] = await invoicesOf('C001');
  const opened = await bot.click('customer.dispute', {
    customer: 'C001',
    disputeInvoice: first!.number,
    disputeReason: 'Palette livrée abîmée',
  });
  expect(opened.text).toContain(`✅ Litige ouvert sur ${first!.number}`);
  expect(opened.text).toContain('En litige depuis le 23/11/2026 : Palette livrée abîmée');
  expect(opened.text).toContain('Lever le litige');
  expect((await bot.stores.invoices.get('C001', first!.number))?.status).toBe('disputed');

  const lifted = await say(`lever le litige ${first!.number}`);
  expect(lifted.text).toContain(`✅ Litige levé sur ${first!.number} : les relances reprennent.`);
  const after = (await bot.stores.invoices.get('C001', first!.number))!;
  expect(after.status).toBe('open');
  expect(after.dunning.hold).toBeNull();
  expect(await lastEntry('C001')).toMatchObject({ action: 'dispute.lifted', outcome: 'ok' });
  const notDisputed = await say(`lever le litige ${first!.number}`);
  expect(notDisputed.text).toContain('⛔ Cette facture n’est pas en litige.');

  // The demo's disputed invoice of La Vie Claire, lifted with the card's own form.
  const [vieClaire] = await invoicesOf('C006');
  const fromCard = await bot.click('customer.lift', {
    customer: 'C006',
    liftInvoice: vieClaire!.number,
    liftNote: 'avoir émis',
  });
  expect(fromCard.text).toContain(`✅ Litige levé sur ${vieClaire!.number}`);
});

it('agrees a payment plan whose installments make the balance, refuses one that does not', async () => {
  const [invoice] = await invoicesOf('C003');
  const balance = invoice!.amountInclTax - invoice!.amountPaid;
  const half = Math.floor(balance / 2);
  const wrong = await bot.click('customer.plan', {
    customer: 'C003',
    planInvoice: invoice!.number,
    plan1Date: addDays(MONDAY, 10),
    plan1Amount: '100',
    plan2Date: addDays(MONDAY, 40),
    plan2Amount: '100',
  });
  expect(wrong.text).toContain('⛔ Le total des échéances (200,00\u00a0€) ne fait pas le reste dû');
  const euros = (c: number) => (c / 100).toFixed(2).replace('.', ',');
  const done = await bot.click('customer.plan', {
    customer: 'C003',
    planInvoice: invoice!.number,
    plan1Date: addDays(MONDAY, 10),
    plan1Amount: euros(half),
    plan2Date: addDays(MONDAY, 40),
    plan2Amount: euros(balance - half),
  });
  expect(done.text).toContain(`✅ Échéancier de 2 échéances accordé sur ${invoice!.number}.`);
  expect(done.text).toContain('Échéancier en cours — prochaine échéance le 03/12/2026');
  const stored = (await bot.stores.invoices.get('C003', invoice!.number))!;
  expect(stored.status).toBe('payment_plan');
  expect(stored.dunning.hold).toMatchObject({
    kind: 'plan',
    installments: [
      { dueDate: addDays(MONDAY, 10), amount: half },
      { dueDate: addDays(MONDAY, 40), amount: balance - half },
    ],
  });
  expect(await lastEntry('C003')).toMatchObject({ action: 'plan.agreed', outcome: 'ok' });
});

it('marks an invoice paid only with a date, an amount and the confirmation; « Annuler » puts it back', async () => {
  const [invoice] = await invoicesOf('C009');
  const before: Invoice = invoice!;
  const amount = ((before.amountInclTax - before.amountPaid) / 100).toFixed(2).replace('.', ',');
  const unconfirmed = await bot.click('customer.paid', {
    customer: 'C009',
    paidInvoice: before.number,
    paidDate: MONDAY,
    paidAmount: amount,
    paidConfirm: 'false',
  });
  expect(unconfirmed.text).toContain('⛔ Cochez la confirmation pour marquer la facture payée.');
  const noAmount = await bot.click('customer.paid', {
    customer: 'C009',
    paidInvoice: before.number,
    paidDate: MONDAY,
    paidAmount: 'beaucoup',
    paidConfirm: 'true',
  });
  expect(noAmount.text).toContain('⛔ Montant invalide');
  expect(await bot.stores.invoices.get('C009', before.number)).toEqual(before);

  const paid = await bot.click('customer.paid', {
    customer: 'C009',
    paidInvoice: before.number,
    paidDate: addDays(MONDAY, -1),
    paidAmount: amount,
    paidConfirm: 'true',
  });
  expect(paid.text).toContain(`✅ ${before.number} marquée payée`);
  expect(paid.text).toContain('reçus le 22/11/2026');
  const stored = (await bot.stores.invoices.get('C009', before.number))!;
  expect(stored).toMatchObject({
    status: 'paid',
    closedOn: addDays(MONDAY, -1),
    amountPaid: before.amountInclTax,
  });
  const entry = await lastEntry('C009');
  expect(entry).toMatchObject({ action: 'invoice.marked_paid', details: { paidOn: addDays(MONDAY, -1) } });

  await bot.click('customer.undo', { customer: 'C009', entry: entry.id });
  expect(await bot.stores.invoices.get('C009', before.number)).toEqual(before);
});

it('refuses to undo a decision when the invoice changed since, restoring nothing halfway', async () => {
  const [first] = await invoicesOf('C001');
  await bot.click('customer.postpone', { customer: 'C001', postponeUntil: addDays(MONDAY, 7) });
  await bot.stores.invoices.modify('C001', first!.number, (current) => ({
    ...current,
    amountPaid: cents(current.amountPaid + 100),
  }));
  const refused = await bot.click('customer.undo', { customer: 'C001' });
  expect(refused.text).toContain(`⛔ Annulation impossible : ${first!.number} a changé depuis`);
  for (const invoice of await invoicesOf('C001')) expect(invoice.dunning.hold?.kind).toBe('postponed');
});

it('accepts the rep’s answer from the customer’s card after the day’s row was done', async () => {
  await bot.install(PEOPLE.karim);
  await bot.runJob({ trigger: 'cli' });
  const notice = (await bot.stores.salesNotices.listForCustomer('C002')).find(
    (n) => n.stage === 'formal_notice',
  )!;
  const expectedDate = addDays(MONDAY, 17);
  await bot.click('sales.agreement', { customer: 'C002', notice: notice.key, expectedDate }, PEOPLE.karim);
  // The formal notice is generated and posted: the row has no decision button any more.
  const action = (await bot.stores.actions.listForDate(MONDAY)).find(
    (a) => a.customerCode === 'C002' && a.channel === 'registered_letter',
  )!;
  await bot.click('action.generate', { date: MONDAY, customer: 'C002', step: action.step });
  await bot.click('action.markRegistered', {
    date: MONDAY,
    customer: 'C002',
    step: action.step,
    lrar: '1A 234 567 8901 2',
  });
  const day = await say('relances du jour');
  expect(day.text).toContain('accord de paiement en cours, règlement attendu le 10/12/2026');
  // The J+20 row is done: it offers no « Accepter l’accord » any more, only « Fiche client ».
  expect(JSON.stringify(day.card)).not.toContain(`"step":"${action.step}","promisedDate"`);
  expect(JSON.stringify(day.card)).toContain('{"customer":"C002","day":"2026-11-23"}');

  const card = await bot.click('customer.open', { customer: 'C002', day: MONDAY });
  expect(card.status).toBe(200);
  const fiche = await say('fiche Société Générale');
  expect(fiche.text).toContain('Réponses du commercial');
  expect(fiche.text).toContain('Accepter');
  const accepted = await bot.click('customer.accept', { customer: 'C002', notice: notice.key });
  expect(accepted.text).toContain('✅ Accord du commercial accepté');
  expect(accepted.text).toContain('✅ Acceptée par Camille Roux le 23/11/2026');
  for (const invoice of (await bot.stores.invoices.listByCustomer('C002')).filter((i) =>
    notice.invoiceNumbers.includes(i.number),
  ))
    expect(invoice.dunning.hold).toMatchObject({ kind: 'promise', promisedDate: expectedDate });
  expect(await lastEntry('C002')).toMatchObject({
    action: 'salesrep.answer_accepted',
    outcome: 'ok',
    target: { ref: notice.key },
  });
  const twice = await bot.click('customer.accept', { customer: 'C002', notice: notice.key });
  expect(twice.text).toContain('⛔ Cette réponse du commercial a déjà été acceptée.');
});

it('keeps a sent e-mail so that it can be read again from the customer’s card', async () => {
  await bot.runJob({ trigger: 'cli' });
  await bot.click('action.sendEmail', { date: MONDAY, customer: 'C001', step: 'J+3' });
  expect(smtp.received).toHaveLength(1);
  const fiche = await say('fiche biocoop');
  expect(fiche.text).toContain('Voir l’e-mail');
  const sent = (await bot.stores.journal.listForCustomer('C001')).find((e) => e.action === 'email.sent')!;
  const email = await bot.click('customer.email', { customer: 'C001', entry: sent.id });
  expect(email.text).toContain('compta@biocoop-croixrousse.example');
  expect(email.text).toContain(`Message-ID : ${String(sent.details!.messageId)}`);
  for (const number of sent.target.invoiceNumbers!) expect(email.text).toContain(number);
});

it('takes the day’s row out of the work when all its invoices are paused, and puts it back on « Annuler »', async () => {
  await bot.runJob({ trigger: 'cli' });
  const row = () => bot.stores.actions.get(MONDAY, 'C001', 'J+3');
  expect((await row())?.status).toBe('proposed');
  await bot.click('customer.promise', { customer: 'C001', promiseDate: addDays(MONDAY, 10) });
  expect(await row()).toMatchObject({
    status: 'withdrawn',
    note: { kind: 'promised', date: addDays(MONDAY, 10) },
    decidedBy: { name: 'Camille Roux' },
  });
  const day = await say('relances du jour');
  expect(day.text).toContain('↩ Retirée');
  await bot.click('customer.undo', { customer: 'C001' });
  expect(await row()).toMatchObject({ status: 'proposed', note: null, decidedBy: null });
});
