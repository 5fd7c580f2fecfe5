/**
 * The sales rep's side in the Playground: Karim Benali opens Relances (a second Playground, as
 * `npm run playground:as -- karim` does), receives the notices about his customers before they are
 * escalated, and answers one.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningPlayground } from '../../src/cli/playground';
import type { RunningStack } from '../../src/cli/stack';
import { launchBrowser, screenshot, startE2eStack, startPlaygroundAs } from './support';

let stack: RunningStack;
let karimPlayground: RunningPlayground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startE2eStack();
  karimPlayground = await startPlaygroundAs(stack, 'karim');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await karimPlayground?.stop();
  await stack?.stop();
});

it('the rep receives the notice about his customer and answers it', async () => {
  await page.goto(karimPlayground.url);
  await page.getByText('Bienvenue dans Relances').first().waitFor({ timeout: 30_000 });
  const notice = page.getByText('va être transmis au cabinet d’avocats').first();
  await notice.waitFor({ timeout: 20_000 });
  await page.getByText('pas de nouvelle commande sans acompte').first().waitFor();
  await screenshot(page, 'e2e-sales-notice');

  const nothing = page.getByRole('button', { name: 'Rien à signaler' }).last();
  await nothing.scrollIntoViewIfNeeded();
  await nothing.click();
  await page.getByText('✓ Vous : rien à signaler').first().waitFor({ timeout: 15_000 });
  await screenshot(page, 'e2e-sales-answered');

  const notices = await stack.bot.stores.salesNotices.listAll();
  const answered = notices.filter((n) => n.answer?.kind === 'nothing');
  expect(answered).toHaveLength(1);
  expect(answered[0]!.repEmail).toBe('karim.benali@greenova.example');
  expect(answered[0]!.answeredBy?.name).toBe('Karim Benali');
});
