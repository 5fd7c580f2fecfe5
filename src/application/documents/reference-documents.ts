/**
 * « procédure » and « lettre au cabinet »: the written procedure (generated from the live
 * configuration, so it never goes stale) and the official letter giving the law firm the
 * litigation, as stored .docx documents, journaled with who asked.
 */
import type { Clock } from '../../domain/calendar-date';
import type { CompanyIdentity, LawFirm } from '../../domain/identity';
import type { Actor } from '../../domain/journal';
import type { LadderConfig } from '../../domain/ladder';
import { fr } from '../../i18n/fr';
import {
  DOCX_CONTENT_TYPE,
  type DocumentStore,
  type RenderLetter,
  type Stores,
  type StoredDocument,
} from '../ports';

export type ReferenceDocument = 'procedure' | 'law-firm-mandate';

export interface ReferenceDocumentDependencies {
  stores: Pick<Stores, 'journal'>;
  documents: DocumentStore;
  renderLetter: RenderLetter;
  company: CompanyIdentity;
  lawFirm: LawFirm;
  ladder: LadderConfig;
  clock: Clock;
}

export async function generateReferenceDocument(
  deps: ReferenceDocumentDependencies,
  actor: Actor,
  kind: ReferenceDocument,
): Promise<StoredDocument> {
  const input = {
    company: deps.company,
    lawFirm: deps.lawFirm,
    ladder: deps.ladder,
    today: deps.clock.today(),
  };
  const bytes =
    kind === 'procedure'
      ? await deps.renderLetter('procedure', input)
      : await deps.renderLetter('law-firm-mandate', input);
  const fileName =
    kind === 'procedure'
      ? fr.documentsCommand.procedureFile(deps.company.legalName)
      : fr.documentsCommand.mandateFile(deps.lawFirm.name);
  const stored = await deps.documents.save(
    { kind, fileName, contentType: DOCX_CONTENT_TYPE, bytes },
    deps.clock.now(),
  );
  await deps.stores.journal.append({
    actor,
    action: kind === 'procedure' ? 'procedure.generated' : 'mandate.generated',
    target: { ref: stored.id },
    details: { documentId: stored.id, sha256: stored.sha256, fileName },
    outcome: 'ok',
  });
  return stored;
}
