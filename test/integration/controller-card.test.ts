import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate } from '../../src/domain/calendar-date';
import {
  cardText,
  PEOPLE,
  postActivity,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);
let bot: TestBot;

const ref = (customer: string, step: string) => ({ date: MONDAY, customer, step });

beforeEach(async () => {
  bot = await startTestBot();
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
});

afterEach(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

it('posts the digest to the controller who installed the app, and reports who could not be reached', async () => {
  await bot.install(PEOPLE.controller);
  const result = await bot.runJob({ trigger: 'cli' });
  expect(result.status === 'completed' && result.run.counts.digestDelivered).toBe(1);
  const posted = bot.connector.posted().filter((p) => p.conversationId === `conv-${PEOPLE.controller.id}`);
  const card = (posted.at(-1)!.activity.attachments as Array<{ content: unknown }>)[0]!.content;
  expect(cardText(card)).toContain('Relances du lundi 23 novembre 2026');
  expect(cardText(card)).toContain('Biocoop Lyon Croix-Rousse');

  // A second run refreshes the same card in place instead of posting another.
  await bot.runJob({ trigger: 'cli' });
  expect(
    bot.connector.posted().filter((p) => p.conversationId === `conv-${PEOPLE.controller.id}`),
  ).toHaveLength(posted.length);
  expect(bot.connector.updated().some((u) => u.conversationId === `conv-${PEOPLE.controller.id}`)).toBe(true);
});

it('gives the digest on the first message of a controller who installed after the job ran', async () => {
  await bot.runJob({ trigger: 'cli' });
  const { body } = await postActivity(bot.url, bot.activity({ text: 'bonjour' }));
  const texts = (body as ExpectedReplies).activities.map((a) => cardText(a.attachments?.[0]?.content));
  expect(texts.some((t) => t.includes('Relances du lundi 23 novembre 2026'))).toBe(true);
});

it('welcomes a controller who installs after the job ran, then gives them the day’s card', async () => {
  await bot.runJob({ trigger: 'cli' });
  const { body } = await postActivity(
    bot.url,
    bot.activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot-id' }] }),
  );
  const texts = (body as ExpectedReplies).activities.map((a) => cardText(a.attachments?.[0]?.content));
  expect(texts).toHaveLength(2);
  expect(texts[0]).toContain('Bienvenue dans Relances');
  expect(texts[1]).toContain('Relances du lundi 23 novembre 2026');
  // Not to a director, who asks when they want.
  const director = await postActivity(
    bot.url,
    bot.activity(
      { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot-id' }] },
      PEOPLE.director,
    ),
  );
  expect((director.body as ExpectedReplies).activities).toHaveLength(1);
});

it('answers « relances du jour »: buttons for the controller, read-only for the director, refused to others', async () => {
  const asController = await postActivity(bot.url, bot.activity({ text: 'relances du jour' }));
  const controllerCard = (asController.body as ExpectedReplies).activities[0]!.attachments![0]!.content;
  expect(cardText(controllerCard)).toContain('J+3 — e-mails de relance');
  expect(JSON.stringify(controllerCard)).toContain('Envoyer l’e-mail');

  const asDirector = await postActivity(
    bot.url,
    bot.activity({ text: 'Relances du jour ?' }, PEOPLE.director),
  );
  const directorCard = (asDirector.body as ExpectedReplies).activities[0]!.attachments![0]!.content;
  expect(cardText(directorCard)).toContain('Lecture seule');
  expect(JSON.stringify(directorCard)).not.toContain('Action.Execute","title":"Envoyer');

  const asStranger = await postActivity(bot.url, bot.activity({ text: 'relances du jour' }, PEOPLE.stranger));
  expect((asStranger.body as ExpectedReplies).activities[0]!.text).toContain(
    'réservées au service crédit client',
  );
});

it('shows a sales rep only their own customers', async () => {
  await bot.runJob({ trigger: 'cli' });
  const { body } = await postActivity(bot.url, bot.activity({ text: 'relances du jour' }, PEOPLE.karim));
  const text = cardText((body as ExpectedReplies).activities[0]!.attachments![0]!.content);
  expect(text).toContain('Dupont & Fils <SARL>');
  expect(text).not.toContain('Biocoop');
});

it('postpones a row: invoices paused, action updated, journaled, card refreshed for everyone', async () => {
  await bot.runJob({ trigger: 'cli' });
  const { status, type, text } = await bot.click('row.postpone', {
    ...ref('C001', 'J+3'),
    until: '2026-12-01',
  });
  expect(status).toBe(200);
  expect(type).toBe('application/vnd.microsoft.card.adaptive');
  expect(text).toContain('✅ Biocoop Lyon Croix-Rousse : relance reportée au 01/12/2026.');
  expect(text).toContain('⏸ Reportée au 01/12/2026 (Camille Roux)');

  const action = await bot.stores.actions.get(MONDAY, 'C001', 'J+3');
  expect(action).toMatchObject({ status: 'postponed', decidedBy: { name: 'Camille Roux' } });
  for (const invoice of action!.invoices) {
    const stored = await bot.stores.invoices.get('C001', invoice.number);
    expect(stored?.dunning.hold).toMatchObject({ kind: 'postponed', until: '2026-12-01' });
  }
  const journal = await bot.stores.journal.listForCustomer('C001');
  expect(journal.at(-1)).toMatchObject({
    action: 'action.postponed',
    actor: { name: 'Camille Roux' },
    outcome: 'ok',
  });
  // Replaced in place for everyone: the connector saw the card's activity updated.
  expect(bot.connector.updated().some((u) => u.id === 'activity-1')).toBe(true);

  // A second click on the same row answers with the current state and changes nothing.
  const again = await bot.click('row.promise', { ...ref('C001', 'J+3'), promisedDate: '2026-11-30' });
  expect(again.text).toContain('Déjà traité pour Biocoop Lyon Croix-Rousse');
});

it('records a dispute and a promise with their inputs, and refuses bad inputs in French', async () => {
  await bot.runJob({ trigger: 'cli' });
  const noReason = await bot.click('row.dispute', { ...ref('C003', 'J+3'), reason: '  ' });
  expect(noReason.text).toContain('⛔ Action refusée : indiquez le motif du litige');
  const dispute = await bot.click('row.dispute', {
    ...ref('C003', 'J+3'),
    reason: 'Produits abîmés à la livraison',
  });
  expect(dispute.text).toContain('litige : Produits abîmés à la livraison');
  const badDate = await bot.click('row.promise', { ...ref('C009', 'J+3'), promisedDate: '2026-11-01' });
  expect(badDate.text).toContain('la date promise doit être aujourd’hui ou plus tard');
  await bot.click('row.promise', { ...ref('C009', 'J+3'), promisedDate: '2026-11-30' });
  const c9 = (await bot.stores.invoices.listByCustomer('C009')).find((i) => i.status === 'promised');
  expect(c9?.dunning.hold).toMatchObject({ kind: 'promise', promisedDate: '2026-11-30' });
  const refused = (await bot.stores.journal.listForDays(MONDAY, MONDAY)).filter(
    (e) => e.outcome === 'refused',
  );
  expect(refused.map((e) => e.reason)).toEqual(
    expect.arrayContaining([
      expect.stringContaining('motif du litige'),
      expect.stringContaining('date promise'),
    ]),
  );
});

it('refuses a click from someone who is not a controller, and a forged action, changing nothing', async () => {
  await bot.runJob({ trigger: 'cli' });
  const before = await bot.stores.actions.listForDate(MONDAY);
  const director = await bot.click('row.paid', ref('C001', 'J+3'), PEOPLE.director);
  expect(director.text).toContain('seuls le responsable du crédit client et son suppléant peuvent agir');
  const forged = await bot.click('row.paid', ref('C999', 'J+3'));
  expect(forged.text).toContain('cette relance n’existe pas');
  const wrongStep = await bot.click('row.paid', { date: MONDAY, customer: 'C001', step: 'J+30' });
  expect(wrongStep.text).toContain('cette relance n’existe pas');
  expect(await bot.stores.actions.listForDate(MONDAY)).toEqual(before);
  const journal = await bot.stores.journal.listForDays(MONDAY, MONDAY);
  expect(journal.filter((e) => e.outcome === 'refused' && e.action === 'row.paid')).toHaveLength(3);
});

it('the backup controller may act too', async () => {
  await bot.runJob({ trigger: 'cli' });
  const { text } = await bot.click(
    'row.call',
    { ...ref('C005', 'J+10'), note: 'Joint M. Dupont : virement prévu vendredi' },
    PEOPLE.backup,
  );
  expect(text).toContain('✅ Appel enregistré au journal pour Dupont & Fils <SARL>.');
  const journal = await bot.stores.journal.listForCustomer('C005');
  expect(journal.at(-1)).toMatchObject({
    action: 'customer.called',
    actor: { name: 'Sophie Laurent' },
    details: { note: 'Joint M. Dupont : virement prévu vendredi' },
  });
});

it('pages through a section and shows the details of a row', async () => {
  await bot.runJob({ trigger: 'cli' });
  const more = await bot.click('action.more', { ...ref('C001', 'J+3'), pages: {} });
  expect(more.text).toContain('Biocoop Lyon Croix-Rousse — J+3');
  expect(more.text).toContain('Motif du litige');
  const back = await bot.click('digest.refresh', { date: MONDAY, pages: {} });
  expect(back.text).toContain('Relances du lundi 23 novembre 2026');
});

it('journals every refusal with who, what and why', async () => {
  await bot.runJob({ trigger: 'cli' });
  await bot.click('section.sendAll', { date: MONDAY, step: 'J+3' }, PEOPLE.director);
  await bot.click('action.confirmTransfer', ref('C007', 'J+30'), PEOPLE.claire);
  await bot.click('action.transfer', ref('C007', 'J+30'), PEOPLE.claire);
  await bot.click('action.more', ref('C007', 'J+30'), PEOPLE.director);
  await bot.click('action.sendEmail', ref('C005', 'J+10'));
  await bot.click('section.sendAll', { date: MONDAY, step: 'J+10' });
  await bot.click('row.paid', ref('C001', 'J+3'));
  await bot.click('row.paid', ref('C001', 'J+3'));

  const refused = (await bot.stores.journal.listForDays(MONDAY, MONDAY)).filter(
    (e) => e.outcome === 'refused',
  );
  const summary = refused.map((e) => [e.actor.name, e.action, e.reason]);
  expect(summary).toEqual([
    [PEOPLE.director.name, 'email.send_all', expect.stringContaining('peuvent agir')],
    [PEOPLE.claire.name, 'action.confirmTransfer', expect.stringContaining('peuvent agir')],
    [PEOPLE.claire.name, 'litigation.transfer', expect.stringContaining('peuvent agir')],
    [PEOPLE.director.name, 'action.more', expect.stringContaining('peuvent agir')],
    [PEOPLE.controller.name, 'email.send', expect.any(String)],
    [PEOPLE.controller.name, 'email.send_all', expect.any(String)],
    [PEOPLE.controller.name, 'row.paid', expect.stringContaining('déjà traité')],
  ]);
});
