/**
 * The penalty rates set from Teams, over HTTP (real Azurite): « taux » opens the form (the
 * controllers only), French input validated, the rates stored and journaled (who, source, before
 * and after), the next letter computed with them without a restart; the day's card asking for the
 * coming semester's rates from a fortnight before, and asking before a letter whose rate is missing.
 */
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { computeLatePenalty } from '../../src/domain/late-penalties';
import { cents, formatEuros } from '../../src/domain/money';
import { DEFAULT_RATE_TABLE } from '../../src/domain/rate-table';
import { mergeStoredRates } from '../../src/domain/stored-rates';
import {
  cardText,
  PEOPLE,
  postActivity,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';
import { docxText } from '../support/docx-text';

let bot: TestBot;

async function start(today: CalendarDate) {
  bot = await startTestBot({}, today);
  await seedDemoIfEmpty(bot.stores, today, bot.ladder);
  await bot.install(PEOPLE.controller);
}

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

const openUrl = (card: unknown) =>
  /"type":"Action\.Openurl","title":"[^"]*","url":"([^"]+)"/i.exec(JSON.stringify(card))?.[1];

describe('the form (Monday 23 November 2026)', () => {
  const MONDAY = calendarDate(2026, 11, 23);
  beforeEach(() => start(MONDAY));

  it('opens on « taux » for a controller, proposing the semester whose rate is missing; others are told who may', async () => {
    for (const command of ['taux', 'Taux de pénalités', 'saisir les taux']) {
      const form = await say(command);
      expect(form.text).toContain('Taux de pénalités');
      expect(form.text).toContain(
        'Semestre commençant le 1er juillet 2026 : BCE 2,40\u00a0% ; légal « autres cas » inconnu ; légal « particuliers » inconnu',
      );
      expect(form.text).toContain(
        'Semestre commençant le 1er janvier 2026 : BCE 2,15\u00a0% ; légal « autres cas » 2,62\u00a0%',
      );
      expect(JSON.stringify(form.card)).toContain(
        '"id":"rateSemester","label":"Semestre","value":"2026-07-01"',
      );
      expect(JSON.stringify(form.card)).toContain('"verb":"rates.set"');
    }
    const refused = await say('taux', PEOPLE.director);
    expect(refused.card).toBeNull();
    expect(refused.text).toBe(
      'Seuls le responsable du crédit client et son suppléant peuvent saisir les taux de pénalités : adressez-vous à eux.',
    );
  });

  it('refuses, in French, what is not a rate, a semester start or a sourced entry, and keeps what was typed', async () => {
    const base = { rateSemester: '2026-07-01', rateSource: 'Arrêté de juin 2026 (JORF) — saisie de test' };
    const cases: Array<[Record<string, string>, string]> = [
      [
        { ...base, rateLegalProfessional: '2,405' },
        'le taux de l’intérêt légal « autres cas » doit être un pourcentage entre 0 et 50',
      ],
      [{ ...base, rateEcb: '51' }, 'le taux de la BCE doit être un pourcentage entre 0 et 50'],
      [{ ...base }, 'saisissez au moins un taux'],
      [{ ...base, rateEcb: '2,40', rateSource: '  ' }, 'indiquez la source'],
      [
        { ...base, rateSemester: '2026-08-01', rateEcb: '2,40' },
        'le semestre doit commencer un 1er janvier ou un 1er juillet',
      ],
    ];
    for (const [data, reason] of cases) {
      const answer = await bot.click('rates.set', data);
      expect(answer.text).toContain(`⛔ Taux non enregistrés : ${reason}`);
      expect(answer.text).toContain('Taux connus');
    }
    const typed = await bot.click('rates.set', { ...base, rateEcb: '2,4x' });
    expect(JSON.stringify(typed.card)).toContain('"id":"rateEcb"');
    expect(JSON.stringify(typed.card)).toContain('"value":"2,4x"');
    expect(await bot.stores.rates.list()).toEqual([]);
  });

  it('records a rate with its source, journals it (who, before, after), and the card stops asking for it', async () => {
    const day = await say('relances du jour');
    expect(day.text).toContain(
      'Taux non encore saisi : taux de l’intérêt légal « autres cas » du 1er juillet 2026.',
    );
    expect(JSON.stringify(day.card)).toContain('"verb":"rates.open"');

    const refused = await bot.click(
      'rates.set',
      { rateSemester: '2026-07-01', rateLegalProfessional: '2,62', rateSource: 'test' },
      PEOPLE.director,
    );
    expect(refused.text).toContain('Seuls le responsable du crédit client et son suppléant');

    const done = await bot.click('rates.set', {
      rateSemester: '2026-07-01',
      rateEcb: '2.40',
      rateLegalProfessional: '2,62',
      rateSource: 'Arrêté de juin 2026 (JORF) — saisie de test',
      day: MONDAY,
    });
    expect(done.text).toContain(
      '✅ Taux enregistrés pour le semestre du 1er juillet 2026 au 31 décembre 2026',
    );
    expect(done.text).toContain('taux de la BCE : 2,40\u00a0% (inchangé)');
    expect(done.text).toContain('taux de l’intérêt légal « autres cas » : 2,62\u00a0% (inconnu jusqu’ici)');
    expect(done.text).toContain(
      'Les pénalités B2B du 1er juillet 2026 au 31 décembre 2026 seront calculées à 12,40\u00a0% (taux de la BCE + 10 points).',
    );
    expect(done.text).toContain('un taux contractuel ne peut être inférieur à 7,86\u00a0%');
    expect(done.text).toContain(
      'Source : Arrêté de juin 2026 (JORF) — saisie de test. Saisi par Camille Roux.',
    );
    expect(JSON.stringify(done.card)).not.toContain('"verb":"rates.set"');

    const entries = (await bot.stores.journal.listForDays(MONDAY, MONDAY)).filter(
      (e) => e.action === 'rates.set',
    );
    expect(entries).toEqual([
      expect.objectContaining({
        outcome: 'refused',
        reason: 'réservé au responsable du crédit client et à son suppléant',
        actor: expect.objectContaining({ name: PEOPLE.director.name }),
      }),
      expect.objectContaining({
        outcome: 'ok',
        actor: { id: PEOPLE.controller.aadObjectId, name: PEOPLE.controller.name },
        target: { ref: 'rates|2026-07-01' },
        details: {
          semesterStart: '2026-07-01',
          source: 'Arrêté de juin 2026 (JORF) — saisie de test',
          changes: [
            { series: 'ecb', before: 240, after: 240 },
            { series: 'legal-professional', before: null, after: 262 },
          ],
          correction: false,
        },
      }),
    ]);
    expect((await bot.stores.rates.list()).map((r) => [r.series, r.semesterStart, r.rateBp])).toEqual([
      ['ecb', '2026-07-01', 240],
      ['legal-professional', '2026-07-01', 262],
    ]);

    const after = await say('relances du jour');
    expect(after.text).not.toContain('Taux non encore saisi');
    expect(JSON.stringify(after.card)).not.toContain('"verb":"rates.open"');

    // A different rate for a semester the table has is a correction, and says so.
    const corrected = await bot.click('rates.set', {
      rateSemester: '2026-07-01',
      rateEcb: '2,15',
      rateSource: 'Correction de test',
    });
    expect(corrected.text).toContain('taux de la BCE : 2,15\u00a0% (correction : 2,40\u00a0% auparavant)');
    const last = (await bot.stores.journal.listForDays(MONDAY, MONDAY))
      .filter((e) => e.action === 'rates.set')
      .at(-1)!;
    expect(last.details).toMatchObject({
      correction: true,
      changes: [{ series: 'ecb', before: 240, after: 215 }],
    });
  });
});

describe('letters of January 2027, before and after the rate is set (Monday 18 January 2027)', () => {
  const DAY = calendarDate(2027, 1, 18);
  beforeEach(async () => {
    await start(DAY);
    await bot.runJob({ trigger: 'cli' });
  });

  it('asks before generating, lets « Générer quand même » through, and the next letter uses the rate set from Teams', async () => {
    const day = await say('relances du jour');
    expect(day.text).toContain(
      'Taux non encore saisis : taux de la BCE et taux de l’intérêt légal « autres cas » du 1er janvier 2027.',
    );

    const asked = await bot.click('action.generate', { date: DAY, customer: 'C005', step: 'J+10' });
    expect(asked.text).toContain(
      'Le taux de la BCE du 1er janvier 2027 n’est pas encore connu : la lettre indiquera le mode de calcul des pénalités sans les chiffrer.',
    );
    expect(asked.text).toContain('Saisir le taux');
    expect(asked.text).toContain('Générer quand même');
    expect((await bot.stores.actions.get(DAY, 'C005', 'J+10'))!.status).toBe('proposed');

    // The mise en demeure of SGH: « Générer quand même » generates it.
    const notice = await bot.click('action.generate', { date: DAY, customer: 'C002', step: 'J+20' });
    expect(notice.text).toContain(
      'la mise en demeure indiquera le mode de calcul des pénalités sans les chiffrer',
    );
    const anyway = (
      notice.card!.actions as Array<{ title: string; verb: string; data: Record<string, unknown> }>
    ).find((a) => a.title === 'Générer quand même')!;
    expect(anyway.verb).toBe('action.generate');
    expect(anyway.data).toMatchObject({ customer: 'C002', step: 'J+20', rateConfirmed: true });
    const generated = await bot.click('action.generate', anyway.data);
    expect(generated.text).toContain('Mise en demeure générée');
    expect((await bot.stores.actions.get(DAY, 'C002', 'J+20'))!.status).toBe('generated');

    // « Saisir le taux »: the form, for that semester, as a message of its own.
    const opened = await bot.click('rates.open', { semester: '2027-01-01', day: DAY });
    expect(opened.text).toBe('Le formulaire des taux est ci-dessous.');
    const posted = bot.connector.posted().at(-1)!;
    const form = (posted.activity.attachments as Array<{ content: unknown }>)[0]!.content;
    expect(JSON.stringify(form)).toContain('"id":"rateSemester","label":"Semestre","value":"2027-01-01"');

    const set = await bot.click('rates.set', {
      rateSemester: '2027-01-01',
      rateEcb: '2,65',
      rateSource: 'BCE, décision de décembre 2026 — saisie de test',
    });
    expect(set.text).toContain(
      'Les pénalités B2B du 1er janvier 2027 au 30 juin 2027 seront calculées à 12,65\u00a0% (taux de la BCE + 10 points).',
    );

    // The same click now generates at once, and the letter's penalties use 12,65\u00a0%.
    const letter = await bot.click('action.generate', { date: DAY, customer: 'C005', step: 'J+10' });
    expect(letter.text).toContain('📄 Courrier généré');
    const action = (await bot.stores.actions.get(DAY, 'C005', 'J+10'))!;
    expect(action.status).toBe('generated');
    const customer = (await bot.stores.customers.get('C005'))!;
    const table = mergeStoredRates(DEFAULT_RATE_TABLE, await bot.stores.rates.list());
    const interest = cents(
      action.invoices.reduce(
        (sum, i) =>
          sum +
          computeLatePenalty({
            amountDue: i.balance,
            dueDate: i.dueDate,
            asOf: DAY,
            customerType: customer.type,
            contractualRateBp: customer.contractualPenaltyRateBp,
            rates: table,
          }).interest,
        0,
      ),
    );
    expect(interest).toBeGreaterThan(0);
    const text = await docxText(Buffer.from(await (await fetch(openUrl(letter.card)!)).arrayBuffer()));
    expect(text).toContain(formatEuros(interest));
    expect(text).not.toContain('à compléter');
  });

  it('asks before the transfer to the firm too: « Transmettre quand même » leads to the usual confirmation', async () => {
    // The AR of C007's mise en demeure came back: its 8 days have run, the transfer is proposed.
    await bot.click('notice.event', {
      date: DAY,
      customer: 'C007',
      event: 'received',
      'noticeDate|C007': '2027-01-09',
    });
    await bot.runJob({ trigger: 'cli' });
    const asked = await bot.click('action.confirmTransfer', { date: DAY, customer: 'C007', step: 'J+30' });
    expect(asked.text).toContain(
      'Le taux de la BCE du 1er janvier 2027 n’est pas encore connu : le dossier indiquera le mode de calcul des pénalités sans les chiffrer.',
    );
    const anyway = (
      asked.card!.actions as Array<{ title: string; verb: string; data: Record<string, unknown> }>
    ).find((a) => a.title === 'Transmettre quand même')!;
    expect(anyway.verb).toBe('action.confirmTransfer');
    const confirm = await bot.click(anyway.verb, anyway.data);
    expect(confirm.text).toContain('Transmettre le dossier Propreté Services Rhône-Alpes au cabinet');
    expect((await bot.stores.actions.get(DAY, 'C007', 'J+30'))!.status).toBe('proposed');
  });
});

describe('the fortnight before 1 January', () => {
  it('on 16 December the card does not ask yet; on 17 December it asks, with the form’s button (controllers only)', async () => {
    await start(calendarDate(2026, 12, 16));
    await bot.runJob({ trigger: 'cli' });
    const before = await say('relances du jour');
    expect(before.text).toContain('Relances du mercredi 16 décembre 2026');
    expect(before.text).not.toContain('Taux du semestre prochain à saisir');
    await bot.stop();
    await bot.stores.storage.dropTables();

    await start(calendarDate(2026, 12, 17));
    await bot.runJob({ trigger: 'cli' });
    const asked = await say('relances du jour');
    expect(asked.text).toContain(
      'Taux du semestre prochain à saisir : taux de la BCE et taux de l’intérêt légal « autres cas » du 1er janvier 2027. Où les trouver : BCE : taux des opérations principales de refinancement ; Journal officiel : arrêté fixant le taux de l’intérêt légal.',
    );
    expect(JSON.stringify(asked.card)).toContain('"verb":"rates.open","data":{"semester":"2026-07-01"');
    const director = await say('relances du jour', PEOPLE.director);
    expect(director.text).toContain('Taux du semestre prochain à saisir');
    expect(JSON.stringify(director.card)).not.toContain('"verb":"rates.open"');
    // Once entered, the card stops asking.
    await bot.click('rates.set', {
      rateSemester: '2027-01-01',
      rateEcb: '2,65',
      rateLegalProfessional: '2,50',
      rateSource: 'Saisie de test',
    });
    const done = await say('relances du jour');
    expect(done.text).not.toContain('Taux du semestre prochain à saisir');
  });
  it('on 1 January (a holiday: the card of 31 December shows), the semester has started and its rates are missing', async () => {
    await start(calendarDate(2027, 1, 1));
    await bot.runJob({ trigger: 'cli', date: calendarDate(2026, 12, 31) });
    const card = await say('relances du jour');
    expect(card.text).toContain('Relances du jeudi 31 décembre 2026');
    expect(card.text).toContain(
      'Taux non encore saisis : taux de la BCE et taux de l’intérêt légal « autres cas » du 1er janvier 2027. Tant qu’ils manquent, les courriers indiquent le mode de calcul des pénalités sans les chiffrer.',
    );
    expect(card.text).not.toContain('Taux du semestre prochain à saisir');
    expect(JSON.stringify(card.card)).toContain('"verb":"rates.open","data":{"semester":"2027-01-01"');
  });
});
