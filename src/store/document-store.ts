/**
 * Generated documents (letters, dossiers, the procedure) in Azure Blob Storage — Azurite in
 * development. Each is stored once under a random id with its SHA-256, file name and kind as
 * metadata, so the journal can point to it and anyone can check it was not altered.
 */
import { createHash, randomUUID } from 'node:crypto';
import { BlobServiceClient, RestError, type ContainerClient } from '@azure/storage-blob';
import type { DocumentStore, NewDocument, StoredDocument } from '../application/ports';
import { asStorageAccess, type StorageConnection } from './storage-access';
import { DEFAULT_DEADLINES } from './table-storage';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The blob SDK's `tryTimeoutInMs` is only a timeout asked of the server: a storage that accepts the
 * connection and never answers holds the call for ever. Each operation is aborted on the client
 * after the time of its two tries.
 */
const OPERATION_DEADLINE_MS = 2 * DEFAULT_DEADLINES.tryTimeoutMs + 500;
const deadline = () => ({ abortSignal: AbortSignal.timeout(OPERATION_DEADLINE_MS) });

export class BlobDocumentStore implements DocumentStore {
  private readonly container: ContainerClient;
  private ready: Promise<unknown> | undefined;

  constructor(connection: StorageConnection, containerName: string) {
    const access = asStorageAccess(connection);
    // As for tables: a deadline per try and one retry, never a wait without end.
    const options = {
      retryOptions: { maxTries: 2, tryTimeoutInMs: DEFAULT_DEADLINES.tryTimeoutMs, retryDelayInMs: 200 },
    };
    const service =
      access.kind === 'identity'
        ? new BlobServiceClient(access.blobEndpoint, access.credential, options)
        : BlobServiceClient.fromConnectionString(access.connectionString, options);
    this.container = service.getContainerClient(containerName);
  }

  private ensureContainer(): Promise<unknown> {
    this.ready ??= this.container.createIfNotExists(deadline()).catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  async save(document: NewDocument, now: Date): Promise<StoredDocument> {
    await this.ensureContainer();
    const stored: StoredDocument = {
      id: randomUUID(),
      kind: document.kind,
      fileName: document.fileName,
      contentType: document.contentType,
      sha256: createHash('sha256').update(document.bytes).digest('hex'),
      size: document.bytes.length,
      createdAt: now.toISOString(),
    };
    await this.container.getBlockBlobClient(stored.id).uploadData(document.bytes, {
      blobHTTPHeaders: { blobContentType: document.contentType },
      // Metadata values must be ASCII: the file name is kept URI-encoded.
      metadata: {
        kind: stored.kind,
        filename: encodeURIComponent(stored.fileName),
        sha256: stored.sha256,
        createdat: stored.createdAt,
      },
      conditions: { ifNoneMatch: '*' },
      ...deadline(),
    });
    return stored;
  }

  /**
   * A document stored under a name derived from its content (a chart: the digest of its spec),
   * once: when the blob is already there it is kept as it is (same content, same bytes) and the
   * one stored is answered.
   */
  async saveAt(id: string, document: NewDocument, now: Date): Promise<StoredDocument> {
    if (!ID.test(id)) throw new Error(`not a document id: ${id}`);
    await this.ensureContainer();
    const stored: StoredDocument = {
      id,
      kind: document.kind,
      fileName: document.fileName,
      contentType: document.contentType,
      sha256: createHash('sha256').update(document.bytes).digest('hex'),
      size: document.bytes.length,
      createdAt: now.toISOString(),
    };
    try {
      await this.container.getBlockBlobClient(id).uploadData(document.bytes, {
        blobHTTPHeaders: { blobContentType: document.contentType },
        metadata: {
          kind: stored.kind,
          filename: encodeURIComponent(stored.fileName),
          sha256: stored.sha256,
          createdat: stored.createdAt,
        },
        conditions: { ifNoneMatch: '*' },
        ...deadline(),
      });
      return stored;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return stored;
      throw error;
    }
  }

  /** Whether a document is stored under this id (without reading it). */
  async has(id: string): Promise<boolean> {
    if (!ID.test(id)) return false;
    await this.ensureContainer();
    return this.container.getBlockBlobClient(id).exists(deadline());
  }

  async get(id: string): Promise<{ document: StoredDocument; bytes: Buffer } | null> {
    if (!ID.test(id)) return null;
    await this.ensureContainer();
    const blob = this.container.getBlockBlobClient(id);
    try {
      const [properties, bytes] = await Promise.all([
        blob.getProperties(deadline()),
        blob.downloadToBuffer(0, undefined, deadline()),
      ]);
      const metadata = properties.metadata ?? {};
      return {
        bytes,
        document: {
          id,
          kind: metadata.kind ?? 'document',
          fileName: decodeURIComponent(metadata.filename ?? `${id}.bin`),
          contentType: properties.contentType ?? 'application/octet-stream',
          sha256: metadata.sha256 ?? '',
          size: bytes.length,
          createdAt: metadata.createdat ?? '',
        },
      };
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return null;
      throw error;
    }
  }
}
