/**
 * Texts follow configuration: with another company's calendar (LADDER_FILE) and another law firm
 * (LAW_FIRM_NAME), nothing a user reads — welcome, help, the day's card, its detail cards, the
 * answers, the procedure and the letters — mentions Greenova's J+3…J+30 or Aptos.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { demoNoticeReceived } from '../support/demo-notice';
import { calendarDate } from '../../src/domain/calendar-date';
import { docxText } from '../support/docx-text';
import { cardText, postActivity, startTestBot, type ExpectedReplies, type TestBot } from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);
/** Greenova's firm and steps (the other calendar's own offsets, « J+15 », « J+23 », are its own). */
const GREENOVA_WORDS = /Aptos|\bJ\s?\+\s?(3|10|20|30)\b/;

async function say(bot: TestBot, text: string): Promise<string> {
  const { body } = await postActivity(bot.url, bot.activity({ text }));
  return (body as ExpectedReplies).activities
    .map((a) => (a.attachments?.length ? cardText(a.attachments[0]!.content) : (a.text ?? '')))
    .join('\n');
}

/** The .docx behind the first « Ouvrir » link of a reply. */
async function linkedDocument(bot: TestBot, text: string): Promise<string> {
  const { body } = await postActivity(bot.url, bot.activity({ text }));
  const cards = (body as ExpectedReplies).activities.flatMap((a) => a.attachments ?? []);
  const url = cards
    .map((card) =>
      /"type":"Action.OpenUrl","title":"[^"]*","url":"([^"]+)"/.exec(JSON.stringify(card.content)),
    )
    .find((m) => m !== null)![1]!;
  return docxText(Buffer.from(await (await fetch(url)).arrayBuffer()));
}

describe('another company’s calendar and law firm', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({
      LADDER_FILE: 'examples/calendrier-agence.json',
      LAW_FIRM_NAME: 'Cabinet Durand',
      LAW_FIRM_CONTACT_NAME: 'Maître Paul Durand',
      LAW_FIRM_EMAIL: 'contentieux@durand-avocats.example',
      BLOB_CONTAINER: `agency-${MONDAY}`,
      DOCUMENT_SIGNING_KEY: 'a'.repeat(40),
    });
    await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
    await bot.runJob({ trigger: 'cli' });
  });
  afterAll(async () => {
    await bot.stop();
    await bot.stores.storage.dropTables();
  });

  it('the welcome and the help describe the configured calendar', async () => {
    const welcome = (await bot.install()).activities
      .map((a) => cardText(a.attachments?.[0]?.content))
      .join('\n');
    expect(welcome).toContain("Rappel à l'échéance");
    expect(welcome).toContain('lettre de relance (courrier simple), à l’échéance');
    expect(welcome).toContain('mise en demeure en recommandé avec AR, 23 jours après l’échéance');
    expect(welcome).not.toMatch(GREENOVA_WORDS);
    const help = await say(bot, 'aide');
    expect(help).toContain('Relance LRAR');
    expect(help).not.toMatch(GREENOVA_WORDS);
  });

  it('the day’s card and every row’s detail speak of the configured steps', async () => {
    const card = await say(bot, 'relances du jour');
    expect(card).toMatch(/Rappel à l'échéance|Relance LRAR|Mise en demeure/);
    expect(card).not.toMatch(GREENOVA_WORDS);
    for (const action of await bot.stores.actions.listForDate(MONDAY)) {
      const detail = await bot.click('action.more', {
        date: MONDAY,
        customer: action.customerCode,
        step: action.step,
      });
      expect(detail.text).not.toMatch(GREENOVA_WORDS);
    }
  });

  it('questions, their help and the firm’s own name', async () => {
    expect(await say(bot, 'que puis-je demander ?')).not.toMatch(GREENOVA_WORDS);
    const atTheFirm = await say(bot, 'qu’est-ce qui est chez Durand ?');
    expect(atTheFirm).toContain('au contentieux');
    expect(atTheFirm).not.toMatch(GREENOVA_WORDS);
  });

  it('the procedure and the letter to the firm name the firm and the steps as configured', async () => {
    const procedure = await linkedDocument(bot, 'procédure');
    expect(procedure).toContain('Durand');
    expect(procedure).toContain('Mise en demeure');
    expect(procedure).not.toMatch(GREENOVA_WORDS);
    const mandate = await linkedDocument(bot, 'lettre au cabinet');
    expect(mandate).toContain('Durand');
    expect(mandate).not.toMatch(GREENOVA_WORDS);
  });
});

describe('a calendar with a transfer to another firm', () => {
  let bot: TestBot;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'relances-ladder-'));
    const ladder = join(dir, 'ladder.json');
    writeFileSync(
      ladder,
      JSON.stringify({
        steps: [
          { id: 'E1', offsetDays: 3, channel: 'email', template: 'reminder-email', label: 'Courriel' },
          { id: 'L1', offsetDays: 10, channel: 'letter', template: 'reminder-letter', label: 'Lettre' },
          {
            id: 'MED',
            offsetDays: 20,
            channel: 'registered_letter',
            template: 'formal-notice',
            label: 'Mise en demeure',
          },
          { id: 'AV', offsetDays: 30, channel: 'transfer', template: 'litigation-transfer', label: 'Avocat' },
        ],
        preDue: null,
      }),
    );
    bot = await startTestBot({
      LADDER_FILE: ladder,
      LAW_FIRM_NAME: 'Cabinet Durand',
      LAW_FIRM_EMAIL: 'contentieux@durand-avocats.example',
      BLOB_CONTAINER: `durand-${MONDAY}`,
      DOCUMENT_SIGNING_KEY: 'd'.repeat(40),
    });
    await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
    await demoNoticeReceived(bot.stores, bot.ladder);
    await bot.runJob({ trigger: 'cli' });
  });
  afterAll(async () => {
    await bot.stop();
    await bot.stores.storage.dropTables();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers « Transmettre à Durand », confirms with the firm’s name, and says where it went', async () => {
    const welcome = (await bot.install()).activities
      .map((a) => cardText(a.attachments?.[0]?.content))
      .join('\n');
    expect(welcome).toContain('transmission du dossier au cabinet Durand');
    const card = await say(bot, 'relances du jour');
    expect(card).toContain('Transmettre à Durand');
    expect(card).not.toMatch(GREENOVA_WORDS);
    const transfer = (await bot.stores.actions.listForDate(MONDAY)).find((a) => a.step === 'AV')!;
    const ref = { date: MONDAY, customer: transfer.customerCode, step: 'AV' };
    const confirm = await bot.click('action.confirmTransfer', ref);
    expect(confirm.text).toContain('au cabinet Durand');
    expect(confirm.text).not.toMatch(GREENOVA_WORDS);
    const done = await bot.click('action.transfer', ref);
    expect(done.text).toContain('transmis au cabinet Durand');
    expect(done.text).not.toMatch(GREENOVA_WORDS);
  });
});
