/**
 * Collective proceedings over HTTP (real Azurite): recorded from the customer's card (validated in
 * French, journaled with before/after, « Annuler »), shown at the top of the card, the dunning of
 * prior invoices stopped — by the engine, and at the click by the guard — while later invoices go on.
 */
import { writeFileSync } from 'node:fs';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate, type Clock } from '../../src/domain/calendar-date';
import type { InsolvencyProceedings } from '../../src/domain/ledger';
import { docxText } from '../support/docx-text';
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
let minutesLater = 0;
const clock: Clock = {
  now: () => new Date(new Date(`${MONDAY}T08:00:00+01:00`).getTime() + minutesLater * 60_000),
  today: () => MONDAY,
};

/** SGH (C002): two invoices at J+20 today, one not yet due (all issued before 16 November). */
const FORM = {
  customer: 'C002',
  day: MONDAY,
  insolvencyKind: 'receivership',
  insolvencyJudgment: '2026-11-16',
  insolvencyCourt: 'Tribunal de commerce de Lyon',
  insolvencyPublication: '',
  insolvencyRepresentative: 'SELARL MJ Synergie',
  insolvencyStreet: '87 rue de Sèze',
  insolvencyPostalCode: '69006',
  insolvencyCity: 'Lyon',
  insolvencyEmail: '',
};

const PROCEEDINGS: InsolvencyProceedings = {
  kind: 'receivership',
  judgmentDate: calendarDate(2026, 11, 16),
  court: 'Tribunal de commerce de Lyon',
  bodaccPublication: null,
  representative: {
    name: 'SELARL MJ Synergie',
    address: { lines: ['87 rue de Sèze'], postalCode: '69006', city: 'Lyon', country: 'France' },
    email: null,
  },
  declarationSentOn: null,
};

beforeEach(async () => {
  minutesLater = 0;
  bot = await startTestBot({ UNDO_MINUTES: '15' }, MONDAY, { clock });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.install(PEOPLE.controller);
  await bot.runJob({ trigger: 'cli' });
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

it('records the proceedings from the card: refused in French when wrong, journaled, shown first, undone', async () => {
  const command = await say('procédure collective Société Générale');
  expect(command.text).toContain('Fiche client — Société Générale d’Hygiène');
  expect(command.text).toContain('Ouvrez « Procédure collective » ci-dessous');
  expect(JSON.stringify(command.card)).toContain('"verb":"customer.insolvency"');

  const future = await bot.click('customer.insolvency', {
    ...FORM,
    insolvencyJudgment: '2026-11-24',
    insolvencyPublication: '2026-11-20',
  });
  expect(future.text).toContain(
    '⛔ Procédure non enregistrée : le jugement ne peut pas être daté dans le futur ; la publication au BODACC ne peut pas précéder le jugement.',
  );
  const noAddress = await bot.click('customer.insolvency', { ...FORM, insolvencyPostalCode: '' });
  expect(noAddress.text).toContain('indiquez l’adresse du mandataire');
  expect((await bot.stores.customers.get('C002'))!.insolvency).toBeUndefined();
  expect((await bot.stores.journal.listForCustomer('C002')).at(-1)).toMatchObject({
    action: 'customer.insolvency',
    outcome: 'refused',
  });
  expect((await bot.stores.actions.get(MONDAY, 'C002', 'J+20'))!.status).toBe('proposed');

  const done = await bot.click('customer.insolvency', FORM);
  expect(done.text).toContain(
    '✅ Procédure collective enregistrée : 3 factures antérieures au jugement ne sont plus relancées, 1 relance du jour retirée.',
  );
  expect((await bot.stores.customers.get('C002'))!.insolvency).toEqual(PROCEEDINGS);
  // Today's mise en demeure leaves the day's work, with its reason.
  expect((await bot.stores.actions.get(MONDAY, 'C002', 'J+20'))!).toMatchObject({
    status: 'withdrawn',
    note: { kind: 'dropped' },
  });
  const entry = (await bot.stores.journal.listForCustomer('C002')).at(-1)!;
  expect(entry).toMatchObject({
    action: 'insolvency.recorded',
    outcome: 'ok',
    actor: { name: 'Camille Roux' },
    details: { insolvency: { before: null, after: PROCEEDINGS } },
  });
  // The banner comes before the invoices; each prior invoice says why nothing more is sent.
  const text = done.text;
  expect(text.indexOf('⚖ Redressement judiciaire — jugement d’ouverture du 16/11/2026')).toBeGreaterThan(-1);
  expect(text.indexOf('Redressement judiciaire')).toBeLessThan(text.indexOf('Factures ouvertes'));
  expect(text).toContain('Mandataire judiciaire : SELARL MJ Synergie.');
  expect(text).toContain(
    'Déclaration de créance : délai de deux mois à compter de la publication au BODACC — date de publication à saisir.',
  );
  expect(text).toContain(
    '⚖ Procédure collective : créance antérieure au jugement, plus de relance — à déclarer',
  );
  expect(text).not.toContain('Prochaine étape : J+20');

  // The publication, entered later: an update, with the deadline dated.
  const updated = await bot.click('customer.insolvency', { ...FORM, insolvencyPublication: '2026-11-20' });
  expect(updated.text).toContain('✅ Procédure collective mise à jour');
  expect(updated.text).toContain('Déclaration de créance à envoyer avant le 20/01/2027 (58 jours).');
  expect((await bot.stores.journal.listForCustomer('C002')).at(-1)).toMatchObject({
    action: 'insolvency.updated',
    details: {
      insolvency: { before: PROCEEDINGS, after: { ...PROCEEDINGS, bodaccPublication: '2026-11-20' } },
    },
  });
  const same = await bot.click('customer.insolvency', { ...FORM, insolvencyPublication: '2026-11-20' });
  expect(same.text).toContain('⛔ Rien n’a changé');

  // « Annuler » undoes the update, then the recording: the row comes back as it was.
  minutesLater = 2;
  expect((await bot.click('customer.undo', { customer: 'C002' })).text).toContain('↩ Décision annulée');
  expect((await bot.stores.customers.get('C002'))!.insolvency).toEqual(PROCEEDINGS);
  expect((await bot.click('customer.undo', { customer: 'C002' })).text).toContain('↩ Décision annulée');
  expect((await bot.stores.customers.get('C002'))!.insolvency).toBeUndefined();
  expect((await bot.stores.actions.get(MONDAY, 'C002', 'J+20'))!.status).toBe('proposed');
});

it('refuses proceedings for a public buyer or an individual: the Code de commerce concerns businesses', async () => {
  for (const customer of ['C004', 'C009']) {
    const refused = await bot.click('customer.insolvency', { ...FORM, customer });
    expect(refused.text).toContain('ne concernent que les entreprises');
    expect((await bot.stores.customers.get(customer))!.insolvency).toBeUndefined();
  }
});

it('the director reads the proceedings without the form; a forged click is refused', async () => {
  await bot.click('customer.insolvency', FORM);
  const card = await say('fiche Société Générale', PEOPLE.director);
  expect(card.text).toContain('Redressement judiciaire — jugement d’ouverture du 16/11/2026');
  expect(JSON.stringify(card.card)).not.toContain('customer.insolvency');
  const forged = await bot.click(
    'customer.insolvency',
    { ...FORM, insolvencyCourt: 'Autre' },
    PEOPLE.director,
  );
  expect(forged.text).toContain('Seul le service crédit client peut décider sur un client.');
});

it('stops the dunning of prior invoices at the click, with the reason; a later invoice goes on', async () => {
  // Recorded after today's card was drawn (by another controller, straight in the store): the
  // mise en demeure still shows; clicking it is refused at send time, and journaled. The invoice
  // not yet due was issued on the judgment's day: a « créance postérieure », its reminder goes.
  const later = (await bot.stores.invoices.listByCustomer('C002')).find((i) => i.dueDate > MONDAY)!;
  const customer = (await bot.stores.customers.get('C002'))!;
  await bot.stores.customers.upsertMany([
    { ...customer, insolvency: { ...PROCEEDINGS, judgmentDate: later.issueDate } },
  ]);
  const clicked = await bot.click('action.generate', { date: MONDAY, customer: 'C002', step: 'J+20' });
  expect(clicked.text).toContain(
    'client en procédure collective : créance antérieure au jugement d’ouverture',
  );
  expect((await bot.stores.actions.get(MONDAY, 'C002', 'J+20'))!.status).toBe('withdrawn');
  const withdrawn = (await bot.stores.journal.listForCustomer('C002')).at(-1)!;
  expect(withdrawn).toMatchObject({ action: 'action.withdrawn', outcome: 'ok' });
  expect(withdrawn.details?.dropped).toEqual([
    expect.objectContaining({ reason: { code: 'paused', pause: 'insolvency' } }),
    expect.objectContaining({ reason: { code: 'paused', pause: 'insolvency' } }),
  ]);
  // Today's card drawn again: the later invoice's pre-due reminder (the customer's stage no longer
  // comes from frozen invoices under a mise en demeure).
  await bot.runJob({ trigger: 'cli' });
  const preDue = (await bot.stores.actions.listForDate(MONDAY)).find(
    (a) => a.customerCode === 'C002' && a.step !== 'J+20',
  )!;
  expect(preDue.invoices.map((i) => i.number)).toEqual([later.number]);
  const sent = await bot.click('action.sendEmail', { date: MONDAY, customer: 'C002', step: preDue.step });
  expect(sent.text).toContain('✅ E-mail envoyé à Société Générale d’Hygiène');
  expect((await bot.stores.actions.get(MONDAY, 'C002', preDue.step))!.status).toBe('sent');
});

it('prepares the claim declaration to the mandataire: prior invoices, interest stopped at the judgment, no 40 €', async () => {
  await bot.click('customer.insolvency', FORM);
  // The day's card lists the customer with its declaration to make; the deadline needs the BODACC date.
  const before = await say('relances du jour');
  expect(before.text).toContain('Procédures collectives');
  expect(before.text).toContain(
    'Société Générale d’Hygiène — Redressement judiciaire (jugement du 16/11/2026)',
  );
  expect(before.text).toContain('3 factures antérieures à déclarer : 14\u00a0706,00\u00a0€');
  expect(before.text).toContain(
    'Déclaration de créance : délai de deux mois à compter de la publication au BODACC — date de publication à saisir.',
  );
  await bot.click('customer.insolvency', { ...FORM, insolvencyPublication: '2026-11-20' });
  const day = await say('relances du jour');
  // 20 November + 2 months = Wednesday 20 January 2027, 58 days from Monday 23 November.
  expect(day.text).toContain('Déclaration de créance à envoyer avant le 20/01/2027 (58 jours).');
  expect(JSON.stringify(day.card)).toContain('"verb":"customer.claim_declaration"');
  const prepared = await bot.click('customer.claim_declaration', { customer: 'C002', day: MONDAY });
  expect(prepared.text).toContain('📄 Déclaration de créance préparée (3 factures');
  expect(prepared.text).toContain('adressée à SELARL MJ Synergie');
  const entry = (await bot.stores.journal.listForCustomer('C002')).at(-1)!;
  expect(entry).toMatchObject({ action: 'insolvency.declaration_generated', outcome: 'ok' });
  // Its link is in the card's history.
  expect(JSON.stringify(prepared.card)).toContain('📄 Déclaration de créance générée');
  const stored = await bot.documents.get(entry.details!.documentId as string);
  const text = await docxText(stored!.bytes);
  if (process.env.KEEP_DECLARATION) writeFileSync(process.env.KEEP_DECLARATION, stored!.bytes);
  const invoices = (await bot.stores.invoices.listByCustomer('C002')).filter((i) => i.status !== 'paid');
  for (const i of invoices) expect(text).toContain(i.number);
  expect(text).toContain('SELARL MJ Synergie');
  expect(text).toContain('Déclaration de créance — Société Générale d’Hygiène');
  expect(text).toContain(
    'Par jugement du 16 novembre 2026, le Tribunal de commerce de Lyon a ouvert une procédure de redressement judiciaire',
  );
  expect(text).toContain('mandataire judiciaire');
  expect(text).toContain('publié au BODACC le 20 novembre 2026');
  expect(text).toContain('Intérêts au 16/11/2026');
  // Interest from the day after the due date to the eve of the judgment (15 November) included —
  // the judgment takes effect from the first hour of its day — at 12,40 % (H2 2026):
  // 1 518,00 € due 2 November: 13 days → 1 518 × 0,124 × 13 / 365 = 6,7042 → 6,70 €;
  // 9 408,00 € due 3 November: 12 days → 9 408 × 0,124 × 12 / 365 = 38,3537 → 38,35 €;
  // 3 780,00 € due 28 November, after the judgment: « à échoir », no interest.
  expect(text).toMatch(/1\u00a0518,00\u00a0€\t0,00\u00a0€\t1\u00a0518,00\u00a0€\t6,70\u00a0€\téchue/);
  expect(text).toMatch(/9\u00a0408,00\u00a0€\t0,00\u00a0€\t9\u00a0408,00\u00a0€\t38,35\u00a0€\téchue/);
  expect(text).toMatch(/3\u00a0780,00\u00a0€\t0,00\u00a0€\t3\u00a0780,00\u00a0€\t0,00\u00a0€\tà échoir/);
  expect(text).toContain('Le montant total déclaré s’élève à 14\u00a0751,05\u00a0€');
  expect(text).toContain('à échoir');
  expect(text).toContain('jusqu’au 15 novembre 2026 inclus, veille du jugement d’ouverture');
  expect(text).toContain('article L622-28');
  expect(text).toContain('au taux de 12,40\u00a0% l’an');
  expect(text).toContain('copies jointes');
  expect(text).toContain('Je certifie sincère et véritable la présente déclaration de créance.');
  expect(text).toContain('Le représentant légal ou son préposé (nom, qualité et signature)');
  expect(text).not.toContain('40,00');
  expect(text).not.toContain('indemnité forfaitaire');

  // Sent by LRAR: recorded with its date (not before the judgment, not in the future).
  const early = await bot.click('customer.declaration_sent', {
    customer: 'C002',
    declarationDate: '2026-11-10',
  });
  expect(early.text).toContain('⛔ Date invalide');
  const sent = await bot.click('customer.declaration_sent', {
    customer: 'C002',
    declarationDate: '2026-11-23',
  });
  expect(sent.text).toContain('✅ Déclaration de créance enregistrée comme envoyée le 23/11/2026.');
  expect(sent.text).toContain('✅ Déclaration de créance envoyée le 23/11/2026.');
  expect((await bot.stores.journal.listForCustomer('C002')).at(-1)).toMatchObject({
    action: 'insolvency.declaration_sent',
    details: { sentOn: '2026-11-23' },
  });
  const after = await say('relances du jour');
  expect(after.text).toContain('✅ Déclaration de créance envoyée le 23/11/2026.');
  expect(JSON.stringify(after.card)).not.toContain('"verb":"customer.claim_declaration"');
});
