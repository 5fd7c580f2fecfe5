/**
 * Fault drills (`npm run drills`): the bot over HTTP, its storage behind a TCP proxy that can
 * refuse or hang, an SMTP sink that can drop the connection after taking a message, hang or
 * refuse, two instances on one storage, a job killed midway. Every drill ends with the same
 * promises: no e-mail delivered twice without a person asking, nothing left « en cours ».
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { DunningAction } from '../../src/domain/actions';
import { calendarDate } from '../../src/domain/calendar-date';
import { seedDemoIfEmpty } from '../../src/cli/demo-seed';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { openStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { PEOPLE, startTestBot, type TestBot } from '../support/bot';
import { runningClock } from '../support/clock';
import { startFaultSmtp, type FaultSmtp, type FaultSmtpOptions } from '../support/fault-smtp';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';
import { startStorageProxy, type StorageProxy } from '../support/storage-proxy';

const MONDAY = calendarDate(2026, 11, 23);
const ROOT = resolve(__dirname, '../..');
const ref = (customer: string, step: string) => ({ date: MONDAY, customer, step });

const SWEEPER = { everyMs: 200, deadlines: { releaseAfterMs: 1_000, uncertainAfterMs: 3_000 } };

interface Drill {
  bot: TestBot;
  sink: FaultSmtp;
  storage: StorageProxy;
  prefix: string;
}

let drill: Drill;
const extra: TestBot[] = [];

async function startDrill(smtp: FaultSmtpOptions = {}, prefix = uniqueTablePrefix()): Promise<Drill> {
  const sink = await startFaultSmtp(smtp);
  const storage = await startStorageProxy(testConnectionString());
  const bot = await startInstance(sink, storage, prefix);
  await seedDemoIfEmpty(bot.stores, MONDAY, bot.ladder);
  await bot.install();
  await bot.runJob({ trigger: 'cli' });
  drill = { bot, sink, storage, prefix };
  return drill;
}

function startInstance(sink: FaultSmtp, storage: StorageProxy, prefix: string): Promise<TestBot> {
  return startTestBot(
    { MAIL_TRANSPORT: 'smtp', SMTP_URL: `smtp://127.0.0.1:${sink.port}`, TABLE_PREFIX: prefix },
    MONDAY,
    { connectionString: storage.connectionString, clock: runningClock(MONDAY), sweeper: SWEEPER },
  );
}

afterEach(async () => {
  await drill.storage.mode('pass');
  for (const bot of [drill.bot, ...extra.splice(0)]) await bot.stop();
  await drill.bot.stores.storage.dropTables();
  await drill.sink.close();
  await drill.storage.close();
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition()) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(await condition()).toBe(true);
}

async function actions(): Promise<DunningAction[]> {
  return drill.bot.stores.actions.listForDate(MONDAY);
}

async function status(customer: string, step: string): Promise<string | undefined> {
  return (await drill.bot.stores.actions.get(MONDAY, customer, step))?.status;
}

/** The drills' promises: no Message-ID delivered twice, nothing left in progress or queued. */
async function expectSettled(): Promise<void> {
  await until(async () =>
    (await actions()).every((a) => a.status !== 'in_progress' && a.status !== 'queued'),
  );
  expect(Math.max(0, ...drill.sink.copies().values())).toBeLessThanOrEqual(1);
}

async function journalOf(customer: string, verb: string) {
  return (await drill.bot.stores.journal.listForCustomer(customer)).filter((e) => e.action === verb);
}

/** A click, timed: Teams drops an invoke not answered within 5 s. */
async function timedClick(verb: string, data: Record<string, unknown>, bot = drill.bot) {
  const started = performance.now();
  const answer = await bot.click(verb, data);
  return { ...answer, elapsedMs: performance.now() - started };
}

describe('SMTP faults', () => {
  it('connection dropped after the server took the message: one copy, « à vérifier », confirmed once', async () => {
    await startDrill({ afterData: () => 'drop' });
    const answer = await timedClick('action.sendEmail', ref('C001', 'J+3'));
    expect(answer.elapsedMs).toBeLessThan(5_000);
    expect(answer.text).toContain('envoi incertain');
    expect(answer.text).toContain('Confirmer l’envoi');
    expect(drill.sink.delivered).toHaveLength(1);
    // The sweeper leaves it to a person: nothing is sent again on its own.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await status('C001', 'J+3')).toBe('uncertain');
    expect(drill.sink.delivered).toHaveLength(1);
    expect(await journalOf('C001', 'email.uncertain')).toHaveLength(1);

    const confirmed = await timedClick('action.confirmSent', ref('C001', 'J+3'));
    expect(confirmed.text).toContain('✅ E-mail envoyé');
    expect(await status('C001', 'J+3')).toBe('sent');
    expect(drill.sink.delivered).toHaveLength(1);
    expect(await journalOf('C001', 'email.sent')).toHaveLength(1);
    const invoices = await drill.bot.stores.invoices.listByCustomer('C001');
    expect(invoices.filter((i) => i.dunning.lastStep === 'J+3').length).toBeGreaterThan(0);
    await expectSettled();
  });

  it('« Renvoyer » after a drop sends the same message (same Message-ID) once more, on a person’s word', async () => {
    await startDrill({ afterData: (n) => (n === 1 ? 'drop' : 'accept') });
    await timedClick('action.sendEmail', ref('C003', 'J+3'));
    expect(await status('C003', 'J+3')).toBe('uncertain');
    const resent = await timedClick('action.resend', ref('C003', 'J+3'));
    expect(resent.text).toContain('✅ E-mail envoyé');
    expect(drill.sink.delivered).toHaveLength(2);
    expect(drill.sink.delivered[1]!.messageId).toBe(drill.sink.delivered[0]!.messageId);
    expect(await journalOf('C003', 'email.sent')).toHaveLength(1);
    expect(await journalOf('C003', 'action.resend')).toHaveLength(0);
    // A second « Renvoyer » is refused: it is sent.
    const again = await timedClick('action.resend', ref('C003', 'J+3'));
    expect(again.text).toContain('Déjà traité');
    expect(drill.sink.delivered).toHaveLength(2);
  });

  it('a busy server (451) is retried and the e-mail delivered once', async () => {
    await startDrill({ mailFrom: (n) => (n <= 2 ? '451 4.3.0 Try again later' : null) });
    const answer = await timedClick('action.sendEmail', ref('C001', 'J+3'));
    expect(answer.elapsedMs).toBeLessThan(5_000);
    await until(async () => (await status('C001', 'J+3')) === 'sent');
    expect(drill.sink.delivered).toHaveLength(1);
    await expectSettled();
  });

  it('a refusal (550) sends nothing, says why, and the e-mail stays to send', async () => {
    await startDrill({ mailFrom: () => '550 5.7.1 Relaying denied' });
    const answer = await timedClick('action.sendEmail', ref('C001', 'J+3'));
    expect(answer.text).toContain('⚠ Échec');
    expect(drill.sink.delivered).toHaveLength(0);
    expect(await status('C001', 'J+3')).toBe('proposed');
    expect(await journalOf('C001', 'email.failed')).toHaveLength(1);
    await expectSettled();
  });
});

describe('storage faults around a send', () => {
  for (const mode of ['down', 'hung'] as const) {
    it(`storage ${mode} just after the server took the message: delivered once, completed when it is back`, async () => {
      await startDrill({
        afterData: () => {
          void drill.storage.mode(mode === 'down' ? 'down' : 'hang');
          return 'accept';
        },
      });
      const answer = await timedClick('action.sendEmail', ref('C001', 'J+3'));
      expect(answer.elapsedMs).toBeLessThan(5_000);
      await new Promise((r) => setTimeout(r, 2_000));
      await drill.storage.mode('pass');
      await until(async () => (await status('C001', 'J+3')) === 'sent', 40_000);
      expect(drill.sink.delivered).toHaveLength(1);
      expect(await journalOf('C001', 'email.sent')).toHaveLength(1);
      const again = await timedClick('action.sendEmail', ref('C001', 'J+3'));
      expect(again.text).toContain('Déjà traité');
      expect(drill.sink.delivered).toHaveLength(1);
      await expectSettled();
    }, 60_000);
  }

  it('storage down when the controller clicks: nothing sent, nothing stuck', async () => {
    await startDrill();
    await drill.storage.mode('down');
    const answer = await timedClick('action.sendEmail', ref('C001', 'J+3'));
    expect(answer.elapsedMs).toBeLessThan(5_000);
    await drill.storage.mode('pass');
    expect(drill.sink.delivered).toHaveLength(0);
    await expectSettled();
    expect(['proposed', 'sent']).toContain(await status('C001', 'J+3'));
  });
});

describe('a process that stopped midway', () => {
  /** Leaves an action as a process killed at that point would have left it. */
  async function leftInProgress(customer: string, details: Record<string, string>): Promise<void> {
    const at = drill.bot.clock.now().toISOString();
    await drill.bot.stores.actions.modify(MONDAY, customer, 'J+3', (a) => ({
      ...a,
      status: 'in_progress',
      decidedBy: { id: PEOPLE.controller.id, name: PEOPLE.controller.name },
      decidedAt: at,
      details: { ...a.details, previousStatus: 'proposed', ...details },
    }));
  }

  it('the sweeper gives back what was not attempted, flags what may have gone, completes what went', async () => {
    await startDrill();
    const at = drill.bot.clock.now().toISOString();
    await leftInProgress('C001', {});
    await leftInProgress('C003', { messageId: '<a@relances>', sendingAt: at });
    await leftInProgress('C009', {
      messageId: '<b@relances>',
      sendingAt: at,
      sentAt: at,
      sentTo: 'x@y.example',
    });

    await until(async () => (await status('C001', 'J+3')) === 'proposed');
    expect((await drill.bot.stores.actions.get(MONDAY, 'C001', 'J+3'))!.note).toMatchObject({
      failure: { code: 'interrupted' },
    });
    expect(await journalOf('C001', 'action.released')).toHaveLength(1);

    await until(async () => (await status('C009', 'J+3')) === 'sent');
    expect(await journalOf('C009', 'email.sent')).toHaveLength(1);
    const invoices = await drill.bot.stores.invoices.listByCustomer('C009');
    expect(invoices.some((i) => i.dunning.lastStep === 'J+3')).toBe(true);

    await until(async () => (await status('C003', 'J+3')) === 'uncertain');
    expect(await journalOf('C003', 'action.uncertain')).toHaveLength(1);
    expect(drill.sink.delivered).toHaveLength(0);
    await expectSettled();
  });

  it('« Tout envoyer » stopped by a restart resumes at the next start: each e-mail once', async () => {
    await startDrill();
    const j3 = (await actions()).filter((a) => a.step === 'J+3' && a.status === 'proposed');
    expect(j3.length).toBeGreaterThan(2);
    await timedClick('section.sendAll', { date: MONDAY, step: 'J+3' });
    await drill.bot.stop();
    const left = (await actions()).filter((a) => a.status === 'queued');
    expect(left.length).toBeGreaterThan(0);

    drill.bot = await startInstance(drill.sink, drill.storage, drill.prefix);
    await until(async () =>
      (await actions()).filter((a) => a.step === 'J+3').every((a) => a.status === 'sent'),
    );
    expect(drill.sink.delivered).toHaveLength(j3.length);
    await expectSettled();
  });
});

describe('two instances on one storage', () => {
  it('clicks and « Tout envoyer » on both at once send each e-mail once', async () => {
    await startDrill();
    const other = await startInstance(drill.sink, drill.storage, drill.prefix);
    extra.push(other);
    const j3 = (await actions()).filter((a) => a.step === 'J+3' && a.status === 'proposed');
    await Promise.all([
      timedClick('section.sendAll', { date: MONDAY, step: 'J+3' }),
      timedClick('section.sendAll', { date: MONDAY, step: 'J+3' }, other),
      timedClick('action.sendEmail', ref('C001', 'J+3')),
      timedClick('action.sendEmail', ref('C001', 'J+3'), other),
      drill.bot.runJob({ trigger: 'cli' }),
      other.runJob({ trigger: 'cli' }),
    ]);
    await until(async () =>
      (await actions()).filter((a) => a.step === 'J+3').every((a) => a.status === 'sent'),
    );
    expect(drill.sink.delivered).toHaveLength(j3.length);
    await expectSettled();
  });
});

describe('the daily job killed midway', () => {
  function job(connectionString: string, prefix: string) {
    const child = spawn(resolve(ROOT, 'node_modules/.bin/tsx'), ['src/cli/job.ts', '--date', MONDAY], {
      cwd: ROOT,
      env: {
        ...process.env,
        STORAGE_CONNECTION_STRING: connectionString,
        TABLE_PREFIX: prefix,
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const exit = new Promise<number>((r) => child.once('exit', (code) => r(code ?? -1)));
    return { child, exit, output: () => output };
  }

  it('is rerun at once after the kill, completes, and creates nothing twice', async () => {
    const sink = await startFaultSmtp();
    const storage = await startStorageProxy(testConnectionString());
    const prefix = uniqueTablePrefix();
    const stores = await openStores(testConnectionString(), prefix, fixedClock(MONDAY));
    drill = { bot: { stop: async () => undefined, stores } as unknown as TestBot, sink, storage, prefix };
    await seedDemoIfEmpty(stores, MONDAY, GREENOVA_LADDER);

    // The job's storage freezes once its run is recorded: it is killed there, holding the lease.
    const first = job(storage.connectionString, prefix);
    await until(
      async () => (await stores.jobRuns.listForDate(MONDAY)).some((r) => r.status === 'running'),
      30_000,
    );
    await storage.mode('hang');
    process.kill(-first.child.pid!, 'SIGKILL');
    await first.exit;
    await storage.mode('pass');

    const second = job(testConnectionString(), prefix);
    expect(await second.exit).toBe(0);
    const runs = await stores.jobRuns.listForDate(MONDAY);
    expect(runs.map((r) => r.status).sort()).toEqual(['completed', 'failed']);
    const ids = (await stores.actions.listForDate(MONDAY)).map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(0);
  }, 90_000);
});
