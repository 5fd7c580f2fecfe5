/**
 * Storage by managed identity, as far as it can be checked without Azure: the endpoints' way builds
 * the table and blob clients on the credential — the token is asked for Azure Storage's scope and
 * the requests go to the configured endpoints — and a credential that cannot get a token stops the
 * start with a French sentence saying what to check. Not checked here: that Azure accepts the
 * token (no tenant offline; Azurite's OAuth needs HTTPS with a trusted certificate).
 */
import { createServer, type Server } from 'node:net';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { BlobDocumentStore } from '../../src/store/document-store';
import type { StorageAccess } from '../../src/store/storage-access';
import { TableStorage } from '../../src/store/table-storage';
import { startupFailureText } from '../../src/server/startup-failure';

class RecordingCredential implements TokenCredential {
  readonly scopes: string[] = [];
  constructor(private readonly fail?: Error) {}
  async getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken> {
    this.scopes.push(...(Array.isArray(scopes) ? scopes : [scopes]));
    if (this.fail) throw this.fail;
    return { token: 'token-of-the-managed-identity', expiresOnTimestamp: Date.now() + 3_600_000 };
  }
}

/** A loopback endpoint that counts connections and hangs up (no TLS certificate to trust here). */
async function endpoint(): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server: Server = createServer((socket) => {
    count++;
    socket.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `https://127.0.0.1:${port}`,
    connections: () => count,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const STORAGE_SCOPE = 'https://storage.azure.com/.default';

describe('storage by managed identity', () => {
  it('asks the identity for a storage token and calls the configured endpoints, tables and documents', async () => {
    const tables = await endpoint();
    const blobs = await endpoint();
    const credential = new RecordingCredential();
    const access: StorageAccess = {
      kind: 'identity',
      tableEndpoint: tables.url,
      blobEndpoint: blobs.url,
      credential,
    };
    try {
      await expect(new TableStorage(access, 'rel').ensureTables()).rejects.toThrow();
      expect(credential.scopes).toContain(STORAGE_SCOPE);
      expect(tables.connections()).toBeGreaterThan(0);
      expect(blobs.connections()).toBe(0);

      credential.scopes.length = 0;
      const documents = new BlobDocumentStore(access, 'relances-documents');
      await expect(documents.get('00000000-0000-4000-8000-000000000000')).rejects.toThrow();
      expect(credential.scopes).toContain(STORAGE_SCOPE);
      expect(blobs.connections()).toBeGreaterThan(0);
    } finally {
      await tables.close();
      await blobs.close();
    }
  });

  it('stops on a credential with no token, telling the operator in French what to check', async () => {
    const unavailable = Object.assign(new Error('ManagedIdentityCredential: no identity endpoint'), {
      name: 'CredentialUnavailableError',
    });
    const credential = new RecordingCredential(unavailable);
    const access: StorageAccess = {
      kind: 'identity',
      tableEndpoint: 'https://127.0.0.1:9',
      blobEndpoint: 'https://127.0.0.1:9',
      credential,
    };
    const error = await new TableStorage(access, 'rel').ensureTables().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBe(unavailable);
    expect(startupFailureText(access, error)).toBe(
      'Démarrage impossible : l’identité managée n’a pas obtenu de jeton pour le stockage https://127.0.0.1:9 (identité managée activée sur l’App Service ? en local, « az login »). Détail dans le journal.',
    );
    const forbidden = Object.assign(new Error('This request is not authorized'), { statusCode: 403 });
    expect(startupFailureText(access, forbidden)).toContain(
      'donnez-lui les rôles « Storage Table Data Contributor » et « Storage Blob Data Contributor »',
    );
  });
});
