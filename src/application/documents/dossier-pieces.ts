/**
 * The pieces of a litigation dossier: ONE list, from which both the bordereau (in the dossier) and
 * the e-mail to the firm are made — a piece is « Jointe » exactly when it is attached to that
 * e-mail, otherwise « Non jointe » with why. Pure: `planPieces` says where each piece comes from
 * (the cover letter, the dossier, a stored document named by the journal or the invoice's PDF, or
 * nowhere); `settlePieces` decides, from what the document store returned, what is attached.
 *
 * Rules (decided with the lead):
 * - pieces 1 and 2 are the cover letter and the dossier itself, always attached;
 * - one piece per invoice: its PDF when imported (`npm run import -- pdf`), else « facture non
 *   importée »;
 * - the letters of the ladder (simple letter, mise en demeure) as generated and stored, fetched by
 *   the `documentId` the journal holds and checked against its SHA-256 (the copy bearing the LRAR
 *   number when there is one); a copy missing or altered is « Non jointe » with why;
 * - an e-mail reminder's text is reproduced in the dossier (section 3) when the journal kept it;
 * - the AR of the mise en demeure is paper: kept by the company, to ask the controller for;
 * - the total of the attachments is capped (MAX_DOSSIER_MAIL_BYTES): a piece that would pass it is
 *   « Non jointe » (taille); the pieces keep their order.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import { formatDateLongFr } from '../../domain/calendar-date';
import type { CompanyIdentity } from '../../domain/identity';
import type { JournalEntry } from '../../domain/journal';
import type { LadderConfig } from '../../domain/ladder';
import type { Invoice } from '../../domain/ledger';
import { pieces as t } from '../../i18n/dossier';
import { formatFileSize } from '../../i18n/invoice-pdfs';
import { historyRows, stepCarriedOver, stepDone, type HistoryRow } from '../../i18n/journal-history';
import { documentLabel } from '../../i18n/ladder';
import { fr } from '../../i18n/fr';
import type { DossierPiece, InvoicePdf } from '../ports';
import { safeFileName } from '../decisions/letter-input';

/** The names of the cover letter's and the dossier's files, as attached and stored. */
export function dossierFileNames(legalName: string): { cover: string; dossier: string } {
  const name = safeFileName(legalName);
  return {
    cover: `${fr.letters.transferFile} — ${name}.docx`,
    dossier: `${fr.letters.dossierFile} — ${name}.docx`,
  };
}

/** The e-mail to the firm carries at most this many bytes of attachments (before MIME encoding). */
export const MAX_DOSSIER_MAIL_BYTES = 20 * 1024 * 1024;
/** Kept for the dossier itself, rendered after the list is settled (a dossier is < 1 Mo). */
export const DOSSIER_RESERVE_BYTES = 1024 * 1024;

export type PieceSource =
  | { kind: 'cover' }
  | { kind: 'dossier' }
  | { kind: 'stored'; documentId: string; sha256: string | null }
  /** Part of the dossier itself (its sections): attached with it. */
  | { kind: 'in-dossier' }
  | { kind: 'none' };

export interface PlannedPiece {
  title: string;
  source: PieceSource;
  /** What is known of the piece (« Envoyée le … (LRAR n° …) »), shown before its file or why it is missing. */
  context: string | null;
  /** Why it is not attached, when `source` is none. */
  missing: string | null;
}

export interface PieceFacts {
  invoices: readonly Invoice[];
  pdfs: readonly InvoicePdf[];
  journal: readonly JournalEntry[];
  ladder: LadderConfig;
  company: CompanyIdentity;
  /** The date the mise en demeure's AR was signed, as its invoices record it. */
  receivedOn: CalendarDate | null;
}

const DOCUMENT_ACTIONS = [
  'letter.generated',
  'formal_notice.generated',
  'letter.posted',
  'formal_notice.posted',
];

/** The stored copy of a ladder step's letter the journal points to: the posted one (LRAR) first. */
export function stepDocument(
  journal: readonly JournalEntry[],
  stepIds: readonly string[],
): { documentId: string; sha256: string | null } | null {
  const found = journal
    .filter(
      (e) =>
        e.outcome === 'ok' &&
        DOCUMENT_ACTIONS.includes(e.action) &&
        typeof e.details?.documentId === 'string' &&
        stepIds.includes(String(e.details?.step)),
    )
    .sort((a, b) => a.at.localeCompare(b.at));
  const chosen = found.filter((e) => e.action.endsWith('.posted')).at(-1) ?? found.at(-1);
  if (!chosen) return null;
  const details = chosen.details ?? {};
  const sha = details.documentSha256 ?? details.sha256;
  return { documentId: String(details.documentId), sha256: typeof sha === 'string' ? sha : null };
}

/** The e-mail of a step as the journal kept it (subject and text), when it did. */
function emailKept(journal: readonly JournalEntry[], stepIds: readonly string[]): boolean {
  return journal.some(
    (e) =>
      e.outcome === 'ok' &&
      e.action === 'email.sent' &&
      stepIds.includes(String(e.details?.step)) &&
      typeof e.details?.text === 'string',
  );
}

export function planPieces(facts: PieceFacts): PlannedPiece[] {
  const controller = facts.company.controller.name;
  const history: HistoryRow[] = historyRows(facts.journal);
  const pdfs = new Map(facts.pdfs.map((p) => [p.invoiceNumber, p]));
  const planned: PlannedPiece[] = [
    { title: t.cover, source: { kind: 'cover' }, context: null, missing: null },
    { title: t.dossier, source: { kind: 'dossier' }, context: null, missing: null },
  ];
  for (const invoice of facts.invoices) {
    const pdf = pdfs.get(invoice.number);
    planned.push({
      title: t.invoice(invoice.number),
      source: pdf ? { kind: 'stored', documentId: pdf.documentId, sha256: pdf.sha256 } : { kind: 'none' },
      context: null,
      missing: pdf ? null : t.invoiceNotImported(controller),
    });
  }
  const orderRefs = [...new Set(facts.invoices.map((i) => i.orderRef).filter((r): r is string => !!r))];
  planned.push(
    { title: t.termsOfSale, source: { kind: 'none' }, context: null, missing: t.askFor(controller) },
    {
      title: t.orders,
      source: { kind: 'none' },
      context: null,
      missing: t.withRefs(t.askFor(controller), orderRefs),
    },
    {
      title: t.deliveries,
      source: { kind: 'none' },
      context: null,
      missing: t.withRefs(t.askFor(controller), [
        ...new Set(facts.invoices.map((i) => i.deliveryRef).filter((r): r is string => !!r)),
      ]),
    },
  );

  const steps = facts.ladder.steps.filter((s) => s.channel !== 'transfer');
  // The furthest step an export says was sent before Relances: those before it were sent too.
  const carriedRank = Math.max(
    -1,
    ...steps.map((s, rank) => (stepCarriedOver(history, [s.id, s.label]) ? rank : -1)),
  );
  steps.forEach((step, rank) => {
    const ids = [step.id, step.label];
    const title = t.reminder(documentLabel(step.template), step.label);
    const done = stepDone(history, ids);
    if (!done) {
      const carried = stepCarriedOver(history, ids);
      planned.push({
        title,
        source: { kind: 'none' },
        context: null,
        missing: carried
          ? t.reminderCarriedOver(carried.longDate, carried.carriedOverFrom ?? carried.shortDate, controller)
          : rank < carriedRank
            ? t.reminderBeforeRelances(controller)
            : t.reminderMissing(controller),
      });
    } else if (step.channel === 'email') {
      const kept = emailKept(facts.journal, ids);
      planned.push({
        title,
        source: kept ? { kind: 'in-dossier' } : { kind: 'none' },
        context: kept ? t.reminderInDossier(done.longDate) : null,
        missing: kept ? null : t.reminderTextNotKept(done.longDate, controller),
      });
    } else {
      const sent = t.reminderSent(done.longDate, done.registeredMailNumber);
      const document = stepDocument(facts.journal, ids);
      planned.push({
        title,
        source: document ? { kind: 'stored', ...document } : { kind: 'none' },
        context: sent,
        missing: document ? null : t.letterNotKept(sent, controller),
      });
    }
    if (step.channel === 'registered_letter') {
      const received = history.find(
        (r) =>
          ['formal_notice.received', 'lrar.received'].includes(r.action) &&
          (r.step === null || ids.includes(r.step)),
      );
      const signedOn = facts.receivedOn ? formatDateLongFr(facts.receivedOn) : (received?.longDate ?? null);
      planned.push({
        title: t.acknowledgement(step.label),
        source: { kind: 'none' },
        context: null,
        missing: t.paperAcknowledgement(
          signedOn ? `Signé le ${signedOn}\u00a0; ` : '',
          facts.company.legalName,
          controller,
        ),
      });
    }
  });
  planned.push(
    { title: t.history, source: { kind: 'in-dossier' }, context: t.historyDetail, missing: null },
    {
      title: t.correspondence,
      source: { kind: 'none' },
      context: null,
      missing: t.askFor(controller),
    },
  );
  return planned;
}

/** What the document store gave for a stored piece. */
export type Fetched =
  { status: 'ok'; fileName: string; size: number } | { status: 'lost' } | { status: 'altered' };

/**
 * The bordereau: each planned piece attached or not, in order, within the size cap. `fetched`
 * answers for each `stored` source (by documentId); `cover` is the cover letter's file.
 */
export function settlePieces(
  planned: readonly PlannedPiece[],
  /** null: the dossier is drawn alone (no e-mail), stored pieces are said kept, not attached. */
  fetched: ReadonlyMap<string, Fetched> | null,
  files: { cover: { fileName: string; size: number }; dossierFileName: string },
  options: { controller: string; capBytes?: number },
): DossierPiece[] {
  const cap = options.capBytes ?? MAX_DOSSIER_MAIL_BYTES;
  let used = files.cover.size + DOSSIER_RESERVE_BYTES;
  const prefix = (context: string | null, text: string) => (context ? t.fileOf(context, text) : text);
  return planned.map((piece, index) => {
    const number = index + 1;
    const base = { number, title: piece.title };
    const source = piece.source;
    switch (source.kind) {
      case 'cover':
        return {
          ...base,
          attached: true,
          detail: t.file(files.cover.fileName, formatFileSize(files.cover.size)),
          file: { fileName: files.cover.fileName, size: files.cover.size },
        };
      case 'dossier':
        return {
          ...base,
          attached: true,
          detail: `${t.thisDocument} — ${t.file(files.dossierFileName, null)}`,
          file: { fileName: files.dossierFileName, size: null },
        };
      case 'in-dossier':
        return { ...base, attached: true, detail: piece.context ?? '', file: null };
      case 'none':
        return {
          ...base,
          attached: false,
          detail: piece.missing ?? t.askFor(options.controller),
          file: null,
        };
      case 'stored': {
        const what = piece.context ?? piece.title;
        if (!fetched) return { ...base, attached: false, detail: t.keptNotSent(what), file: null };
        const got = fetched.get(source.documentId) ?? { status: 'lost' };
        if (got.status === 'lost')
          return { ...base, attached: false, detail: t.documentLost(what, options.controller), file: null };
        if (got.status === 'altered')
          return {
            ...base,
            attached: false,
            detail: t.documentAltered(what, options.controller),
            file: null,
          };
        if (used + got.size > cap)
          return {
            ...base,
            attached: false,
            detail: t.tooLarge(
              prefix(piece.context, t.file(got.fileName, formatFileSize(got.size))),
              formatFileSize(cap),
              options.controller,
            ),
            file: null,
          };
        used += got.size;
        return {
          ...base,
          attached: true,
          detail: prefix(piece.context, t.file(got.fileName, formatFileSize(got.size))),
          file: { fileName: got.fileName, size: got.size },
        };
      }
    }
  });
}
