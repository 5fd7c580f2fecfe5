/**
 * Two production processes on one storage (#17): `node dist/src/server/main.js` twice, on two
 * ports, one Azurite, one SMTP server and one Teams connector stand-in on loopback, the daily job
 * scheduled at 08:00 on each — their clocks start just before 08:00 on Monday 23 November 2026
 * (TEST_CLOCK_START), whatever the machine's date. Proved here, with real processes:
 *  (a) the scheduled job runs once for the day: one completed run, one card posted;
 *  (b) a decision clicked on instance A shows at once on a refresh of the card on instance B;
 *  (c) the same click delivered to both instances sends one e-mail;
 *  (d) SIGKILL on the instance holding the job's lease, midway: the other one finishes the day.
 * The test builds dist/ when it is older than the sources (a fresh `npm install && npm test`).
 */
import { randomBytes } from 'node:crypto';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { procedureLadder } from '../../src/config/dunning-config';
import { calendarDate } from '../../src/domain/calendar-date';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { activity, cardText, PEOPLE, postActivity, testSettings } from '../support/bot';
import { startConnectorStub, type ConnectorStub } from '../support/connector-stub';
import { ensureBuilt, startServe, type ServeProcess } from '../support/serve-process';
import { startSmtp, type TestServer } from '../support/smtp-server';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

jest.setTimeout(240_000);

const MONDAY = calendarDate(2026, 11, 23);
const EIGHT = Date.parse(`${MONDAY}T08:00:00+01:00`);
const LEASE_SECONDS = 3;
const TENANT = '00000000-0000-0000-0000-000000000001';

let smtp: TestServer;
let connector: ConnectorStub;
const running: ServeProcess[] = [];
const opened: TableStores[] = [];

beforeAll(async () => {
  ensureBuilt();
  smtp = await startSmtp();
  connector = await startConnectorStub(Object.values(PEOPLE));
}, 600_000);

afterAll(async () => {
  for (const p of running) await p.stop('SIGKILL');
  for (const stores of opened) await stores.storage.dropTables();
  await smtp?.close();
  await connector?.close();
});

async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 60_000,
) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The demo portfolio of that Monday, and the controller's chat known (the app installed). */
async function seededStorage(): Promise<{ prefix: string; stores: TableStores }> {
  const prefix = uniqueTablePrefix();
  const stores = await openStores(testConnectionString(), prefix, fixedClock(MONDAY));
  opened.push(stores);
  await seedDemoIfEmpty(stores, MONDAY, procedureLadder(testSettings()));
  const me = PEOPLE.controller;
  await stores.conversations.save({
    userId: me.id,
    aadObjectId: me.aadObjectId,
    name: me.name,
    email: me.email,
    reference: {
      user: { id: me.id, name: me.name, aadObjectId: me.aadObjectId },
      bot: { id: 'bot-id', name: 'Relances' },
      conversation: { id: `conv-${me.id}`, conversationType: 'personal', tenantId: TENANT },
      channelId: 'msteams',
      serviceUrl: connector.url,
    },
    updatedAt: new Date(EIGHT - 3_600_000).toISOString(),
  });
  return { prefix, stores };
}

/** Two `npm run serve` on one storage, each clock starting a few seconds before 08:00. */
async function twoInstances(prefix: string): Promise<[ServeProcess, ServeProcess]> {
  const env = (secondsBefore8: number) => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    STORAGE_CONNECTION_STRING: testConnectionString(),
    TABLE_PREFIX: prefix,
    DOCUMENT_SIGNING_KEY: randomBytes(32).toString('hex'),
    CONTROLLER_EMAILS: PEOPLE.controller.email,
    BACKUP_CONTROLLER_EMAILS: PEOPLE.backup.email,
    DIRECTOR_EMAILS: PEOPLE.director.email,
    LAW_FIRM_MANDATE_START: '2026-11-01',
    MAIL_TRANSPORT: 'smtp',
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    JOB_SCHEDULE: '0 8 * * 1-5',
    JOB_LEASE_SECONDS: String(LEASE_SECONDS),
    TEST_CLOCK_START: new Date(EIGHT - secondsBefore8 * 1000).toISOString(),
  });
  // Two Node processes starting together on a shared 2-core machine: give them time to answer.
  const ready = { readyTimeoutMs: 120_000 };
  const pair = await Promise.all([startServe(env(6), ready), startServe(env(6), ready)]);
  running.push(...pair);
  return pair;
}

const controllerPosts = () =>
  connector.posted().filter((p) => p.conversationId === `conv-${PEOPLE.controller.id}`);

/** A click on a card's button, as Teams posts it to one instance. */
async function click(instance: ServeProcess, verb: string, data: Record<string, unknown>) {
  const me = PEOPLE.controller;
  const invoke = activity({
    type: 'invoke',
    name: 'adaptiveCard/action',
    deliveryMode: undefined,
    text: undefined,
    replyToId: 'activity-1',
    serviceUrl: connector.url,
    from: { id: me.id, name: me.name, aadObjectId: me.aadObjectId },
    conversation: { id: `conv-${me.id}`, conversationType: 'personal', tenantId: TENANT },
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
  const { status, body } = await postActivity(instance.url, invoke);
  expect(status).toBe(200);
  return cardText((body as { value: unknown }).value);
}

describe('two instances on one storage', () => {
  let a: ServeProcess;
  let b: ServeProcess;
  let stores: TableStores;

  beforeAll(async () => {
    const seeded = await seededStorage();
    stores = seeded.stores;
    [a, b] = await twoInstances(seeded.prefix);
  }, 120_000);

  it('(a) runs the scheduled job once for the day: one run, one card', async () => {
    const completed = await until('a completed run', async () => {
      const runs = await stores.jobRuns.listForDate(MONDAY);
      return runs.some((r) => r.status === 'completed') ? runs : null;
    });
    // Both instances fired at 08:00; give the second one time to try again after a lease.
    await new Promise((r) => setTimeout(r, (LEASE_SECONDS + 2) * 1000));
    const runs = await stores.jobRuns.listForDate(MONDAY);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'completed', trigger: 'schedule', id: completed[0]!.id });
    expect(runs[0]!.counts.digestDelivered).toBe(1);
    expect(controllerPosts()).toHaveLength(1);
    expect(cardText(controllerPosts()[0]!.activity.attachments)).toContain(
      'Relances du lundi 23 novembre 2026',
    );
    // Each instance took part: one ran the day, the other found it held or done.
    const ran = [a, b].filter((p) => p.logs().some((l) => l.msg === 'daily job completed'));
    expect(ran).toHaveLength(1);
  });

  it('(b) shows a decision taken on instance A at once on a refresh on instance B', async () => {
    const refresh = () => click(b, 'digest.refresh', { date: MONDAY, pages: {} });
    expect(await refresh()).not.toContain('Reportée au 01/12/2026');
    const answer = await click(a, 'row.postpone', {
      date: MONDAY,
      customer: 'C001',
      step: 'J+3',
      until: '2026-12-01',
    });
    expect(answer).toContain('✅ Biocoop Lyon Croix-Rousse : relance reportée au 01/12/2026.');
    expect(await refresh()).toContain('⏸ Reportée au 01/12/2026 (Camille Roux)');
  });

  it('(c) sends one e-mail when the same click reaches both instances', async () => {
    const before = smtp.received.length;
    const ref = { date: MONDAY, customer: 'C003', step: 'J+3' };
    const answers = await Promise.all([click(a, 'action.sendEmail', ref), click(b, 'action.sendEmail', ref)]);
    // Under load an instance may answer « en cours » within Teams' 5 s and finish in the background:
    // what counts is what reached the customer, once, and the journal, once.
    expect(answers.join('\n')).not.toContain('❌');
    await until('the e-mail sent', async () => smtp.received.length > before);
    await new Promise((r) => setTimeout(r, 3000));
    expect(smtp.received.length - before).toBe(1);
    const sent = (await stores.journal.listForCustomer('C003')).filter((e) => e.action === 'email.sent');
    expect(sent).toHaveLength(1);
  });
});

describe('the instance holding the job dies', () => {
  it('(d) lets the other finish the day once the lease is given up', async () => {
    const { prefix, stores } = await seededStorage();
    const postsBefore = controllerPosts().length;
    // The connector hangs on the day's card: whoever runs the job is stuck midway, holding the lease.
    let release = () => undefined as void;
    connector.holdPosts = new Promise<void>((r) => (release = r));
    const pair = await twoInstances(prefix);
    try {
      const holder = await until('a run under way and its lease', async () => {
        // Stuck for sure: its run is under way and its card reached the connector, unanswered.
        const runs = await stores.jobRuns.listForDate(MONDAY);
        if (!runs.some((r) => r.status === 'running') || controllerPosts().length === postsBefore)
          return null;
        const lease = await stores.storage
          .table('Leases')
          .getEntity<{ owner: string }>('lease', 'daily-job')
          .catch(() => null);
        const pid = Number(lease?.owner.split(':')[1]);
        return pair.find((p) => p.child.pid === pid) ?? null;
      });
      const survivor = pair.find((p) => p !== holder)!;
      await holder.stop('SIGKILL');
      release();
      connector.holdPosts = null;

      const runs = await until('the day finished by the survivor', async () => {
        const all = await stores.jobRuns.listForDate(MONDAY);
        return all.some((r) => r.status === 'completed') ? all : null;
      });
      const completed = runs.filter((r) => r.status === 'completed');
      expect(completed).toHaveLength(1);
      expect(completed[0]!.instance).toContain(`:${survivor.child.pid}`);
      expect(completed[0]!.counts.digestDelivered).toBe(1);
      // The killed run is recorded as interrupted, not left « running ».
      const killed = runs.filter((r) => r !== completed[0]);
      expect(killed).toHaveLength(1);
      expect(killed[0]).toMatchObject({
        status: 'failed',
        instance: expect.stringContaining(`:${holder.child.pid}`),
      });
      expect(killed[0]!.error).toContain('interrupted');
      // Each of the day's actions exists once.
      const actions = await stores.actions.listForDate(MONDAY);
      expect(new Set(actions.map((x) => `${x.customerCode}|${x.step}`)).size).toBe(actions.length);
      expect(actions.length).toBe(completed[0]!.counts.actions);
      // The killed instance's card never got an answer, so it was not recorded: the survivor posts
      // the card of the day (the connector saw both requests; see the README on this window).
      expect(controllerPosts().length - postsBefore).toBe(2);
      expect(cardText(controllerPosts().at(-1)!.activity.attachments)).toContain(
        'Relances du lundi 23 novembre 2026',
      );
    } finally {
      release();
      connector.holdPosts = null;
    }
  });
});
