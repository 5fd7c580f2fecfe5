/**
 * The key that signs links to documents. Production configures it (DOCUMENT_SIGNING_KEY, required
 * there). In development a random key is generated once and kept under the data directory, beside
 * the embedded Azurite's data (`<DATA_DIR>/document-signing.key`), so links still open after a
 * restart — and die only with the data they point to.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from './logger';
import { PROJECT_ROOT } from './paths';
import type { Settings } from './settings';

export const DEVELOPMENT_KEY_FILE = 'document-signing.key';

export interface DocumentKey {
  key: Buffer;
  /** Where it comes from: the settings, the data directory, or this process only (links die with it). */
  source: 'settings' | 'data-dir' | 'process';
}

/** A key file holds 64 hex digits (32 random bytes); anything else is not a key we wrote. */
function readKey(path: string): Buffer | null {
  try {
    const text = readFileSync(path, 'utf8').trim();
    return /^[0-9a-f]{64}$/.test(text) ? Buffer.from(text) : null;
  } catch {
    return null;
  }
}

export function documentSigningKey(
  settings: Pick<Settings, 'DOCUMENT_SIGNING_KEY' | 'DATA_DIR'>,
  logger?: Pick<Logger, 'warn' | 'info'>,
): DocumentKey {
  if (settings.DOCUMENT_SIGNING_KEY)
    return { key: Buffer.from(settings.DOCUMENT_SIGNING_KEY), source: 'settings' };
  const dir = resolve(PROJECT_ROOT, settings.DATA_DIR);
  const path = resolve(dir, DEVELOPMENT_KEY_FILE);
  const existing = readKey(path);
  if (existing) return { key: existing, source: 'data-dir' };
  try {
    mkdirSync(dir, { recursive: true });
    // `wx`: another process starting at the same moment keeps its key, and we read it back.
    writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    logger?.info(
      { path },
      'DOCUMENT_SIGNING_KEY is not set: generated a development key kept in the data directory',
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      logger?.warn(
        { err: error, path },
        'DOCUMENT_SIGNING_KEY is not set and no key can be kept in the data directory: document links will stop working when this process stops',
      );
      return { key: randomBytes(32), source: 'process' };
    }
  }
  const written = readKey(path);
  if (written) return { key: written, source: 'data-dir' };
  logger?.warn(
    { path },
    'the development document key file is unreadable: document links will stop working when this process stops',
  );
  return { key: randomBytes(32), source: 'process' };
}
