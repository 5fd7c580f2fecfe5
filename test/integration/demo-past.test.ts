/**
 * The demo has a past: on first start, the history, the law firm's dossier and the director's
 * answers tell a story — reminders journaled on their business days, a mise en demeure and its
 * avis de réception, a call, a promise kept, a promise broken, a plan under way — and the reminders
 * carried over by the import are shown as such.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { frenchBusinessCalendar } from '../../src/domain/business-calendar';
import { addDays, calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import {
  cardText,
  PEOPLE,
  postActivity,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';
import { docxText } from '../support/docx-text';

const MONDAY = calendarDate(2026, 11, 23);
let bot: TestBot;

async function say(text: string, person = PEOPLE.controller) {
  const { body } = await postActivity(bot.url, bot.activity({ text }, person));
  return cardText((body as ExpectedReplies).activities.at(-1)!.attachments![0]!.content);
}

async function invoiceDue(customer: string, dueDate: CalendarDate) {
  return (await bot.stores.invoices.listByCustomer(customer)).find((i) => i.dueDate === dueDate)!;
}

describe('on a Monday', () => {
  beforeAll(async () => {
    bot = await startTestBot({ BLOB_CONTAINER: `past-${Date.now()}` });
    await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
    await bot.runJob({ trigger: 'cli' });
  }, 60_000);
  afterAll(async () => {
    await bot.stop();
    await bot.stores.storage.dropTables();
  });

  it('the history of a J+20 invoice shows its J+3 e-mail and its J+10 letter, on their days', async () => {
    const sgh = await invoiceDue('C002', addDays(MONDAY, -20));
    const text = await say(`historique ${sgh.number}`);
    expect(text).toMatch(/06\/11\/2026 \d\d:\d\d — E-mail envoyé — Camille Roux/);
    expect(text).toContain('étape J+3');
    expect(text).toMatch(/13\/11\/2026 \d\d:\d\d — Courrier de relance posté — Camille Roux/);
    expect(text).toContain('étape J+10');
    expect(text).not.toContain('Rien au journal');
    expect(sgh.dunning).toMatchObject({ lastStep: 'J+10', lastStepDate: calendarDate(2026, 11, 13) });
  });

  it('the dossier of the J+30 customer lists its earlier steps with their dates and the avis de réception', async () => {
    // Its AR came back on the 17th: the 8 days have run on Thursday 26, when the file goes.
    const thursday = addDays(MONDAY, 3);
    const later = await startTestBot({ BLOB_CONTAINER: `past-later-${Date.now()}` }, thursday);
    let dossier: string;
    try {
      await seedDemoIfEmpty(later.stores, MONDAY, later.ladder);
      await later.runJob({ trigger: 'cli' });
      await later.click('action.transfer', { date: thursday, customer: 'C007', step: 'J+30' });
      const action = (await later.stores.actions.get(thursday, 'C007', 'J+30'))!;
      expect(action.status).toBe('transferred');
      dossier = (await docxText((await later.documents.get(action.details.documentId!))!.bytes)).replace(
        /\u00a0/g,
        ' ',
      );
    } finally {
      await later.stop();
      await later.stores.storage.dropTables();
    }
    expect(dossier).not.toContain('Aucune relance n’est enregistrée');
    expect(dossier).not.toContain('Absente du journal');
    expect(dossier).toContain('27/10/2026\tE-mail envoyé\tÉtape J+3');
    expect(dossier).toContain('03/11/2026\tCourrier de relance posté\tÉtape J+10');
    expect(dossier).toMatch(
      /13\/11\/2026\tMise en demeure envoyée en recommandé avec accusé de réception\tÉtape J\+20 · LRAR n° 1A/,
    );
    expect(dossier).toContain('17/11/2026\tAvis de réception de la mise en demeure reçu');
    // The demo's past letters were never generated (no stored copy): not attached, and said why.
    expect(dossier).toContain(
      '(J+3)\tNon jointe\tEnvoyée le 27 octobre 2026 ; texte non conservé par Relances : à demander à Camille Roux',
    );
    expect(dossier).toContain(
      'Lettre de relance (J+10)\tNon jointe\tGénérée par Relances, envoyée le 3 novembre 2026 ; copie non conservée par Relances : à demander à Camille Roux',
    );
    expect(dossier).toMatch(
      /Lettre de mise en demeure \(J\+20\)\tNon jointe\tGénérée par Relances, envoyée le 13 novembre 2026 \(LRAR n° 1A/,
    );
    expect(dossier).toMatch(
      /Signé le 17 novembre 2026 ; AR papier conservé par .+ — à demander à Camille Roux/,
    );
    // The AR is journaled as the card's « AR reçu » does, and kept on the invoices it covers: the
    // transfer's deadline runs from it.
    const received = (await bot.stores.journal.listForCustomer('C007')).find(
      (e) => e.action === 'formal_notice.received',
    )!;
    expect(received.details).toMatchObject({
      event: 'received',
      postedOn: calendarDate(2026, 11, 13),
      on: calendarDate(2026, 11, 17),
      lrar: expect.stringMatching(/^1A /),
    });
    const covered = (await bot.stores.invoices.listByCustomer('C007')).filter((i) => i.dunning.notice);
    expect(covered.length).toBeGreaterThan(0);
    for (const invoice of covered) {
      expect(invoice.dunning.notice).toMatchObject({
        postedOn: calendarDate(2026, 11, 13),
        event: { kind: 'received', on: calendarDate(2026, 11, 17) },
      });
    }
  });

  it('the director hears of the broken promise, the plan under way; the history shows a call and a promise kept', async () => {
    const broken = await say('quelles promesses non tenues ?', PEOPLE.director);
    expect(broken).toContain('Naturalia Part-Dieu');
    expect(broken).toContain('non tenue');
    const plans = await say('échéanciers en cours', PEOPLE.director);
    expect(plans).toContain('Centre hospitalier de Villefranche');

    const creche = await say('historique client creche les petits pas');
    expect(creche).toContain('Appel téléphonique au client');
    expect(creche).toContain('attend le versement de la CAF');

    const kept = (await bot.stores.journal.listForDays(addDays(MONDAY, -200), addDays(MONDAY, -1))).filter(
      (e) => e.action === 'promise.recorded' || e.action === 'payment.received',
    );
    const promised = kept.find(
      (e) => e.action === 'promise.recorded' && String(e.details?.promisedDate) < addDays(MONDAY, -20),
    )!;
    const number = promised.target.invoiceNumbers![0]!;
    const invoice = await bot.stores.invoices.findByNumber(number);
    expect(invoice?.status).toBe('paid');
    expect(
      kept.some(
        (e) =>
          e.action === 'payment.received' &&
          e.target.invoiceNumbers?.includes(number) &&
          e.date === promised.details?.promisedDate,
      ),
    ).toBe(true);
    const history = await say(`historique ${number}`);
    expect(history).toContain('Promesse de paiement enregistrée');
    expect(history).toContain('Règlement reçu');
  });

  it('a reminder carried over by the import is in the invoice’s history, as such', async () => {
    const dupont = await invoiceDue('C005', addDays(MONDAY, -10));
    const text = await say(`historique ${dupont.number}`);
    expect(text).toContain('Relance antérieure à Relances');
    expect(text).toContain('étape J+3 — envoyée le 16/11/2026 — reprise de l’export du 23/11/2026');
    expect(dupont.dunning).toMatchObject({ lastStep: 'J+3', lastStepDate: calendarDate(2026, 11, 16) });
  });
});

it('on a Sunday, the past is on business days, before the last business day', async () => {
  const sunday = calendarDate(2026, 11, 29);
  const calendar = frenchBusinessCalendar();
  bot = await startTestBot({}, sunday);
  try {
    await seedDemoIfEmpty(bot.stores, sunday, bot.ladder);
    const past = (await bot.stores.journal.listForDays(addDays(sunday, -200), sunday)).filter(
      (e) => !e.action.startsWith('import.'),
    );
    expect(past.length).toBeGreaterThan(20);
    // Payments arrive any day, the import today; what the controller did is on business days,
    // before Friday — and so is the reminder the export carried over.
    const carried = past.find((e) => e.action === 'reminder.carried_over')!;
    expect(calendar.isBusinessDay(carried.details!.sentOn as CalendarDate)).toBe(true);
    for (const e of past.filter((p) => !['payment.received', 'reminder.carried_over'].includes(p.action))) {
      expect([e.action, calendar.isBusinessDay(e.date)]).toEqual([e.action, true]);
      expect(e.date < calendarDate(2026, 11, 27)).toBe(true);
    }
  } finally {
    await bot.stop();
    await bot.stores.storage.dropTables();
  }
}, 60_000);
