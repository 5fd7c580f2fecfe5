/**
 * Transactions written without the SDK's per-action building (src/store/transaction.ts, issue 19):
 * the same bytes on the wire as `TableClient.submitTransaction` (both captured by a server on
 * loopback), and the same behaviour against a real Azurite — all or nothing, and a refused
 * transaction is a `RestError` with the failing operation's status.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { TableClient, type TransactionAction } from '@azure/data-tables';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { getEntityOrNull, isStatus } from '../../src/store/table-storage';
import { submitTransaction } from '../../src/store/transaction';
import { calendarDate } from '../../src/domain/calendar-date';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Every kind of action, with keys and values that need escaping. */
const ACTIONS: TransactionAction[] = [
  [
    'create',
    {
      partitionKey: 'p~2F1 é',
      rowKey: "r|1 (x)&y=z%+#?/'",
      s: "l'été « 1 »",
      n: 12,
      f: 1.5,
      big: 3_000_000_000,
      neg: -5,
      b: true,
      e: '',
      z: null,
      u: undefined,
    },
  ],
  ['upsert', { partitionKey: 'p~2F1 é', rowKey: 'r2', s: 'x' }, 'Replace'],
  ['upsert', { partitionKey: 'p~2F1 é', rowKey: 'r3', s: 'x' }, 'Merge'],
  ['upsert', { partitionKey: 'p~2F1 é', rowKey: 'r3b', s: 'x' }],
  [
    'update',
    { partitionKey: 'p~2F1 é', rowKey: 'r4', s: 'x' },
    'Merge',
    { etag: `W/"datetime'2026-11-30T12%3A00%3A00.123Z'"` },
  ],
  ['update', { partitionKey: 'p~2F1 é', rowKey: 'r5', s: 'x' }, 'Replace'],
  ['update', { partitionKey: 'p~2F1 é', rowKey: 'r5b', s: 'x' }],
  ['delete', { partitionKey: 'p~2F1 é', rowKey: "r'6" }],
];

describe('the wire format', () => {
  it('is the SDK’s, byte for byte, but for the random boundaries', async () => {
    const seen: Array<{ headers: http.IncomingHttpHeaders; body: string; url: string }> = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        seen.push({ headers: req.headers, body, url: req.url ?? '' });
        res.writeHead(202, { 'content-type': 'multipart/mixed; boundary=batchresponse_x' });
        res.end('--batchresponse_x\r\n--batchresponse_x--\r\n');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = TableClient.fromConnectionString(
        `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${KEY};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
        'tbl',
        { allowInsecureConnection: true },
      );
      await client.submitTransaction(ACTIONS);
      await submitTransaction(client, ACTIONS);
      expect(seen).toHaveLength(2);
      const [sdk, ours] = seen.map((s) => ({
        url: s.url,
        body: s.body
          .replace(/batch_[0-9a-f-]{36}/g, 'batch_ID')
          .replace(/changeset_[0-9a-f-]{36}/g, 'changeset_ID'),
        contentType: s.headers['content-type']?.replace(/batch_[0-9a-f-]{36}/, 'batch_ID'),
        headers: [
          'accept',
          'x-ms-version',
          'dataserviceversion',
          'maxdataserviceversion',
          'accept-charset',
        ].map((h) => s.headers[h]),
        signed: /^SharedKeyLite devstoreaccount1:/.test(String(s.headers.authorization)),
      }));
      expect(ours).toEqual(sdk);
      expect(sdk!.body).toContain("RowKey='r''6'");
    } finally {
      server.close();
    }
  });
});

describe('against Azurite', () => {
  let stores: TableStores;
  let table: TableClient;

  beforeEach(async () => {
    stores = await openStores(
      testConnectionString(),
      uniqueTablePrefix(),
      fixedClock(calendarDate(2026, 11, 23)),
    );
    table = stores.storage.table('Cards');
  });

  afterEach(async () => {
    await stores.storage.dropTables();
  });

  const row = (rowKey: string) => getEntityOrNull<Record<string, unknown>>(table, 'p é~x', rowKey);

  it('creates, upserts, updates under an ETag, merges and deletes in one transaction', async () => {
    await table.createEntity({ partitionKey: 'p é~x', rowKey: 'kept', a: 'old', b: 1 });
    await table.createEntity({ partitionKey: 'p é~x', rowKey: 'gone', a: 'old' });
    await table.createEntity({ partitionKey: 'p é~x', rowKey: "l'été|1", a: 'old', b: 2 });
    const etag = (await row("l'été|1"))!.etag as string;
    await submitTransaction(table, [
      ['create', { partitionKey: 'p é~x', rowKey: 'new', a: 'é « x »', n: 42, f: 0.5, t: true }],
      ['upsert', { partitionKey: 'p é~x', rowKey: 'kept', a: 'merged' }, 'Merge'],
      ['update', { partitionKey: 'p é~x', rowKey: "l'été|1", a: 'replaced' }, 'Replace', { etag }],
      ['delete', { partitionKey: 'p é~x', rowKey: 'gone' }],
    ]);
    expect(await row('new')).toMatchObject({ a: 'é « x »', n: 42, f: 0.5, t: true });
    expect(await row('kept')).toMatchObject({ a: 'merged', b: 1 });
    const replaced = await row("l'été|1");
    expect(replaced).toMatchObject({ a: 'replaced' });
    expect(replaced).not.toHaveProperty('b');
    expect(await row('gone')).toBeNull();
  });

  it('applies nothing when one operation fails, and says which status', async () => {
    await table.createEntity({ partitionKey: 'p é~x', rowKey: 'v', a: 'old' });
    const stale = `W/"datetime'2020-01-01T00%3A00%3A00.0000000Z'"`;
    const attempts: Array<[TransactionAction[], number]> = [
      [
        [
          ['create', { partitionKey: 'p é~x', rowKey: 'a1', a: 'x' }],
          ['create', { partitionKey: 'p é~x', rowKey: 'v', a: 'x' }],
        ],
        409,
      ],
      [
        [
          ['create', { partitionKey: 'p é~x', rowKey: 'a1', a: 'x' }],
          ['update', { partitionKey: 'p é~x', rowKey: 'v', a: 'x' }, 'Merge', { etag: stale }],
        ],
        412,
      ],
      [
        [
          ['create', { partitionKey: 'p é~x', rowKey: 'a1', a: 'x' }],
          ['delete', { partitionKey: 'p é~x', rowKey: 'absent' }],
        ],
        404,
      ],
    ];
    for (const [actions, status] of attempts) {
      const error = await submitTransaction(table, actions).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isStatus(error, status)).toBe(true);
      expect(await row('a1')).toBeNull();
      expect(await row('v')).toMatchObject({ a: 'old' });
    }
  });

  it('sends a value it does not write itself (a date) through the SDK, typed as the SDK types it', async () => {
    const at = new Date('2026-11-30T12:00:00.000Z');
    await submitTransaction(table, [['create', { partitionKey: 'p é~x', rowKey: 'd', at }]]);
    expect((await table.getEntity<{ at: Date }>('p é~x', 'd')).at).toEqual(at);
  });
});
