/**
 * The daily job keeps the day's figures (issue #18): after the day's card, once per date (a second
 * run replaces it), the days it did not run filled from the ledger (a weekend), a day off still
 * gets its snapshot, and a storage failure of the snapshot stops neither the card nor the job.
 */
import { silentLogger } from '../../src/config/logger';
import { frenchBusinessCalendar } from '../../src/domain/business-calendar';
import { addDays, calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { DEFAULT_RATE_TABLE } from '../../src/domain/rate-table';
import { applyPayment, type Invoice } from '../../src/domain/ledger';
import { runDailyJob, type DailyJobDependencies } from '../../src/application/day/run-daily-job';
import type { DailyDigest } from '../../src/application/day/digest';
import type { Notifier } from '../../src/application/ports';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { importLedgerFile } from '../../src/application/ledger/import-ledger-file';
import { SYSTEM_ACTORS } from '../../src/application/system-actors';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

const FRIDAY = calendarDate(2026, 11, 20);
const MONDAY = calendarDate(2026, 11, 23);
const CHRISTMAS = calendarDate(2026, 12, 25);

class RecordingNotifier implements Notifier {
  digests: DailyDigest[] = [];
  async publishDigest(digest: DailyDigest) {
    this.digests.push(digest);
    return { delivered: 1, unreachable: [] };
  }
}

let stores: TableStores;
let notifier: RecordingNotifier;

function deps(today: CalendarDate, over: Partial<DailyJobDependencies> = {}): DailyJobDependencies {
  return {
    stores,
    ladder: GREENOVA_LADDER,
    calendar: frenchBusinessCalendar(),
    rates: DEFAULT_RATE_TABLE,
    notifier,
    logger: silentLogger(),
    clock: fixedClock(today),
    instance: 'instance-a',
    ...over,
  };
}

const CUSTOMERS = [
  'code_client;raison_sociale;siren;email;telephone;adresse;code_postal;ville;commercial_email;segment_risque;type_client;delai_paiement_jours',
  'C001;Biocoop Lyon;732829320;compta@biocoop.example;0478000000;1 rue A;69001;Lyon;claire.martin@greenova.example;low;B2B;30',
  'C002;Naturalia Paris;552100554;compta@naturalia.example;0140000000;2 rue B;75001;Paris;claire.martin@greenova.example;high;B2B;30',
].join('\r\n');
// F1: 1 200 € due 2 November (overdue); F2: 600 € due 21 November, paid 600 € on Saturday 21st;
// F3: 2 400 € due 15 December (not due).
const INVOICES = [
  'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc;montant_regle;devise;reference_commande;derniere_relance;date_derniere_relance',
  'F1;C001;03/10/2026;02/11/2026;1000,00;200,00;1200,00;0,00;EUR;;;',
  'F2;C002;22/10/2026;21/11/2026;500,00;100,00;600,00;0,00;EUR;;;',
  'F3;C002;15/11/2026;15/12/2026;2000,00;400,00;2400,00;0,00;EUR;;;',
].join('\r\n');
const PAYMENTS = [
  'numero_facture;date_paiement;montant;moyen;reference',
  'F2;21/11/2026;600,00;virement;V1',
].join('\r\n');

beforeAll(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(MONDAY));
  for (const [kind, text] of [
    ['customers', CUSTOMERS],
    ['invoices', INVOICES],
    ['payments', PAYMENTS],
  ] as const) {
    const result = await importLedgerFile(stores, {
      kind,
      bytes: Buffer.from(text, 'utf8'),
      fileName: `${kind}.csv`,
      actor: SYSTEM_ACTORS.demo,
      ladder: GREENOVA_LADDER,
      today: MONDAY,
    });
    if (result.status !== 'imported') throw new Error(result.report);
  }
});
afterAll(async () => {
  await stores.storage.dropTables();
});
beforeEach(() => {
  notifier = new RecordingNotifier();
});

it('the job stores the day’s figures after its card, and fills the weekend it did not run', async () => {
  const friday = await runDailyJob(deps(FRIDAY), { date: FRIDAY, trigger: 'cli' });
  expect(friday.status).toBe('completed');
  expect(await stores.snapshots.range(addDays(FRIDAY, -30), FRIDAY)).toHaveLength(1);

  const monday = await runDailyJob(deps(MONDAY), { trigger: 'schedule' });
  expect(monday.status === 'completed' && monday.run.counts.snapshotsSaved).toBe(3);
  expect(notifier.digests.map((d) => d.date)).toEqual([FRIDAY, MONDAY]);
  const days = await stores.snapshots.range(FRIDAY, MONDAY);
  expect(days.map((s) => s.date)).toEqual([FRIDAY, addDays(FRIDAY, 1), addDays(FRIDAY, 2), MONDAY]);
  const [fri, sat, , mon] = days;
  // Friday evening: F1 (1 200, due 2 Nov) overdue, F2 (600) due the next day, F3 (2 400) not due.
  expect(fri).toMatchObject({ outstanding: 420000, overdue: 120000, overdueCount: 1, collected: 0 });
  // Saturday: F2 paid (600 collected that day) and falling due.
  expect(sat).toMatchObject({ outstanding: 360000, overdue: 120000, collected: 60000, fallingDue: 60000 });
  expect(mon).toMatchObject({
    outstanding: 360000,
    overdue: 120000,
    overdueByCustomer: { C001: 120000 },
    overdueByRisk: { low: 120000, moderate: 0, high: 0 },
    aged: { not_due: 240000, d1_30: 120000, d31_60: 0, d61_90: 0, over_90: 0 },
  });
});

it('a second run of the day replaces its snapshot with the ledger’s new state', async () => {
  await stores.invoices.modify('C001', 'F1', (i: Invoice) =>
    applyPayment(i, { id: 'P-F1', amount: i.amountInclTax, date: MONDAY }),
  );
  await stores.payments.record({
    id: 'P-F1',
    invoiceNumber: 'F1',
    customerCode: 'C001',
    date: MONDAY,
    amount: 120000 as Invoice['amountPaid'],
    method: null,
    reference: null,
  });
  await runDailyJob(deps(MONDAY), { trigger: 'cli' });
  const days = await stores.snapshots.range(MONDAY, MONDAY);
  expect(days).toHaveLength(1);
  expect(days[0]).toMatchObject({ overdue: 0, overdueCount: 0, outstanding: 240000, collected: 120000 });
});

it('on a day off the scheduled job posts nothing but keeps the day’s figures', async () => {
  const result = await runDailyJob(deps(CHRISTMAS), { trigger: 'schedule' });
  expect(result).toEqual({ status: 'skipped', skip: { code: 'not_business_day', date: CHRISTMAS } });
  expect(notifier.digests).toEqual([]);
  expect((await stores.snapshots.get(CHRISTMAS))?.outstanding).toBe(240000);
});

it('a snapshot that cannot be saved is logged; the card goes and the job completes', async () => {
  const errors: string[] = [];
  const logger = {
    info: () => undefined,
    warn: () => undefined,
    error: (_o: unknown, message?: string) => void errors.push(message ?? ''),
  };
  const failing = {
    ...stores,
    snapshots: {
      save: () => Promise.reject(new Error('storage down')),
      get: () => Promise.resolve(undefined),
      range: () => Promise.resolve([]),
    },
  };
  const date = calendarDate(2026, 12, 28);
  const result = await runDailyJob(deps(date, { stores: failing, logger: logger as never }), {
    trigger: 'schedule',
  });
  expect(result.status).toBe('completed');
  expect(notifier.digests.map((d) => d.date)).toEqual([date]);
  expect(errors).toContain('daily snapshot not saved');
});
