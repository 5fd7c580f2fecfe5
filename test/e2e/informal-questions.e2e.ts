/**
 * The director asks as she speaks, in the Playground (issue 16): « qui nous doit le plus de fric ? »
 * gets the top debtors and « c koi le total des impayes a fin octobre » the invoices unpaid at the
 * end of October. Each answer's headline is checked against figures computed here from the
 * ledger, independently of the bot.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningPlayground } from '../../src/cli/playground';
import type { RunningStack } from '../../src/cli/stack';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { balanceOf, type Invoice } from '../../src/domain/ledger';
import { cents, formatEuros } from '../../src/domain/money';
import { launchBrowser, screenshot, sendMessage, startE2eStack, startPlaygroundAs } from './support';

let stack: RunningStack;
let directorPlayground: RunningPlayground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startE2eStack();
  directorPlayground = await startPlaygroundAs(stack, 'helene');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
  // One conversation for both tests: the bot welcomes an installation once a minute, not per reload.
  await page.goto(directorPlayground.url);
  await page.getByText('Bienvenue dans Relances').first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await directorPlayground?.stop();
  await stack?.stop();
});

const TOP_DEBTORS = 'qui nous doit le plus de fric ?';
const UNPAID_END_OF_OCTOBER = 'c koi le total des impayes a fin octobre';

/** What a reader sees: no-break spaces read as spaces. */
const read = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const unpaidOn = (invoice: Invoice, today: CalendarDate) =>
  invoice.dueDate < today && !['paid', 'written_off'].includes(invoice.status) && balanceOf(invoice) >= 100;

/** The last 31 October on or before today (« à fin octobre » is a date already past). */
function lastEndOfOctober(today: CalendarDate): CalendarDate {
  const year = Number(today.slice(0, 4));
  const thisYear = calendarDate(year, 10, 31);
  return thisYear <= today ? thisYear : calendarDate(year - 1, 10, 31);
}

/** The text of the chat once `expected` appears in it after the question was sent. */
async function ask(question: string, expected: RegExp): Promise<string> {
  const before = read(await page.locator('body').innerText());
  const seenBefore = (before.match(new RegExp(expected.source, 'g')) ?? []).length;
  await sendMessage(page, question);
  for (let waited = 0; waited < 30_000; waited += 250) {
    const text = read(await page.locator('body').innerText());
    if ((text.match(new RegExp(expected.source, 'g')) ?? []).length > seenBefore) return text;
    await page.waitForTimeout(250);
  }
  throw new Error(
    `no answer matching ${expected} to « ${question} »:\n${read(await page.locator('body').innerText()).slice(-2000)}`,
  );
}

it('asks two informal questions and reads the right headlines', async () => {
  const today = stack.bot.clock.today();
  const unpaid = (await stack.bot.stores.invoices.listOpen()).filter((i) => unpaidOn(i, today));
  const byCustomer = new Map<string, number>();
  for (const i of unpaid)
    byCustomer.set(i.customerCode, (byCustomer.get(i.customerCode) ?? 0) + balanceOf(i));
  const ranked = [...byCustomer.values()].sort((a, b) => b - a);
  expect(ranked.length).toBeGreaterThan(1);

  // Top debtors: « Les N clients les plus en retard : X échus TTC », X the N largest overdue balances.
  const top = await ask(TOP_DEBTORS, /Les \d+ clients? les plus en retard : [^\n]+ échus TTC/);
  const headline = top.match(/Les (\d+) clients? les plus en retard : ([^\n]+) échus TTC/g)!.at(-1)!;
  const shown = Number(/Les (\d+)/.exec(headline)![1]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(ranked.length);
  expect(headline).toContain(
    formatEuros(cents(ranked.slice(0, shown).reduce((s, v) => s + v, 0))).replace(/[\u00a0\u202f]/g, ' '),
  );
  await screenshot(page, 'e2e-informal-top-debtors');

  // Unpaid at the end of October: the invoices due by then and still unpaid today.
  const asOf = lastEndOfOctober(today);
  const due = unpaid.filter((i) => i.dueDate <= asOf);
  expect(due.length).toBeGreaterThan(0);
  const total = read(formatEuros(cents(due.reduce((s, i) => s + balanceOf(i), 0))));
  const count = `${due.length} facture${due.length > 1 ? 's' : ''} impayée${due.length > 1 ? 's' : ''}`;
  const answer = await ask(
    UNPAID_END_OF_OCTOBER,
    new RegExp(`${count}[^\\n]*: ${total.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} TTC`),
  );
  expect(answer).toContain(`31 octobre ${asOf.slice(0, 4)}`);
  await screenshot(page, 'e2e-informal-unpaid-end-of-october');
});

it('pages through the help and asks an example by its button', async () => {
  await ask('que puis-je demander ?', /Page 1 sur \d+/);
  await page
    .getByRole('button', { name: /^Voir la suite \(2\/\d+\)/ })
    .last()
    .click();
  await page
    .getByText(/Page 2 sur \d+/)
    .first()
    .waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'balance âgée', exact: true }).last().click();
  await page
    .getByText(/Balance âgée au /)
    .first()
    .waitFor({ timeout: 20_000 });
  await screenshot(page, 'e2e-help-example-asked');
});
