/**
 * The HTTP edge when the storage is down (connections refused) or hung (accepted, never answered):
 * every click is answered within Teams' 5 seconds, in French; messages get a French reply;
 * /healthz says 503 within a second; the job and document routes answer French, never the
 * storage's error — which the logs keep.
 */
import { Writable } from 'node:stream';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { createLogger } from '../../src/config/logger';
import { calendarDate } from '../../src/domain/calendar-date';
import { DOCX_CONTENT_TYPE } from '../../src/application/ports';
import { postActivity, startTestBot, type ExpectedReplies, type TestBot } from '../support/bot';
import { testConnectionString } from '../support/storage';
import { startStorageProxy, type StorageProxy } from '../support/storage-proxy';

const MONDAY = calendarDate(2026, 11, 23);
const KEY = 'a-long-enough-job-key-1234';
const UNAVAILABLE = 'Relances ne parvient pas à joindre ses données pour le moment';

let proxy: StorageProxy;
let bot: TestBot;
const logs: string[] = [];
let documentUrl: string;

beforeAll(async () => {
  proxy = await startStorageProxy(testConnectionString());
  const logger = createLogger(
    { LOG_LEVEL: 'info', LOG_FORMAT: 'json', NODE_ENV: 'test' },
    'relances',
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  bot = await startTestBot(
    { JOB_KEY: KEY, BLOB_CONTAINER: `faults-${Date.now()}`, DOCUMENT_SIGNING_KEY: 'k'.repeat(40) },
    MONDAY,
    { connectionString: proxy.connectionString, logger },
  );
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.runJob({ trigger: 'cli' });
  const stored = await bot.documents.save(
    { kind: 'letter', fileName: 'Relance.docx', contentType: DOCX_CONTENT_TYPE, bytes: Buffer.from('PK') },
    bot.clock.now(),
  );
  documentUrl = bot.links.url(stored.id, bot.clock.now());
  // The click below works while the storage does: the controller is known, the card answers.
  expect((await bot.click('digest.refresh', { date: MONDAY, pages: {} })).text).toContain(
    'Relances du lundi 23 novembre 2026',
  );
});

afterAll(async () => {
  await proxy.mode('pass');
  await bot.stop();
  await bot.stores.storage.dropTables();
  await proxy.close();
  // The storage SDK leaves the 3 s timer of each refused try running: let them end, so the
  // worker exits by itself.
  await new Promise((resolve) => setTimeout(resolve, 3100));
});

afterEach(async () => {
  await proxy.mode('pass');
});

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

const job = () =>
  fetch(`${bot.url}/api/jobs/daily`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-job-key': KEY },
    body: '{}',
  });

describe.each(['down', 'hang'] as const)('storage %s', (mode) => {
  beforeEach(async () => {
    logs.length = 0;
    await proxy.mode(mode);
  });

  it('answers a click within 5 s, in French, with a 200 Teams accepts', async () => {
    const { result, ms } = await timed(() => bot.click('digest.refresh', { date: MONDAY, pages: {} }));
    expect(ms).toBeLessThan(5000);
    expect(result.status).toBe(200);
    expect(result.type).toBe('application/vnd.microsoft.activity.message');
    expect(result.text).toContain(UNAVAILABLE);
  });

  it('answers a decision within 5 s, in French', async () => {
    const { result, ms } = await timed(() =>
      bot.click('row.paid', { date: MONDAY, customer: 'C001', step: 'J+3' }),
    );
    expect(ms).toBeLessThan(5000);
    expect(result.status).toBe(200);
    expect(result.text).toMatch(/ne parvient pas à joindre ses données|en cours/);
  });

  it('says 503 on /healthz within a second, without an error text', async () => {
    const { result, ms } = await timed(() => fetch(`${bot.url}/healthz`));
    expect(ms).toBeLessThan(1000);
    expect(result.status).toBe(503);
    expect(await result.json()).toEqual({ status: 'degraded', storage: 'unreachable' });
  });

  it('answers the job route in French with a 503, the precise error in the logs only', async () => {
    const response = await job();
    const body = await response.text();
    expect(response.status).toBe(503);
    expect(JSON.parse(body).error).toContain('ne parvient pas à joindre ses données');
    expect(body).not.toMatch(/RestError|ECONN|Abort|127\.0\.0\.1/);
    expect(logs.join('')).toMatch(mode === 'down' ? /ECONNREFUSED/ : /abort|timed out|timeout/i);
  });
});

it('answers a message in French when the storage is down', async () => {
  await proxy.mode('down');
  const { status, body } = await postActivity(bot.url, bot.activity({ text: 'relances du jour' }));
  expect(status).toBe(200);
  const texts = (body as ExpectedReplies).activities.map((a) => a.text ?? '');
  expect(texts.join('\n')).toContain(UNAVAILABLE);
});

it('serves a French page, not the storage’s error, when a document cannot be read', async () => {
  await proxy.mode('down');
  logs.length = 0;
  const response = await fetch(documentUrl);
  const body = await response.text();
  expect(response.status).toBe(503);
  expect(response.headers.get('content-type')).toContain('text/html');
  expect(body).toContain('Ce document ne peut pas être ouvert pour le moment');
  expect(body).not.toMatch(/RestError|ECONN|127\.0\.0\.1/);
  expect(logs.join('')).toContain('ECONNREFUSED');
});

it('serves a French page within seconds when the storage hangs on a document', async () => {
  await proxy.mode('hang');
  const { result, ms } = await timed(() => fetch(documentUrl));
  const body = await result.text();
  // Two tries of 3 s at most: the blob SDK alone would wait for ever.
  expect(ms).toBeLessThan(8000);
  expect(result.status).toBe(503);
  expect(body).toContain('Ce document ne peut pas être ouvert pour le moment');
  expect(body).not.toMatch(/Abort|RestError|127\.0\.0\.1/);
});

it('works again once the storage is back', async () => {
  await proxy.mode('down');
  expect((await bot.click('digest.refresh', { date: MONDAY, pages: {} })).text).toContain(UNAVAILABLE);
  await proxy.mode('pass');
  expect((await bot.click('digest.refresh', { date: MONDAY, pages: {} })).text).toContain(
    'Relances du lundi 23 novembre 2026',
  );
  expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  expect((await fetch(documentUrl)).status).toBe(200);
});
