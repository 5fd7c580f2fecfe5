/**
 * One voice per customer and deadlines from real events, over HTTP (real Azurite, SMTP on
 * loopback): a customer at formal notice or at the law firm never receives a courteous or pre-due
 * message — from the day's plan, a click, or « Tout envoyer », even when it moved on after the job —
 * the LRAR's AR / presentation / return is recorded from the card, and the transfer is refused
 * before the mise en demeure's deadline and the firm's mandate start, with the reason on the card.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { newAction } from '../../src/domain/actions';
import { addDays, calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import type { ProposedAction } from '../../src/domain/daily-plan';
import type { Invoice } from '../../src/domain/ledger';
import { startTestBot, type TestBot } from '../support/bot';
import { docxText } from '../support/docx-text';
import { attachments, header, parseMime } from '../support/mime';
import { startSmtp, type TestServer } from '../support/smtp-server';

const MONDAY = calendarDate(2026, 11, 23);

async function until(condition: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
let bot: TestBot;
let smtp: TestServer;

const ref = (customer: string, step: string) => ({ date: MONDAY, customer, step });
const nb = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const recipients = () => smtp.received.flatMap((m) => m.rcptTo);

async function start(overrides: Record<string, string> = {}, options: { noAr?: boolean } = {}) {
  smtp = await startSmtp();
  bot = await startTestBot({
    MAIL_TRANSPORT: 'smtp',
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    BLOB_CONTAINER: `docs-${Date.now()}`,
    DOCUMENT_SIGNING_KEY: 'k'.repeat(40),
    ...overrides,
  });
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  if (options.noAr) {
    // The demo's mise en demeure came back signed; here its avis de réception has not come yet.
    for (const invoice of await bot.stores.invoices.listByCustomer('C007')) {
      if (!invoice.dunning.notice) continue;
      await bot.stores.invoices.modify('C007', invoice.number, (i: Invoice) => ({
        ...i,
        dunning: { ...i.dunning, notice: { ...i.dunning.notice!, event: null } },
      }));
    }
  }
  await bot.runJob({ trigger: 'cli' });
}

afterEach(async () => {
  await bot.stop();
  await smtp.close();
  await bot.stores.storage.dropTables();
});

/** A proposal as an earlier version of the job stored it (before the one-voice rule). */
async function staleProposal(customer: string, step: string, channel: ProposedAction['channel']) {
  const invoices = (await bot.stores.invoices.listByCustomer(customer)).filter((i) =>
    step === 'J-5' ? i.dueDate > MONDAY : i.dueDate < MONDAY,
  );
  const c = (await bot.stores.customers.get(customer))!;
  await bot.stores.actions.createMany([
    newAction({
      id: `${MONDAY}|${customer}|${step}`,
      date: MONDAY,
      customerCode: customer,
      customerName: c.legalName,
      risk: c.risk,
      salesRepEmail: c.salesRepEmail,
      step,
      channel,
      invoices: invoices.map((i) => ({
        number: i.number,
        issueDate: i.issueDate,
        dueDate: i.dueDate,
        amountInclTax: i.amountInclTax,
        balance: i.amountInclTax,
        daysLate: 0,
      })),
      total: invoices[0]!.amountInclTax,
      maxDaysLate: 0,
      alerts: [],
    }),
  ]);
}

/** Moves a customer's first overdue invoice as if a mise en demeure had been posted on `on`. */
async function putUnderNotice(customer: string, on: CalendarDate) {
  const [first] = (await bot.stores.invoices.listByCustomer(customer)).filter(
    (i) => i.dueDate < MONDAY && i.status === 'open',
  );
  await bot.stores.invoices.modify(customer, first!.number, (i: Invoice) => ({
    ...i,
    dunning: {
      ...i.dunning,
      lastStep: 'J+20',
      lastStepDate: on,
      notice: { postedOn: on, lrar: null, event: null },
    },
  }));
}

describe('one voice per customer', () => {
  beforeEach(() => start({ LAW_FIRM_MANDATE_START: '2026-12-01' }));

  it('the day’s plan: no pre-due to a customer at formal notice, one communication a day', async () => {
    // Propreté Services Rhône-Alpes: mise en demeure posted 10 days ago, an invoice due in 5 days.
    expect(await bot.stores.actions.get(MONDAY, 'C007', 'J-5')).toBeNull();
    // Its transfer is not proposed yet: the firm's mandate starts on 1 December.
    expect(await bot.stores.actions.get(MONDAY, 'C007', 'J+30')).toBeNull();
    // Société Générale d’Hygiène: its mise en demeure today; the courteous pre-due waits.
    expect(await bot.stores.actions.get(MONDAY, 'C002', 'J+20')).not.toBeNull();
    expect(await bot.stores.actions.get(MONDAY, 'C002', 'J-5')).toBeNull();

    const card = nb((await bot.click('digest.refresh', { date: MONDAY })).text);
    expect(card).toContain('Mises en demeure en cours');
    expect(card).toContain('Propreté Services Rhône-Alpes');
    expect(card).toContain(
      'Transmission au cabinet possible le 01/12/2026 : le mandat confié au cabinet Aptos Avocats commence le 1er décembre 2026',
    );
  });

  it('at send time: a customer now at formal notice gets no J+3, neither by its button nor by « Tout envoyer »', async () => {
    // After the job, Biocoop's file moves on: a mise en demeure is posted on one of its invoices.
    await putUnderNotice('C001', MONDAY);
    const one = nb((await bot.click('action.sendEmail', ref('C001', 'J+3'))).text);
    expect(one).toContain('Relance retirée pour Biocoop');
    expect(one).toContain('client en mise en demeure depuis le 23/11/2026');
    expect(smtp.received).toHaveLength(0);

    // Another J+3 customer moves on too: « Tout envoyer » queues it, and the queue checks again at send time.
    await putUnderNotice('C003', MONDAY);
    await bot.click('section.sendAll', { date: MONDAY, step: 'J+3' });
    const settled = async () =>
      (await bot.stores.actions.listForDate(MONDAY))
        .filter((a) => a.step === 'J+3')
        .every((a) => a.status !== 'queued' && a.status !== 'in_progress');
    await until(settled);
    const c003 = (await bot.stores.customers.get('C003'))!;
    expect(recipients().length).toBeGreaterThan(0);
    for (const address of c003.billingEmails) expect(recipients()).not.toContain(address);
    expect(await bot.stores.actions.get(MONDAY, 'C003', 'J+3')).toMatchObject({ status: 'withdrawn' });
    const journal = await bot.stores.journal.listForCustomer('C003');
    expect(journal.find((e) => e.action === 'action.withdrawn')?.reason).toContain('mise en demeure');
  });

  it('at send time: a customer at the law firm gets no pre-due e-mail, even from a proposal made before', async () => {
    // The demo's incident: a pre-due reminder proposed before the file went to the firm.
    await staleProposal('C007', 'J-5', 'email');
    for (const invoice of await bot.stores.invoices.listByCustomer('C007'))
      if (invoice.dueDate < MONDAY)
        await bot.stores.invoices.modify('C007', invoice.number, (i: Invoice) => ({
          ...i,
          status: 'litigation',
        }));
    const answer = nb((await bot.click('action.sendEmail', ref('C007', 'J-5'))).text);
    expect(answer).toContain('client transmis au cabinet Aptos Avocats');
    expect(smtp.received).toHaveLength(0);
    expect(await bot.stores.actions.get(MONDAY, 'C007', 'J-5')).toMatchObject({ status: 'withdrawn' });
  });
});

describe('the mise en demeure’s events and the transfer’s deadline', () => {
  it('refuses the transfer before the firm’s mandate starts, with the reason, journaled', async () => {
    await start({ LAW_FIRM_MANDATE_START: '2026-12-01' });
    await staleProposal('C007', 'J+30', 'transfer');
    const answer = nb((await bot.click('action.transfer', ref('C007', 'J+30'))).text);
    expect(answer).toContain(
      'Transmission au cabinet possible le 01/12/2026 : le mandat confié au cabinet Aptos Avocats commence le 1er décembre 2026',
    );
    expect(smtp.received).toHaveLength(0);
    expect(await bot.stores.actions.get(MONDAY, 'C007', 'J+30')).toMatchObject({ status: 'withdrawn' });
    const journal = await bot.stores.journal.listForCustomer('C007');
    expect(journal.find((e) => e.action === 'litigation.transfer')).toMatchObject({
      outcome: 'refused',
      details: { refusal: 'transfer_not_yet', on: '2026-12-01' },
    });
    for (const i of await bot.stores.invoices.listByCustomer('C007')) expect(i.status).not.toBe('litigation');
  });

  it('records the AR from the card; the transfer waits for AR + 8 days, then goes', async () => {
    await start({ LAW_FIRM_MANDATE_START: '2026-11-01' }, { noAr: true });
    // Posted 13 November, no AR yet: 15 days after posting, so possible on Monday 30 November.
    const card = nb((await bot.click('digest.refresh', { date: MONDAY })).text);
    expect(card).toContain(
      'Transmission au cabinet possible le 30/11/2026 : aucun AR enregistré, délai de 15 jours après l’envoi du 13 novembre',
    );
    expect(card).toContain('AR reçu');

    // A date in the future, or before the posting, is refused.
    for (const date of [addDays(MONDAY, 1), calendarDate(2026, 11, 12)]) {
      const refused = nb(
        (
          await bot.click('notice.event', {
            date: MONDAY,
            customer: 'C007',
            event: 'received',
            'noticeDate|C007': date,
          })
        ).text,
      );
      expect(refused).toContain('date invalide');
    }
    // The AR came back on 20 November: 8 days after it, possible on Monday 30 November still.
    const received = nb(
      (
        await bot.click('notice.event', {
          date: MONDAY,
          customer: 'C007',
          event: 'received',
          'noticeDate|C007': '2026-11-20',
        })
      ).text,
    );
    expect(received).toContain('AR de la mise en demeure à Propreté Services Rhône-Alpes reçu le 20/11/2026');
    expect(received).toContain(
      'Transmission au cabinet possible le 30/11/2026 : délai de 8 jours après l’AR du 20 novembre',
    );
    const [underNotice] = (await bot.stores.invoices.listByCustomer('C007')).filter(
      (i) => i.dunning.lastStep === 'J+20',
    );
    expect(underNotice!.dunning.notice).toMatchObject({ event: { kind: 'received', on: '2026-11-20' } });
    const journal = await bot.stores.journal.listForCustomer('C007');
    // (The demo journaled its own AR of the 17th; this one is the card's.)
    expect(
      journal.find((e) => e.action === 'formal_notice.received' && e.details?.on === '2026-11-20'),
    ).toMatchObject({ outcome: 'ok', actor: { name: expect.any(String) } });

    // Corrected: the AR was in fact signed on 14 November — the deadline ran out on the 22nd.
    await bot.stores.invoices.modify('C007', underNotice!.number, (i: Invoice) => ({
      ...i,
      dunning: {
        ...i.dunning,
        notice: { ...i.dunning.notice!, event: { kind: 'received', on: calendarDate(2026, 11, 14) } },
      },
    }));
    // Its other invoice fell due 4 days ago: no J+3 e-mail to a customer at formal notice, it joins
    // the transfer.
    const [later] = (await bot.stores.invoices.listByCustomer('C007')).filter((i) => i.dueDate > MONDAY);
    await bot.stores.invoices.modify('C007', later!.number, (i: Invoice) => ({
      ...i,
      dueDate: addDays(MONDAY, -4),
    }));
    await bot.runJob({ trigger: 'cli' });
    expect(await bot.stores.actions.get(MONDAY, 'C007', 'J+3')).toBeNull();
    const action = await bot.stores.actions.get(MONDAY, 'C007', 'J+30');
    expect(action).toMatchObject({ status: 'proposed' });
    expect(action!.invoices.map((i) => [i.number, i.step])).toEqual([
      [underNotice!.number, undefined],
      [later!.number, 'J+3'],
    ]);
    expect(nb((await bot.click('digest.refresh', { date: MONDAY })).text)).toContain(
      '+ 1 facture échue depuis la mise en demeure',
    );
    const done = nb((await bot.click('action.transfer', ref('C007', 'J+30'))).text);
    expect(done).toContain('transmis au cabinet Aptos Avocats');
    expect(smtp.received).toHaveLength(1);
    const mail = parseMime(smtp.received[0]!.raw);
    expect(header(mail, 'subject')).toContain('Propreté Services Rhône-Alpes');
    const dossier = nb(await docxText(attachments(mail)[1]!.content));
    expect(dossier).toMatch(
      /Mise en demeure envoyée le 13 novembre 2026 \(LRAR n° [0-9A-Z ]+\) — avis de réception signé le 14 novembre 2026/,
    );
    expect(dossier).toContain(
      `Factures échues depuis, non couvertes par la mise en demeure : ${later!.number}`,
    );
    for (const number of [underNotice!.number, later!.number])
      expect((await bot.stores.invoices.get('C007', number))?.status).toBe('litigation');
  });

  it('a returned letter does not start the deadline: the card says so and asks to check the address', async () => {
    await start({ LAW_FIRM_MANDATE_START: '2026-11-01' }, { noAr: true });
    const returned = nb(
      (
        await bot.click('notice.event', {
          date: MONDAY,
          customer: 'C007',
          event: 'returned',
          'noticeDate|C007': '2026-11-18',
        })
      ).text,
    );
    expect(returned).toContain('Pli retourné le 18/11/2026 : le délai ne court pas. Vérifiez l’adresse');
    await bot.runJob({ trigger: 'cli' });
    expect(await bot.stores.actions.get(MONDAY, 'C007', 'J+30')).toBeNull();
  });

  it('the LRAR marked sent from the card is the mise en demeure’s record: its row then offers the AR', async () => {
    await start();
    await bot.click('action.generate', ref('C008', 'J+20'));
    // A number in the international form with a wrong check digit is refused.
    const typo = nb(
      (
        await bot.click('action.markRegistered', {
          ...ref('C008', 'J+20'),
          'lrar|C008|J+20': 'RR 123 456 788 FR',
        })
      ).text,
    );
    expect(typo).toContain('saisissez le numéro');
    await bot.click('action.markRegistered', {
      ...ref('C008', 'J+20'),
      'lrar|C008|J+20': 'RR 123 456 785 FR',
    });
    const [invoice] = (await bot.stores.invoices.listByCustomer('C008')).filter(
      (i) => i.dunning.lastStep === 'J+20',
    );
    expect(invoice!.dunning.notice).toEqual({ postedOn: MONDAY, lrar: 'RR 123 456 785 FR', event: null });
    const card = nb((await bot.click('digest.refresh', { date: MONDAY })).text);
    expect(card).toContain('LRAR n° RR 123 456 785 FR envoyée le 23/11/2026');
    expect(card).toContain('Avisé non réclamé');
    const unclaimed = nb(
      (
        await bot.click('notice.event', {
          date: MONDAY,
          customer: 'C008',
          event: 'unclaimed',
          'noticeDate|C008': MONDAY,
        })
      ).text,
    );
    expect(unclaimed).toContain('pli avisé non réclamé, présenté le 23/11/2026');
  });
});
