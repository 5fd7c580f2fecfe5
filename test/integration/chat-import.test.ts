import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calendarDate } from '../../src/domain/calendar-date';
import { TEAMS_FILE_DOWNLOAD } from '../../src/bot/imports/routes';
import {
  cardText,
  PEOPLE,
  postActivity,
  startTestBot,
  type ExpectedReplies,
  type TestBot,
} from '../support/bot';
import { fecBytes, fecText, sale, settlement } from '../support/fec-files';
import { camt053 } from '../support/bank-statements';
import { cents } from '../../src/domain/money';

/**
 * A file sent in the Teams chat: the bot downloads it (here from a loopback server standing for
 * Teams' pre-authenticated download URL), imports it all or nothing, and answers with the report.
 */

const MONDAY = calendarDate(2026, 11, 23);
const BIOCOOP = { code: 'C001', name: 'Biocoop Lyon Croix-Rousse' };

let bot: TestBot;
let files: Server;
let filesUrl: string;
const served = new Map<string, Buffer>();
const downloads: string[] = [];

beforeAll(async () => {
  bot = await startTestBot({}, MONDAY);
  files = createServer((req, res) => {
    downloads.push(req.url ?? '');
    const body = served.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await bot.stores.storage.dropTables();
  await bot.stop();
  await new Promise((resolve) => files.close(resolve));
});

/**
 * How a client hands the file over: Teams puts a pre-authenticated `downloadUrl` in the content (its
 * `contentUrl` is the SharePoint address, which needs a sign-in); the Agents Playground's file
 * message keeps Teams' content type but gives only a `contentUrl`; other channels a plain attachment.
 */
type Shape = 'teams' | 'playground' | 'plain';

function attachmentOf(shape: Shape, name: string, url: string) {
  const fileType = name.split('.').pop();
  if (shape === 'teams') {
    return {
      contentType: TEAMS_FILE_DOWNLOAD,
      name,
      contentUrl: 'https://greenova.sharepoint.com/personal/controle/Documents/fichier',
      content: { downloadUrl: url, uniqueId: 'x', fileType },
    };
  }
  if (shape === 'playground') {
    return { contentType: TEAMS_FILE_DOWNLOAD, name, contentUrl: url, content: { uniqueId: 'x', fileType } };
  }
  return { contentType: 'text/csv', name, contentUrl: url };
}

async function send(name: string, body: Buffer, person = PEOPLE.controller, shape: Shape = 'teams') {
  const path = `/${encodeURIComponent(name)}-${served.size}`;
  served.set(path, body);
  const attachment = attachmentOf(shape, name, `${filesUrl}${path}`);
  const { body: replies } = await postActivity(
    bot.url,
    bot.activity({ text: '', attachments: [attachment] }, person),
  );
  const activities = (replies as ExpectedReplies).activities;
  const card = activities.find((a) => a.attachments?.length)?.attachments?.[0]?.content ?? null;
  return { card, text: card ? cardText(card) : activities.map((a) => a.text ?? '').join('\n'), path };
}

const FEC = fecBytes(
  fecText([
    sale({ num: 'VT1', date: '20261021', piece: 'F2026-0990', customer: BIOCOOP, ht: 10_000 }),
    sale({ num: 'VT2', date: '20261022', piece: 'F2026-0991', customer: BIOCOOP, ht: 20_000, letter: 'AA' }),
    settlement({
      num: 'BQ1',
      date: '20261120',
      piece: 'VIR1',
      customer: BIOCOOP,
      amount: 24_000,
      letter: 'AA',
    }),
  ]),
);

it('the controller sends a FEC: it is imported and the report comes back as a card', async () => {
  const { card, text } = await send('FEC-2026.txt', FEC);
  expect(card).not.toBeNull();
  expect(text).toContain('Import de « FEC-2026.txt » — FEC (fichier des écritures comptables)');
  expect(text).toContain('8 lignes lues, 3 écritures.');
  expect(text).toContain('factures : 2 créées');
  expect(text).toContain('sans adresse ni e-mail : complétez avec le fichier clients');
  expect(await bot.stores.invoices.get('C001', 'F2026-0991')).toMatchObject({ status: 'paid' });
  expect(await bot.stores.invoices.get('C001', 'F2026-0990')).toMatchObject({ status: 'open' });

  // The customer's card says what the FEC could not give.
  const { body } = await postActivity(bot.url, bot.activity({ text: 'ouvre le dossier de biocoop' }));
  const customerCard = (body as ExpectedReplies).activities.find((a) => a.attachments?.length)!
    .attachments![0]!.content;
  expect(cardText(customerCard)).toContain('adresse et e-mail manquants : complétez avec le fichier clients');
});

it('a refused file: nothing imported, the problems named, the rejected lines behind a link', async () => {
  const csv = Buffer.from(
    'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc\n' +
      'F2026-0999;C001;21/10/2026;31/02/2026;100,00;20,00;120,00\n',
  );
  const { card, text } = await send('factures.csv', csv);
  expect(text).toContain('Fichier refusé, rien n’a été enregistré : 1 ligne en erreur.');
  expect(text).toContain('ligne 2, colonne date_echeance (« 31/02/2026 ») : date invalide');
  const actions = (card as { actions?: Array<{ title: string; url: string }> }).actions ?? [];
  expect(actions.map((a) => a.title)).toEqual(['Ouvrir les lignes rejetées']);
  const rejects = await fetch(actions[0]!.url);
  expect(rejects.status).toBe(200);
  expect(await rejects.text()).toContain('motif_rejet');
  expect(await bot.stores.invoices.get('C001', 'F2026-0999')).toBeNull();
});

it('a sales rep is told politely who may import, and nothing is downloaded', async () => {
  const before = downloads.length;
  const { text, card } = await send('FEC.txt', FEC, PEOPLE.claire);
  expect(card).toBeNull();
  expect(text).toContain('Seuls le contrôleur de gestion et son suppléant peuvent importer des fichiers');
  expect(downloads.length).toBe(before);
});

it('a file over the size limit is refused with a clear message', async () => {
  const { text } = await send('gros.txt', Buffer.alloc(21 * 1024 * 1024, 65));
  expect(text).toContain('Ce fichier dépasse 20\u00a0Mo');
});

it.each(['playground', 'plain'] as const)(
  'a file given by its content URL (%s client) is downloaded and imported the same way',
  async (shape) => {
    const number = shape === 'playground' ? 'F2026-0971' : 'F2026-0972';
    const csv = Buffer.from(
      'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc\n' +
        `${number};C001;21/10/2026;20/11/2026;100,00;20,00;120,00\n`,
    );
    const { path, text } = await send(`factures-${shape}.csv`, csv, PEOPLE.controller, shape);
    expect(downloads).toContain(path);
    expect(text).toContain(`Import de « factures-${shape}.csv »`);
    expect(await bot.stores.invoices.get('C001', number)).toMatchObject({ status: 'open' });
  },
);

it('a file that is no export is said so', async () => {
  const { text } = await send('photo.txt', Buffer.from('bonjour'));
  expect(text).toContain('n’est ni un export clients, factures ou paiements (CSV), ni un FEC');
});

it('the controller sends a bank statement: the payments are applied and the card counts them in French', async () => {
  await send(
    'FEC-releve.txt',
    fecBytes(
      fecText([sale({ num: 'VT1', date: '20261021', piece: 'F2026-0980', customer: BIOCOOP, ht: 50_000 })]),
    ),
  );
  const statement = camt053([
    {
      direction: 'credit',
      amount: cents(60_000),
      bookingDate: MONDAY,
      entryRef: 'E-2311-1',
      txs: [{ amount: cents(60_000), remittance: ['VIR F2026-0980'], payerName: 'BIOCOOP LYON' }],
    },
    {
      direction: 'credit',
      amount: cents(1_234),
      bookingDate: MONDAY,
      entryRef: 'E-2311-2',
      txs: [{ amount: cents(1_234), remittance: ['REMBOURSEMENT MUTUELLE'], payerName: 'HARMONIE MUTUELLE' }],
    },
    {
      direction: 'debit',
      amount: cents(4_500),
      bookingDate: MONDAY,
      entryRef: 'E-2311-3',
      txs: [{ amount: cents(4_500), remittance: ['PRLV EDF'] }],
    },
  ]);
  const { card, text } = await send('releve-23-11.xml', Buffer.from(statement, 'utf8'));
  expect(card).not.toBeNull();
  expect(await bot.stores.invoices.get('C001', 'F2026-0980')).toMatchObject({ status: 'paid' });
  expect(text.split('\n')).toEqual([
    'Import de « releve-23-11.xml » — relevé bancaire',
    '1 paiement affecté automatiquement (600,00\u00a0€).',
    '1 débit ignoré (45,00\u00a0€)',
    '1 autre crédit ignoré (12,34\u00a0€)',
  ]);
  // No code, no zero count, no configuration name.
  expect(text).not.toMatch(/\b0 |E-2311|C001|camt|IMPORT_/);

  // The same statement again: nothing paid twice, and the card says so.
  const again = await send('releve-23-11.xml', Buffer.from(statement, 'utf8'));
  expect(again.text.split('\n').slice(1, 3)).toEqual([
    'Aucun nouveau paiement client dans ce relevé.',
    '3 lignes déjà importées (rien de changé)',
  ]);
  expect(await bot.stores.payments.listByInvoice('F2026-0980')).toHaveLength(1);
});
