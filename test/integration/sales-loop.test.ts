/**
 * Sales in the loop, over HTTP with the connector stand-in: the rep hears it from Relances before
 * the law firm calls their client, answers, and the controller decides.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { demoNoticeReceived } from '../support/demo-notice';
import { addDays, calendarDate, calendarDateAt, type Clock } from '../../src/domain/calendar-date';
import { journalLabel } from '../../src/i18n/journal';
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

async function controllerCard(): Promise<{ text: string; json: string }> {
  const { body } = await postActivity(bot.url, bot.activity({ text: 'relances du jour' }));
  const card = (body as ExpectedReplies).activities.at(-1)!.attachments![0]!.content;
  return { text: cardText(card), json: JSON.stringify(card) };
}

const cardsIn = (conversationId: string) =>
  bot.connector
    .posted()
    .filter((p) => p.conversationId === conversationId)
    .map((p) => cardText((p.activity.attachments as Array<{ content: unknown }>)[0]!.content));

async function notice(customer: string, stage: string) {
  return (await bot.stores.salesNotices.listForCustomer(customer)).find((n) => n.stage === stage)!;
}

beforeEach(async () => {
  // Claire never installed the app, but her AAD id is known; Karim installed it.
  bot = await startTestBot({ SALES_REP_AAD_IDS: `${PEOPLE.claire.email}=${PEOPLE.claire.aadObjectId}` });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await demoNoticeReceived(bot.stores, bot.ladder);
  await bot.install(PEOPLE.controller);
  await bot.install(PEOPLE.karim);
});

afterEach(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

it('tells each rep at the formal notice and before the transfer, once, however often the job runs', async () => {
  const run = await bot.runJob({ trigger: 'cli' });
  expect(run.status === 'completed' && run.run.counts).toMatchObject({
    salesNoticesSent: 3,
    salesRepsUnreachable: 0,
  });
  await bot.runJob({ trigger: 'cli' });

  // Karim (installed): the formal notice of Société Générale d’Hygiène and the coming transfer of PSRA.
  const karim = cardsIn(`conv-${PEOPLE.karim.id}`).filter((t) => t.includes('Votre client'));
  expect(karim).toHaveLength(2);
  expect(karim.find((t) => t.includes('Société Générale d’Hygiène'))).toContain('reçoit une mise en demeure');
  const psra = karim.find((t) => t.includes('Propreté Services Rhône-Alpes'))!;
  expect(psra).toContain('va être transmis au cabinet d’avocats');
  expect(psra).toContain('pas de nouvelle commande sans acompte');
  expect(psra).toContain('Un accord de paiement est en cours');

  // Claire (not installed): a 1:1 conversation was created in the tenant with her AAD id.
  const created = bot.connector.calls.filter(
    (c) => c.method === 'POST' && /\/v3\/conversations\/?$/.test(c.path),
  );
  expect(created).toHaveLength(1);
  expect((created[0]!.body!.members as Array<{ id: string }>)[0]!.id).toBe(PEOPLE.claire.aadObjectId);
  expect(cardsIn(`a:1on1-${PEOPLE.claire.aadObjectId}`).join()).toContain('Crèche Les Petits Pas');

  const journal = await bot.stores.journal.listForCustomer('C002');
  expect(journal.filter((e) => e.action === 'salesrep.notified')).toHaveLength(1);
  const card = await controllerCard();
  expect(card.text).toContain(
    'ℹ Avis envoyé le 23/11/2026 à Karim Benali (équipe commerciale), sans réponse',
  );
});

it('says on the controller’s card when a rep cannot be reached, and proceeds anyway', async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
  bot = await startTestBot();
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await demoNoticeReceived(bot.stores, bot.ladder);
  await bot.install(PEOPLE.controller);
  const run = await bot.runJob({ trigger: 'cli' });
  expect(run.status === 'completed' && run.run.counts).toMatchObject({
    salesNoticesSent: 0,
    salesRepsUnreachable: 3,
  });
  const card = await controllerCard();
  // Business words and the rep's name, never a setting's name nor an address.
  expect(card.text).toContain(
    '⚠ Relances n’a pas pu prévenir Karim Benali (équipe commerciale), qui n’a pas encore installé Relances dans Teams : faites-le vous-même.',
  );
  expect(card.text).not.toMatch(/SALES_REP|AAD|configuration|injoignable/);
  // Silence or not, the J+30 transfer is still proposed.
  expect(card.json).toContain('Transmettre à Aptos');

  // Karim installs the app later that day: his notices arrive right after the welcome.
  const { body } = await postActivity(
    bot.url,
    bot.activity(
      { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot-id' }] },
      PEOPLE.karim,
    ),
  );
  const replies = (body as ExpectedReplies).activities.map((a) => cardText(a.attachments?.[0]?.content));
  expect(replies[0]).toContain('Bienvenue');
  expect(replies.filter((t) => t.includes('Votre client'))).toHaveLength(2);
  expect((await notice('C002', 'formal_notice')).status).toBe('delivered');
  expect((await controllerCard()).text).toContain(
    'ℹ Avis envoyé le 23/11/2026 à Karim Benali (équipe commerciale), sans réponse',
  );
});

it('shows the rep’s agreement on the controller’s card; accepting it pauses the engine', async () => {
  await bot.runJob({ trigger: 'cli' });
  const n = await notice('C002', 'formal_notice');
  const expectedDate = addDays(MONDAY, 11);
  const answer = (
    await bot.click('sales.agreement', { customer: 'C002', notice: n.key, expectedDate }, PEOPLE.karim)
  ).text;
  expect(answer).toContain('Vous : accord de paiement en cours, règlement attendu le 04/12/2026');

  const card = await controllerCard();
  expect(card.text).toContain(
    '⚠ Karim Benali (commercial) : accord de paiement en cours, règlement attendu le 04/12/2026',
  );
  expect(card.json).toContain('Accepter l’accord (04/12/2026)');
  expect((await bot.stores.journal.listForCustomer('C002')).at(-1)).toMatchObject({
    action: 'salesrep.answered',
    actor: { name: 'Karim Benali' },
    details: { answer: 'agreement', expectedDate },
  });

  const accepted = (
    await bot.click('row.promise', {
      date: MONDAY,
      customer: 'C002',
      step: 'J+20',
      promisedDate: expectedDate,
    })
  ).text;
  expect(accepted).toContain('promesse de paiement au 04/12/2026');
  const tomorrow = await bot.runJob({ trigger: 'cli', date: MONDAY });
  expect(
    tomorrow.status === 'completed' &&
      tomorrow.digest.actions.find((a) => a.customerCode === 'C002' && a.step === 'J+20'),
  ).toMatchObject({
    status: 'withdrawn',
  });
});

it('refuses an answer from a rep about a client that is not theirs', async () => {
  await bot.runJob({ trigger: 'cli' });
  const n = await notice('C002', 'formal_notice');
  const answer = (await bot.click('sales.nothing', { customer: 'C002', notice: n.key }, PEOPLE.claire)).text;
  expect(answer).toContain('Ce client n’est pas dans votre portefeuille');
  expect((await notice('C002', 'formal_notice')).answer).toBeNull();
  const refused = (await bot.stores.journal.listForCustomer('C002')).filter((e) => e.outcome === 'refused');
  expect(refused.at(-1)).toMatchObject({ action: 'sales.answer', actor: { name: 'Claire Martin' } });
});

it('a rep’s objection makes the transfer ask for confirmation with it; the rep is told when it happens', async () => {
  await bot.runJob({ trigger: 'cli' });
  const n = await notice('C007', 'pre_transfer');
  await bot.click('sales.calling', { customer: 'C007', notice: n.key }, PEOPLE.karim);
  const result = (
    await bot.click(
      'sales.callResult',
      { customer: 'C007', notice: n.key, outcome: 'Le client conteste la dernière livraison' },
      PEOPLE.karim,
    )
  ).text;
  expect(result).toContain('☎ Vous avez appelé le client : Le client conteste la dernière livraison');
  await bot.click(
    'sales.dispute',
    { customer: 'C007', notice: n.key, reason: 'Livraison contestée par le client' },
    PEOPLE.karim,
  );

  const confirm = (
    await bot.click('action.confirmTransfer', { date: MONDAY, customer: 'C007', step: 'J+30' })
  ).text;
  expect(confirm).toContain(
    'litige commercial — Livraison contestée par le client. Confirmez-vous la transmission malgré tout ?',
  );

  await bot.click('action.transfer', { date: MONDAY, customer: 'C007', step: 'J+30' });
  // On a loaded machine the click may answer « en cours » (Teams waits 5 s) and the transfer, with
  // the rep's notice, finish just after: wait for the notice, as the rep would.
  const deadline = performance.now() + 20_000;
  while ((await notice('C007', 'transferred'))?.status !== 'delivered' && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  const told = cardsIn(`conv-${PEOPLE.karim.id}`).filter((t) => t.includes('est au contentieux'));
  expect(told).toHaveLength(1);
  expect(told[0]).toContain('Maître Anne Lambert');
  expect((await notice('C007', 'transferred')).status).toBe('delivered');
});

it('a notice the rep gets only after the transfer is not delivered as if new, and answers to it are refused politely', async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
  // Time passes: Karim installs Relances the day after the transfer.
  let now = new Date(`${MONDAY}T08:00:00+01:00`);
  const clock: Clock = { now: () => now, today: () => calendarDateAt(now) };
  bot = await startTestBot({}, MONDAY, { clock });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await demoNoticeReceived(bot.stores, bot.ladder);
  await bot.install(PEOPLE.controller);
  await bot.runJob({ trigger: 'cli' });
  expect((await notice('C007', 'pre_transfer')).status).toBe('unreachable');

  // Monday: the SGH mise en demeure leaves, PSRA goes to the firm; Karim hears nothing yet.
  const sgh = { date: MONDAY, customer: 'C002', step: 'J+20' };
  await bot.click('action.generate', sgh);
  await bot.click('action.markRegistered', { ...sgh, 'lrar|C002|J+20': '1A 123 456 7890 1' });
  await bot.click('action.transfer', { date: MONDAY, customer: 'C007', step: 'J+30' });
  // On a loaded machine the click may answer « en cours » and the transfer finish just after.
  const deadline = performance.now() + 20_000;
  while ((await notice('C007', 'transferred'))?.status !== 'unreachable' && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  expect((await notice('C007', 'transferred')).status).toBe('unreachable');

  now = new Date(`${addDays(MONDAY, 1)}T09:00:00+01:00`);
  const replies = (await bot.install(PEOPLE.karim)).activities.map((a) =>
    cardText(a.attachments?.[0]?.content),
  );
  const psra = replies.filter((t) => t.includes('Propreté Services Rhône-Alpes'));
  // One card for PSRA, saying what is true today — not « va être transmis », no buttons.
  expect(psra).toHaveLength(1);
  expect(psra[0]).toContain('est au contentieux');
  expect(psra[0]).toContain('a déjà été transmis à Cabinet Aptos Avocats le 23/11/2026');
  expect(psra[0]).not.toContain('va être transmis');
  expect(psra[0]).not.toContain('Un accord de paiement est en cours');
  // SGH: the mise en demeure left yesterday, it does not « part aujourd’hui ».
  const sghCard = replies.find((t) => t.includes('Société Générale d’Hygiène'))!;
  expect(sghCard).toContain('Une mise en demeure est partie en recommandé le 23/11/2026');
  expect(sghCard).not.toContain('part aujourd’hui');
  expect((await notice('C007', 'pre_transfer')).status).toBe('superseded');

  // His answer on the stale PSRA notice (a card from before) is refused, politely, and journaled.
  const stale = await notice('C007', 'pre_transfer');
  const answer = await bot.click(
    'sales.agreement',
    { customer: 'C007', notice: stale.key, expectedDate: addDays(MONDAY, 10) },
    PEOPLE.karim,
  );
  expect(answer.text).toContain('Merci, mais cet avis n’est plus d’actualité');
  expect(answer.text).toContain('Votre réponse n’a pas été enregistrée');
  expect(answer.text).not.toContain('Action refusée');
  expect((await notice('C007', 'pre_transfer')).answer).toBeNull();
  const journal = await bot.stores.journal.listForCustomer('C007');
  expect(journal.at(-1)).toMatchObject({
    action: 'sales.answer',
    outcome: 'refused',
    actor: { name: 'Karim Benali' },
  });

  // The journal never says « prévenu avant transmission » once the file is at the firm.
  const transferredAt = journal.find((e) => e.action === 'litigation.transferred')!.at;
  const after = journal
    .filter((e) => e.at > transferredAt && e.outcome === 'ok')
    .map((e) => journalLabel(e.action));
  expect(after).toContain('Commercial informé de la transmission au cabinet');
  expect(after).toContain('Avis au commercial devenu sans objet, non remis');
  expect(after.filter((label) => label.includes('avant transmission'))).toEqual([]);
  // While a notice still true is delivered late as such, and still answered.
  expect(
    (await bot.stores.journal.listForCustomer('C002')).filter((e) => e.action === 'salesrep.notified'),
  ).toHaveLength(1);
}, 60_000);
