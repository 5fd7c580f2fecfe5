/** The key that signs document links: configured, else kept under the data directory. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_KEY_FILE, documentSigningKey } from '../../src/config/document-key';

describe('the document signing key', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'relances-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the configured key when there is one, and writes nothing', () => {
    const key = documentSigningKey({ DOCUMENT_SIGNING_KEY: 'x'.repeat(40), DATA_DIR: dir });
    expect(key).toEqual({ key: Buffer.from('x'.repeat(40)), source: 'settings' });
    expect(() => statSync(join(dir, DEVELOPMENT_KEY_FILE))).toThrow();
  });

  it('without one, generates a key once and gives the same one back on the next start', () => {
    const first = documentSigningKey({ DOCUMENT_SIGNING_KEY: undefined, DATA_DIR: join(dir, 'nested') });
    const second = documentSigningKey({ DOCUMENT_SIGNING_KEY: undefined, DATA_DIR: join(dir, 'nested') });
    expect(first.source).toBe('data-dir');
    expect(second.key.equals(first.key)).toBe(true);
    const file = join(dir, 'nested', DEVELOPMENT_KEY_FILE);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.key.toString());
    expect(statSync(file).mode & 0o077).toBe(0);
    // Another data directory (another developer's data) has its own key.
    const other = documentSigningKey({ DOCUMENT_SIGNING_KEY: undefined, DATA_DIR: join(dir, 'other') });
    expect(other.key.equals(first.key)).toBe(false);
  });

  it('does not sign with a damaged key file: a key for this process only, and a warning', () => {
    writeFileSync(join(dir, DEVELOPMENT_KEY_FILE), 'not a key');
    const warnings: string[] = [];
    const key = documentSigningKey({ DOCUMENT_SIGNING_KEY: undefined, DATA_DIR: dir }, {
      warn: (_: unknown, message?: string) => warnings.push(String(message)),
      info: () => undefined,
    } as never);
    expect(key.source).toBe('process');
    expect(key.key).toHaveLength(32);
    expect(warnings.join()).toContain('stop working when this process stops');
  });
});
