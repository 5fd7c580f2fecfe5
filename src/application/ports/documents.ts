/**
 * Generated documents (letters, dossiers, the procedure): kept once with their SHA-256, so the
 * journal can point to them and anyone can check they were not altered.
 */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface NewDocument {
  kind: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export interface StoredDocument {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sha256: string;
  size: number;
  createdAt: string;
}

export interface DocumentStore {
  save(document: NewDocument, now: Date): Promise<StoredDocument>;
  get(id: string): Promise<{ document: StoredDocument; bytes: Buffer } | null>;
}
