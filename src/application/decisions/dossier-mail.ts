/**
 * The e-mail to the firm and its pieces, assembled before anything is sent: the pieces are planned
 * (src/application/documents/dossier-pieces.ts), the stored ones fetched by their id and checked
 * against their SHA-256, the list settled within the size cap; the dossier is drawn with that list
 * as its bordereau, and the attachments are taken from the same list, in its order.
 */
import { createHash } from 'node:crypto';
import { formalNoticeOf } from '../../domain/dunning-engine';
import type { JournalEntry } from '../../domain/journal';
import type { Customer, Invoice } from '../../domain/ledger';
import {
  dossierFileNames,
  planPieces,
  settlePieces,
  type Fetched,
  type PlannedPiece,
} from '../documents/dossier-pieces';
import { DOCX_CONTENT_TYPE, type DossierPiece, type LitigationInput, type MailAttachment } from '../ports';
import { storeDocx, type LetterDependencies } from './letter-input';

interface Held {
  bytes: Buffer;
  contentType: string;
}

async function fetchStored(
  deps: Pick<LetterDependencies, 'documents' | 'logger'>,
  planned: readonly PlannedPiece[],
): Promise<{ fetched: Map<string, Fetched>; held: Map<string, Held> }> {
  const fetched = new Map<string, Fetched>();
  const held = new Map<string, Held>();
  for (const piece of planned) {
    if (piece.source.kind !== 'stored' || fetched.has(piece.source.documentId)) continue;
    const { documentId, sha256: expected } = piece.source;
    const got = await deps.documents.get(documentId);
    if (!got) {
      deps.logger.warn({ documentId }, 'a piece of the dossier is missing from the document store');
      fetched.set(documentId, { status: 'lost' });
      continue;
    }
    const actual = createHash('sha256').update(got.bytes).digest('hex');
    if (actual !== (expected ?? got.document.sha256)) {
      deps.logger.error(
        { documentId, expected, actual },
        'a piece of the dossier does not match its SHA-256',
      );
      fetched.set(documentId, { status: 'altered' });
      continue;
    }
    fetched.set(documentId, { status: 'ok', fileName: got.document.fileName, size: got.bytes.length });
    held.set(documentId, { bytes: got.bytes, contentType: got.document.contentType });
  }
  return { fetched, held };
}

export interface AssembledDossier {
  pieces: DossierPiece[];
  attachments: MailAttachment[];
  coverDocumentId: string;
  dossierDocumentId: string;
  dossierSha256: string;
}

/** Renders and stores the cover letter and the dossier, and gathers every piece attached. */
export async function assembleDossier(
  deps: LetterDependencies,
  customer: Customer,
  invoices: readonly Invoice[],
  input: LitigationInput & { journal: readonly JournalEntry[] },
): Promise<AssembledDossier> {
  const names = dossierFileNames(customer.legalName);
  const notices = invoices
    .map((i) => formalNoticeOf(i, input.ladder))
    .filter((n) => n !== null)
    .sort((a, b) => a.postedOn.localeCompare(b.postedOn));
  const event = notices[0]?.event;
  const planned = planPieces({
    invoices,
    pdfs: await deps.stores.invoicePdfs.listByCustomer(customer.code),
    journal: input.journal,
    ladder: input.ladder,
    company: deps.company,
    receivedOn: event?.kind === 'received' ? event.on : null,
  });
  const [{ fetched, held }, cover] = await Promise.all([
    fetchStored(deps, planned),
    deps.renderLetter('litigation-transfer', input),
  ]);
  const pieces = settlePieces(
    planned,
    fetched,
    { cover: { fileName: names.cover, size: cover.length }, dossierFileName: names.dossier },
    { controller: deps.company.controller.name },
  );
  const dossier = await deps.renderLetter('litigation-dossier', { ...input, pieces });
  const [coverDoc, dossierDoc] = await Promise.all([
    storeDocx(deps, 'litigation-transfer', names.cover, cover),
    storeDocx(deps, 'litigation-dossier', names.dossier, dossier),
  ]);
  const attachments: MailAttachment[] = [];
  pieces.forEach((piece, index) => {
    if (!piece.attached || !piece.file) return;
    const source = planned[index]!.source;
    if (source.kind === 'cover')
      attachments.push({ filename: names.cover, content: cover, contentType: DOCX_CONTENT_TYPE });
    else if (source.kind === 'dossier')
      attachments.push({ filename: names.dossier, content: dossier, contentType: DOCX_CONTENT_TYPE });
    else if (source.kind === 'stored') {
      const file = held.get(source.documentId)!;
      attachments.push({ filename: piece.file.fileName, content: file.bytes, contentType: file.contentType });
    }
  });
  const skipped = pieces.filter((p) => !p.attached).length;
  deps.logger.info(
    { customer: customer.code, attached: attachments.length, notAttached: skipped },
    'dossier assembled for the law firm',
  );
  return {
    pieces,
    attachments,
    coverDocumentId: coverDoc.id,
    dossierDocumentId: dossierDoc.id,
    dossierSha256: dossierDoc.sha256,
  };
}
