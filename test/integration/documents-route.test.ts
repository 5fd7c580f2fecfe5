import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_KEY_FILE } from '../../src/config/document-key';
import { DocumentLinks } from '../../src/server/document-links';
import { BlobDocumentStore } from '../../src/store/document-store';
import { DOCX_CONTENT_TYPE } from '../../src/application/ports';
import { startTestBot } from '../support/bot';
import { testConnectionString } from '../support/storage';

describe('generated documents: stored in blobs, served through signed links', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    bot = await startTestBot({ BLOB_CONTAINER: `docs-${Date.now()}`, DOCUMENT_SIGNING_KEY: 'k'.repeat(40) });
  });
  afterAll(async () => {
    await bot.stop();
    await bot.stores.storage.dropTables();
  });

  const save = () =>
    bot.documents.save(
      {
        kind: 'formal-notice',
        fileName: 'Mise en demeure — Société Générale d’Hygiène.docx',
        contentType: DOCX_CONTENT_TYPE,
        bytes: Buffer.from('PK fake docx bytes'),
      },
      new Date('2026-11-23T09:00:00Z'),
    );

  it('keeps the bytes with their SHA-256 and serves them with the exact file name', async () => {
    const stored = await save();
    expect(stored.sha256).toBe(createHash('sha256').update('PK fake docx bytes').digest('hex'));
    const url = bot.links.url(stored.id, bot.clock.now());
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('PK fake docx bytes');
    expect(response.headers.get('content-type')).toBe(DOCX_CONTENT_TYPE);
    expect(response.headers.get('x-content-sha256')).toBe(stored.sha256);
    expect(decodeURIComponent(response.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe(
      'Mise en demeure — Société Générale d’Hygiène.docx',
    );
  });

  it('refuses a link whose signature, id or expiry was changed (403, in French)', async () => {
    const stored = await save();
    const url = new URL(bot.links.url(stored.id, bot.clock.now()));
    const tampered = new URL(url);
    tampered.searchParams.set(
      'sig',
      url.searchParams.get('sig')!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
    );
    const later = new URL(url);
    later.searchParams.set('exp', String(Number(url.searchParams.get('exp')) + 86400));
    const other = await save();
    const swapped = new URL(url.toString().replace(stored.id, other.id));
    for (const bad of [tampered, later, swapped]) {
      const response = await fetch(bad);
      expect(response.status).toBe(403);
      // A person opened the link: a French page, not JSON.
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('Lien invalide');
    }
  });

  it('refuses an expired link', async () => {
    const stored = await save();
    const issuedLongAgo = new Date(bot.clock.now().getTime() - 8 * 86_400_000);
    const response = await fetch(bot.links.url(stored.id, issuedLongAgo));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Ce lien a expiré');
  });

  it('answers 404 for a signed link to nothing', async () => {
    const response = await fetch(bot.links.url('00000000-0000-4000-8000-000000000000', bot.clock.now()));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Document introuvable');
  });

  it('reads back what another process stored (same account and container)', async () => {
    const stored = await save();
    const other = new BlobDocumentStore(testConnectionString(), bot.settings.BLOB_CONTAINER);
    expect((await other.get(stored.id))?.document).toEqual(stored);
  });
});

describe('document links in development: the key is kept under the data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'relances-key-'));
  const container = `devkey-${Date.now()}`;
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('a link still opens after a restart, with no DOCUMENT_SIGNING_KEY configured', async () => {
    const first = await startTestBot({ BLOB_CONTAINER: container, DATA_DIR: dataDir });
    let url: string;
    try {
      const stored = await first.documents.save(
        {
          kind: 'letter',
          fileName: 'Relance.docx',
          contentType: DOCX_CONTENT_TYPE,
          bytes: Buffer.from('PK letter'),
        },
        first.clock.now(),
      );
      url = first.links.url(stored.id, first.clock.now());
      expect((await fetch(url)).status).toBe(200);
    } finally {
      await first.stop();
    }
    expect(readFileSync(join(dataDir, DEVELOPMENT_KEY_FILE), 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    const second = await startTestBot({ BLOB_CONTAINER: container, DATA_DIR: dataDir });
    try {
      const again = new URL(url);
      again.port = new URL(second.url).port;
      const response = await fetch(again);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('PK letter');
    } finally {
      await second.stop();
      await second.stores.storage.dropTables();
      await first.stores.storage.dropTables();
    }
  });

  it('a genuine link signed with a key no longer in use says it expired and how to get a new one', async () => {
    const bot = await startTestBot({ BLOB_CONTAINER: container, DOCUMENT_SIGNING_KEY: 'n'.repeat(40) });
    try {
      const stored = await bot.documents.save(
        {
          kind: 'letter',
          fileName: 'Relance.docx',
          contentType: DOCX_CONTENT_TYPE,
          bytes: Buffer.from('PK'),
        },
        bot.clock.now(),
      );
      const port = new URL(bot.url).port;
      const oldKey = new DocumentLinks(
        () => `http://127.0.0.1:${port}`,
        Buffer.from('o'.repeat(40)),
        86_400_000,
      );
      const fromOldKey = oldKey.url(stored.id, bot.clock.now());
      // A link made before links named their key.
      const withoutKeyId = new URL(fromOldKey);
      withoutKeyId.searchParams.delete('kid');
      for (const link of [fromOldKey, withoutKeyId.toString()]) {
        const response = await fetch(link);
        expect(response.status).toBe(403);
        const page = await response.text();
        expect(page).toContain('Ce lien a expiré');
        expect(page).toContain('Ouvrir le document');
        expect(page).not.toContain('modifié');
      }
      // The same link altered under the current key is still called what it is.
      const altered = new URL(bot.links.url(stored.id, bot.clock.now()));
      altered.searchParams.set('exp', String(Number(altered.searchParams.get('exp')) + 60));
      const response = await fetch(altered);
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('il a été modifié');
    } finally {
      await bot.stop();
      await bot.stores.storage.dropTables();
    }
  });
});
