import type { Browser, Page } from 'playwright-core';
import type { RunningStack } from '../../src/cli/stack';
import { launchBrowser, screenshot, sendMessage, startE2eStack } from './support';

let stack: RunningStack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startE2eStack();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

it('shows the welcome card once in the Playground, in French, then answers « aide »', async () => {
  await page.goto(stack.playground!.url);
  const title = page.getByText('Bienvenue dans Relances', { exact: true });
  await title.first().waitFor({ timeout: 30_000 });
  await expect(page.getByText('transmission du dossier au cabinet Aptos').first().isVisible()).resolves.toBe(
    true,
  );
  await screenshot(page, 'e2e-welcome');

  await sendMessage(page, 'aide');
  await page.getByText('Aide — ce que Relances sait faire').first().waitFor({ timeout: 15_000 });
  await screenshot(page, 'e2e-help');
  // One welcome, although Teams announces an installation twice: both announcements came before
  // the user's message, which has now been answered.
  expect(await title.count()).toBe(1);
});
