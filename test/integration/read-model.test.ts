/**
 * The ledger's read model (src/store/read-model.ts): reads kept in the process while the ledger's
 * version in storage is unchanged, and every write — an import, a payment, a decision — seen by the
 * next answer, on this instance and on another one sharing the storage.
 */
import { seedDemoIfEmpty, DEMO_CONTROLLER } from '../../src/cli/demo-seed';
import { decideForCustomer } from '../../src/application/customer/customer-decisions';
import { importLedgerFile } from '../../src/application/ledger/import-ledger-file';
import { calendarDate, formatDateShortFr, addDays } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { textContext } from '../../src/i18n/reasons';
import type { StructuredQuery } from '../../src/questions/query';
import type { QueryOutcome } from '../../src/questions/results';
import { EVERYONE } from '../../src/questions/scope';
import { QueryService } from '../../src/questions/service';
import { openStores, type TableStores } from '../../src/store';
import { LedgerReadModel } from '../../src/store/read-model';
import { TableStorage } from '../../src/store/table-storage';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

const TODAY = calendarDate(2026, 11, 23);
const clock = fixedClock(TODAY);

describe('the read model alone', () => {
  let storage: TableStorage;
  beforeAll(async () => {
    storage = new TableStorage(testConnectionString(), uniqueTablePrefix());
    await storage.ensureTables();
  });
  afterAll(() => storage.dropTables());

  const counted = () => {
    const loads: string[] = [];
    return {
      loads,
      load: (key: string, rows: number[]) => () => {
        loads.push(key);
        return Promise.resolve(rows);
      },
    };
  };

  it('reads a partition once while the version is unchanged, and gives each caller its own array', async () => {
    const model = new LedgerReadModel(storage);
    const { loads, load } = counted();
    const first = await model.read('open', load('open', [1, 2, 3]));
    first.push(4);
    expect(await model.read('open', load('open', [9]))).toEqual([1, 2, 3]);
    expect(loads).toEqual(['open']);
  });

  it('reads again after a write of this instance or of another one on the same storage', async () => {
    const here = new LedgerReadModel(storage);
    const there = new LedgerReadModel(new TableStorage(testConnectionString(), storage.prefix));
    const { loads, load } = counted();
    await here.read('open', load('before', [1]));
    await here.changed();
    expect(await here.read('open', load('after own write', [2]))).toEqual([2]);
    await there.changed();
    expect(await here.read('open', load('after other write', [3]))).toEqual([3]);
    expect(await here.read('open', load('unchanged', [4]))).toEqual([3]);
    expect(loads).toEqual(['before', 'after own write', 'after other write']);
  });

  it('keeps no failed read, and bumps the version even when the write fails', async () => {
    const model = new LedgerReadModel(storage);
    const other = new LedgerReadModel(storage);
    await expect(model.read('open', () => Promise.reject(new Error('storage down')))).rejects.toThrow(
      'storage down',
    );
    expect(await model.read('open', () => Promise.resolve([1]))).toEqual([1]);
    const before = await other.current();
    await expect(other.writing(() => Promise.reject(new Error('half-way')))).rejects.toThrow('half-way');
    expect(await other.current()).not.toBe(before);
    expect(await model.read('open', () => Promise.resolve([2]))).toEqual([2]);
  });

  it('keeps the most recently used partitions within its row budget', async () => {
    const model = new LedgerReadModel(storage, { cache: true, maxRows: 5 });
    const { loads, load } = counted();
    await model.read('a', load('a', [1, 2]));
    await model.read('b', load('b', [1, 2]));
    await model.read('a', load('a', [1, 2]));
    await model.read('c', load('c', [1, 2])); // 6 rows: b, the least recently used, goes
    await model.read('a', load('a', [1, 2]));
    await model.read('b', load('b', [1, 2]));
    await model.read('big', load('big', [1, 2, 3, 4, 5, 6])); // larger than the budget: not kept
    await model.read('big', load('big', [1, 2, 3, 4, 5, 6]));
    expect(loads).toEqual(['a', 'b', 'c', 'b', 'big', 'big']);
  });

  it('reads the version once for the partitions of one question, and again for the next one', async () => {
    const model = new LedgerReadModel(storage);
    const versionReads = jest.spyOn(model, 'current');
    const months = ['2026-09', '2026-10', '2026-11'];
    await Promise.all(months.map((m) => model.read(m, () => Promise.resolve([m]))));
    expect(versionReads).toHaveBeenCalledTimes(1);
    await Promise.all(months.map((m) => model.read(m, () => Promise.resolve([m]))));
    expect(versionReads).toHaveBeenCalledTimes(2);
  });

  it('reads storage every time when off (the straightforward path)', async () => {
    const model = new LedgerReadModel(storage, { cache: false });
    const { loads, load } = counted();
    await model.read('open', load('1', [1]));
    await model.read('open', load('2', [2]));
    expect(loads).toEqual(['1', '2']);
  });
});

describe('answers after writes', () => {
  let stores: TableStores;
  let other: TableStores;
  let code: string;

  beforeAll(async () => {
    const prefix = uniqueTablePrefix();
    // Long deadlines: the machine running the tests may be busy; nothing here is timed.
    const options = { deadlines: { tryTimeoutMs: 30_000 } };
    stores = await openStores(testConnectionString(), prefix, clock, options);
    other = await openStores(testConnectionString(), prefix, clock, options);
    await seedDemoIfEmpty(stores, TODAY, GREENOVA_LADDER);
    code = (await stores.customers.list())[0]!.code;
  }, 120_000);
  afterAll(() => stores.storage.dropTables());

  const ask = async (from: TableStores, query: StructuredQuery): Promise<QueryOutcome> =>
    new QueryService(from).execute(query, { scope: EVERYONE, today: TODAY });
  const agedTotal = async (from: TableStores) => {
    const outcome = await ask(from, { intent: 'aged_balance' });
    if (outcome.kind !== 'answer' || outcome.answer.intent !== 'aged_balance') throw new Error('no answer');
    return outcome.answer.total;
  };
  const owedBy = async (from: TableStores) => {
    const outcome = await ask(from, { intent: 'customer_balance', customerCodes: [code] });
    if (outcome.kind !== 'answer' || outcome.answer.intent !== 'customer_balance')
      throw new Error('no answer');
    return JSON.stringify(outcome.answer);
  };
  const disputed = async (from: TableStores) => {
    const outcome = await ask(from, { intent: 'disputes' });
    if (outcome.kind !== 'answer') throw new Error('no answer');
    return JSON.stringify(outcome.answer);
  };
  const importFile = async (kind: 'invoices' | 'payments', lines: string[]) => {
    const result = await importLedgerFile(stores, {
      kind,
      bytes: Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'),
      fileName: `${kind}.csv`,
      actor: DEMO_CONTROLLER,
      ladder: GREENOVA_LADDER,
      today: TODAY,
    });
    expect(result.report).toBe(result.status === 'imported' ? result.report : 'imported');
    expect(result.status).toBe('imported');
  };
  const invoiceLine = (number: string, ttc: string) =>
    [
      number,
      code,
      formatDateShortFr(addDays(TODAY, -5)),
      formatDateShortFr(addDays(TODAY, 25)),
      ttc,
      '0,00',
      ttc,
      '0,00',
      'EUR',
      '',
      '',
      '',
    ].join(';');
  const INVOICES_HEADER =
    'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc;montant_regle;devise;reference_commande;derniere_relance;date_derniere_relance';

  it('sees an import, a payment and a decision at the next answer, on both instances', async () => {
    // Both instances have read (and kept) the ledger before the writes.
    const aged = await agedTotal(stores);
    expect(await agedTotal(other)).toBe(aged);
    const account = await owedBy(other);
    const disputes = await disputed(other);

    await importFile('invoices', [INVOICES_HEADER, invoiceLine('RM-2026-0001', '1234,56')]);
    expect(await agedTotal(stores)).toBe(aged + 123_456);
    expect(await agedTotal(other)).toBe(aged + 123_456);
    const imported = await owedBy(other);
    expect(imported).not.toBe(account);
    expect(imported).toContain('RM-2026-0001');

    await importFile('payments', [
      'numero_facture;date_paiement;montant;moyen;reference',
      ['RM-2026-0001', formatDateShortFr(addDays(TODAY, -1)), '100,00', 'virement', 'VIR-RM1'].join(';'),
    ]);
    expect(await agedTotal(other)).toBe(aged + 113_456);
    expect(await agedTotal(stores)).toBe(aged + 113_456);
    expect(await owedBy(other)).not.toBe(imported);

    const outcome = await decideForCustomer(
      {
        stores,
        ladder: GREENOVA_LADDER,
        clock,
        undoMinutes: 0,
        texts: textContext(GREENOVA_LADDER, 'Cabinet Aptos Avocats'),
      },
      { actor: DEMO_CONTROLLER, canAct: true },
      code,
      { verb: 'dispute', invoice: 'RM-2026-0001', reason: 'Livraison incomplète' },
    );
    expect(outcome.kind).toBe('done');
    const after = await disputed(other);
    expect(after).not.toBe(disputes);
    expect(after).toContain('RM-2026-0001');
    expect(await disputed(stores)).toBe(after);
  }, 60_000);

  it('sees the other instance’s customers import', async () => {
    const before = await stores.customers.list();
    const renamed = { ...before[0]!, legalName: 'Nom Changé Ailleurs' };
    await other.customers.upsertMany([renamed]);
    const after = await stores.customers.list();
    expect(after.find((c) => c.code === renamed.code)?.legalName).toBe('Nom Changé Ailleurs');
    expect(after).toHaveLength(before.length);
  });
});
