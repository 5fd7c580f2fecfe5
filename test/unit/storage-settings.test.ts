import { formatSettingsErrors, parseSettings } from '../../src/config/settings';
import { describeStorage, storageAccessFromSettings } from '../../src/store/storage-access';
import type { TokenCredential } from '@azure/identity';

const TABLE = 'https://greenova.table.core.windows.net';
const BLOB = 'https://greenova.blob.core.windows.net/';
const KEY = 'c2VjcmV0LWtleS1vZi10aGUtYWNjb3VudA==';
const CONNECTION = `DefaultEndpointsProtocol=https;AccountName=greenova;AccountKey=${KEY};EndpointSuffix=core.windows.net`;
const PRODUCTION = { NODE_ENV: 'production', DOCUMENT_SIGNING_KEY: 'x'.repeat(40) };

function errors(env: Record<string, string>) {
  const result = parseSettings(env);
  if (result.ok) throw new Error('expected invalid settings');
  return { list: result.errors, text: formatSettingsErrors(result.errors) };
}

const fakeCredential: TokenCredential = { getToken: async () => null };

describe('the way to the storage', () => {
  it('takes the endpoints with the managed identity, recommended, and needs no secret', () => {
    const result = parseSettings({
      ...PRODUCTION,
      STORAGE_TABLE_ENDPOINT: TABLE,
      STORAGE_BLOB_ENDPOINT: BLOB,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const access = storageAccessFromSettings(result.settings, () => fakeCredential);
    expect(access).toEqual({
      kind: 'identity',
      tableEndpoint: TABLE,
      blobEndpoint: 'https://greenova.blob.core.windows.net',
      credential: fakeCredential,
    });
    expect(describeStorage(access!)).toEqual({
      storageAuth: 'identity',
      tableEndpoint: TABLE,
      blobEndpoint: 'https://greenova.blob.core.windows.net',
    });
  });

  it('still takes a connection string, and never logs its key', () => {
    const result = parseSettings({ ...PRODUCTION, STORAGE_CONNECTION_STRING: CONNECTION });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const made = jest.fn(() => fakeCredential);
    const access = storageAccessFromSettings(result.settings, made);
    expect(access).toEqual({ kind: 'connection-string', connectionString: CONNECTION });
    expect(made).not.toHaveBeenCalled();
    const described = JSON.stringify(describeStorage(access!));
    expect(described).toContain('greenova');
    expect(described).not.toContain(KEY);
  });

  it('refuses both ways at once, saying which to keep', () => {
    const { list, text } = errors({
      STORAGE_CONNECTION_STRING: CONNECTION,
      STORAGE_TABLE_ENDPOINT: TABLE,
      STORAGE_BLOB_ENDPOINT: BLOB,
    });
    expect(list.map((e) => e.variable)).toEqual(['STORAGE_CONNECTION_STRING']);
    expect(text).toContain('deux accès au stockage configurés');
    expect(text).not.toContain(KEY);
  });

  it('needs both endpoints: tables and documents live in the same account', () => {
    const { list, text } = errors({ STORAGE_TABLE_ENDPOINT: TABLE });
    expect(list.map((e) => e.variable)).toEqual(['STORAGE_BLOB_ENDPOINT']);
    expect(text).toContain('obligatoire avec STORAGE_TABLE_ENDPOINT');
  });

  it('wants https addresses of the account and no SAS token in them', () => {
    const { list, text } = errors({
      STORAGE_TABLE_ENDPOINT: 'http://greenova.table.core.windows.net',
      STORAGE_BLOB_ENDPOINT: `${BLOB}?sv=2024-01-01&sig=abc`,
    });
    expect(list.map((e) => e.variable).sort()).toEqual(['STORAGE_BLOB_ENDPOINT', 'STORAGE_TABLE_ENDPOINT']);
    expect(text).toContain('adresse https:// du compte de stockage attendue');
    expect(text).toContain('sans paramètres ni jeton SAS');
    expect(text).not.toContain('sig=abc');
  });

  it('requires one way in production, and none in development (the embedded Azurite)', () => {
    const { list, text } = errors(PRODUCTION);
    expect(list.map((e) => e.variable)).toEqual(['STORAGE_TABLE_ENDPOINT']);
    expect(text).toContain('obligatoire en production');
    expect(text).toContain('STORAGE_CONNECTION_STRING');
    const development = parseSettings({});
    expect(development.ok).toBe(true);
    if (development.ok) expect(storageAccessFromSettings(development.settings)).toBeNull();
  });
});
