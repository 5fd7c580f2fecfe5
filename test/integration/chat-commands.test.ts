/**
 * Commands in plain words over HTTP (real Azurite): one chat route dispatching to the features'
 * handlers — contacts, history, the customer card — and the writing commands answered with a card
 * to confirm first (dispute, promise, alias), whose button is the card's own decision, journaled;
 * a sales rep may read but not write.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate, type Clock } from '../../src/domain/calendar-date';
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
const clock: Clock = { now: () => new Date(`${MONDAY}T08:00:00+01:00`), today: () => MONDAY };

beforeEach(async () => {
  bot = await startTestBot({}, MONDAY, { clock });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.install(PEOPLE.controller);
});

afterEach(async () => {
  await bot.stop();
  await bot.stores.storage.dropTables();
});

async function say(text: string, person = PEOPLE.controller) {
  const { body } = await postActivity(bot.url, bot.activity({ text }, person));
  const reply = (body as ExpectedReplies).activities.at(-1)!;
  const card = reply.attachments?.[0]?.content ?? null;
  return { text: card ? cardText(card) : (reply.text ?? ''), card };
}

/** The button of a card with this verb: what Teams would send when it is clicked. */
function button(card: unknown, verb: string): Record<string, unknown> {
  let found: Record<string, unknown> | null = null;
  const walk = (node: unknown) => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Execute' && n.verb === verb) found = (n.data ?? {}) as Record<string, unknown>;
    Object.values(n).forEach(walk);
  };
  walk(card);
  if (!found) throw new Error(`no ${verb} button on the card`);
  return found;
}

const openInvoices = async (code: string) =>
  (await bot.stores.invoices.listByCustomer(code))
    .filter((i) => i.status !== 'paid')
    .sort((a, b) => a.number.localeCompare(b.number));

it('answers contacts, history and the card in plain words, through one route', async () => {
  const phone = await say('qui appeler chez biocoop');
  expect(phone.text).toContain('📞 Biocoop Lyon Croix-Rousse : 04 78 28 12 34');
  expect(phone.text).toContain('compta@biocoop-croixrousse.example');
  const mail = await say('c’est quoi le mail de la compta de l’hôtel du parc');
  expect(mail.text).toContain('Hôtel du Parc');
  expect(mail.text).toContain('E-mails de facturation');

  const [first] = await openInvoices('C001');
  const history = await say(`qu’a-t-on fait sur ${first!.number.toLowerCase()} ?`);
  expect(history.text).toContain(first!.number);
  expect(history.text).toContain('Biocoop Lyon Croix-Rousse');
  expect((await say('historique')).text).toBe(
    'L’historique de quelle facture ou de quel client ? Par exemple « historique F2026-1042 » ou « historique client Biocoop ».',
  );

  expect((await say('ouvre le dossier de la SGH')).text).toContain(
    'Fiche client — Société Générale d’Hygiène',
  );
  // « aucun client » only for a name that names nobody.
  expect((await say('téléphone de Zorglub ?')).text).toContain('Aucun client ne correspond à « Zorglub »');
  // A question about figures is never taken for a command.
  const disputes = await say('litiges ouverts');
  expect(disputes.text).not.toContain('Fiche client');
  expect(disputes.text).not.toContain('Aucun client');
});

it('asks to confirm a dispute typed in the chat, its reason asked, then opens it with the card’s decision', async () => {
  const [first] = await openInvoices('C001');
  const asked = await say(`mettre ${first!.number} en litige`);
  expect(asked.text).toContain(`Mettre la facture ${first!.number} de Biocoop Lyon Croix-Rousse en litige ?`);
  expect(asked.text).toContain('Motif du litige');
  // Nothing changed before the click.
  expect((await bot.stores.invoices.get('C001', first!.number))?.dunning.hold).toBeNull();
  const data = button(asked.card, 'customer.dispute');
  expect(data).toEqual({ customer: 'C001', disputeInvoice: first!.number });
  const done = await bot.click('customer.dispute', { ...data, disputeReason: 'Palette livrée abîmée' });
  expect(done.text).toContain(`✅ Litige ouvert sur ${first!.number}`);
  expect((await bot.stores.invoices.get('C001', first!.number))?.status).toBe('disputed');
  expect((await say(`${first!.number} est contestée`)).text).toContain('est déjà en litige');
  // « lever le litige » keeps its direct behaviour on a found invoice.
  expect((await say(`F${first!.number.slice(1)} n’est plus contestée`)).text).toContain(
    `✅ Litige levé sur ${first!.number}`,
  );
});

it('asks to confirm a promise with its date and amount, and records it with the card’s decision', async () => {
  const open = await openInvoices('C001');
  const asked = await say('Biocoop promet de payer le 15 décembre 1 200 €');
  expect(asked.text).toContain(
    'Enregistrer la promesse de paiement de Biocoop Lyon Croix-Rousse au 15 décembre 2026 pour',
  );
  expect(asked.text).toMatch(/Montant promis\s:\s1\s200,00\s€/);
  for (const invoice of open) expect(JSON.stringify(asked.card)).toContain(invoice.number);
  for (const invoice of await openInvoices('C001')) expect(invoice.dunning.hold).toBeNull();

  const data = button(asked.card, 'customer.promise');
  const chosen = open.map((i) => i.number).join(',');
  const done = await bot.click('customer.promise', { ...data, promiseInvoices: chosen });
  expect(done.text).toContain('Fiche client — Biocoop Lyon Croix-Rousse');
  for (const invoice of await openInvoices('C001'))
    expect(invoice.dunning.hold).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  const entry = (await bot.stores.journal.listForCustomer('C001')).at(-1)!;
  expect(entry).toMatchObject({ action: 'promise.recorded', outcome: 'ok', actor: { name: 'Camille Roux' } });
  expect(entry.details).toMatchObject({ promisedDate: '2026-12-15', amount: 120_000 });

  // By invoice number: that invoice only, no choice to make.
  const [naturalia] = await openInvoices('C010');
  const one = await say(`promesse ${naturalia!.number.toLowerCase()} au 10/12`);
  expect(one.text).toContain(`au 10 décembre 2026 pour la facture ${naturalia!.number}`);
  expect(button(one.card, 'customer.promise')).toMatchObject({
    customer: 'C010',
    promiseDate: '2026-12-10',
    promiseInvoices: naturalia!.number,
  });
});

it('adds another name to a customer after confirmation, journaled, and refuses one that is taken', async () => {
  const asked = await say('alias BLCR pour Biocoop Lyon Croix-Rousse');
  expect(asked.text).toContain('Ajouter « BLCR » comme autre nom de Biocoop Lyon Croix-Rousse ?');
  const data = button(asked.card, 'customer.alias');
  expect(data).toEqual({ customer: 'C001', alias: 'BLCR' });
  const done = await bot.click('customer.alias', data);
  expect(done.text).toContain('✅ « BLCR » est maintenant un autre nom de Biocoop Lyon Croix-Rousse.');
  expect(done.text).toContain('Fiche client — Biocoop Lyon Croix-Rousse');
  const entry = (await bot.stores.journal.listForCustomer('C001')).at(-1)!;
  expect(entry).toMatchObject({
    action: 'customer.alias_added',
    outcome: 'ok',
    actor: { name: 'Camille Roux' },
    details: { alias: 'BLCR' },
  });

  const taken = await bot.click('customer.alias', { customer: 'C001', alias: 'Hôtel du Parc' });
  expect(taken.text).toContain('⛔ Ce nom désigne déjà Hôtel du Parc');
  expect((await bot.stores.journal.listForCustomer('C001')).at(-1)).toMatchObject({
    action: 'customer.alias',
    outcome: 'refused',
  });
});

it('lets a sales rep read in plain words but not write', async () => {
  await bot.install(PEOPLE.claire);
  expect((await say('téléphone de biocoop ?', PEOPLE.claire)).text).toContain('04 78 28 12 34');
  const [first] = await openInvoices('C001');
  const refusal =
    'Seul le service crédit client peut enregistrer un litige, une promesse ou un autre nom de client.';
  expect((await say(`mettre ${first!.number} en litige`, PEOPLE.claire)).text).toBe(refusal);
  expect((await say('Biocoop promet de payer vendredi', PEOPLE.claire)).text).toBe(refusal);
  expect((await say('alias BLCR pour Biocoop Lyon Croix-Rousse', PEOPLE.claire)).text).toBe(refusal);
  // A click forged by the rep is refused by the use case and journaled.
  const forged = await bot.click('customer.alias', { customer: 'C001', alias: 'BLCR' }, PEOPLE.claire);
  expect(forged.text).toContain('⛔ Seul le service crédit client peut ajouter un autre nom de client.');
  expect((await bot.stores.journal.listForCustomer('C001')).at(-1)).toMatchObject({
    action: 'customer.alias',
    outcome: 'refused',
    actor: { name: PEOPLE.claire.name },
  });
  expect((await bot.stores.customers.get('C001'))?.aliases ?? []).toEqual([]);
  expect((await bot.stores.invoices.get('C001', first!.number))?.dunning.hold).toBeNull();
});
