/**
 * The director's weekly review and a chart in the Playground (issue #18): « revue de la semaine »
 * shows the card — its title, its five figures and its two charts as images the page actually
 * loaded through their signed links — and « évolution du DSO » answers with the DSO's line drawn.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunningPlayground } from '../../src/cli/playground';
import type { RunningStack } from '../../src/cli/stack';
import { review as t } from '../../src/i18n/fr/review';
import {
  launchBrowser,
  RESULTS_DIR,
  screenshot,
  sendMessage,
  startE2eStack,
  startPlaygroundAs,
} from './support';

let stack: RunningStack;
let directorPlayground: RunningPlayground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startE2eStack();
  directorPlayground = await startPlaygroundAs(stack, 'helene');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 2600 } });
  await page.goto(directorPlayground.url);
  await page.getByText('Bienvenue dans Relances').first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await directorPlayground?.stop();
  await stack?.stop();
});

/** What a reader sees: no-break spaces read as spaces. */
const read = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The images of the chat whose link is a signed document link, as the page loaded them. */
async function chartImages(): Promise<{ src: string; alt: string; width: number; complete: boolean }[]> {
  return page
    .locator('img')
    .evaluateAll((imgs) =>
      (imgs as unknown as { src: string; alt: string; naturalWidth: number; complete: boolean }[])
        .filter((img) => /\/documents\/[0-9a-f-]{36}\?/.test(img.src))
        .map((img) => ({ src: img.src, alt: img.alt, width: img.naturalWidth, complete: img.complete })),
    );
}

/** Waits until `count` chart images more than `before` are in the page and all of them loaded. */
async function waitForLoadedCharts(before: number, count: number) {
  let images = await chartImages();
  for (let waited = 0; waited < 30_000; waited += 250) {
    images = await chartImages();
    if (images.length >= before + count && images.every((i) => i.complete)) break;
    await page.waitForTimeout(250);
  }
  return images.slice(before);
}

/** The last Adaptive Card of the chat that holds `text`. */
const cardWith = (text: RegExp): Locator => page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();

/** The card alone, as the director reads it (the README's pictures). */
async function cardScreenshot(card: Locator, name: string): Promise<void> {
  await card.scrollIntoViewIfNeeded();
  mkdirSync(RESULTS_DIR, { recursive: true });
  await card.screenshot({ path: resolve(RESULTS_DIR, `${name}.png`) });
}

it('shows « revue de la semaine » with its five figures and its two charts loaded', async () => {
  await sendMessage(page, 'revue de la semaine');
  const title = page.getByText(/Revue de la semaine/).last();
  await title.waitFor({ timeout: 60_000 });
  const text = read(await page.locator('body').innerText());
  expect(text).toContain(read(t.figuresTitle));
  for (const label of Object.values(t.figures)) expect(text).toContain(label);

  const charts = await waitForLoadedCharts(0, 2);
  expect(charts).toHaveLength(2);
  for (const chart of charts) {
    expect(chart.width).toBeGreaterThan(0);
    expect(chart.alt.length).toBeGreaterThan(0);
  }
  await cardScreenshot(cardWith(/Revue de la semaine/), 'weekly-review-card');
  await screenshot(page, 'weekly-review');
});

it('answers « évolution du DSO » with the line drawn', async () => {
  const before = (await chartImages()).length;
  await sendMessage(page, 'évolution du DSO');
  const charts = await waitForLoadedCharts(before, 1);
  expect(charts).toHaveLength(1);
  expect(charts[0]!.width).toBeGreaterThan(0);
  expect(read(charts[0]!.alt)).toMatch(/^Courbe — Évolution du DSO : /);
  // The picture itself, as the page fetched it: a PNG (the README's DSO chart).
  const response = await fetch(charts[0]!.src);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  writeFileSync(
    resolve(RESULTS_DIR, 'chart-evolution-du-dso.png'),
    Buffer.from(await response.arrayBuffer()),
  );
  await cardScreenshot(cardWith(/Évolution du DSO/), 'chart-dso-card');
  await screenshot(page, 'chart-dso');
});
