/**
 * Generated documents (letters, dossiers, the procedure): kept once with their SHA-256, so the
 * journal can point to them and anyone can check they were not altered.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { ActionInvoice } from '../../domain/daily-plan';
import type { CompanyIdentity, LawFirm } from '../../domain/identity';
import type { JournalEntry } from '../../domain/journal';
import type { PenaltyBill } from '../../domain/late-fees';
import type { Channel, LadderConfig } from '../../domain/ladder';
import type { Customer, CustomerType, InsolvencyProceedings, Invoice, Payment } from '../../domain/ledger';
import type { Cents } from '../../domain/money';
import type { RateTable } from '../../domain/rate-table';

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

// ---------------------------------------------------------------------------------------------
// Rendering: what goes into each document (src/documents renders them with templates and docx).

/** An earlier reminder quoted by a letter: « notre courriel du 3 novembre 2026 ». */
export interface PreviousReminder {
  date: CalendarDate;
  channel: Channel;
}

export interface DunningLetterInput {
  company: CompanyIdentity;
  customer: Customer;
  /** The invoices this letter claims (one customer's, at the same step). */
  invoices: readonly Invoice[];
  today: CalendarDate;
  rates: RateTable;
  /** Earlier reminders the letter recalls (« notre courriel du … »); none by default. */
  previousReminders?: readonly PreviousReminder[];
  /**
   * The invoices' dated payments: the interest's base follows them (a payment lowers it the day
   * after its date). None: what was paid counts as paid on the due date (never an over-claim).
   */
  payments?: readonly Payment[];
  /** « N/Réf »; by default `<customer code>/<document>/<date>`. */
  ourReference?: string;
}

export interface FormalNoticeInput extends DunningLetterInput {
  lawFirm: LawFirm;
  /** The LRAR number when known; otherwise a line is left to fill in by hand. */
  registeredMailNumber?: string | null;
}

export interface LitigationInput extends DunningLetterInput {
  lawFirm: LawFirm;
  ladder: LadderConfig;
  /** The journal entries of the customer's or invoices' history (oldest first or not). */
  journal: readonly JournalEntry[];
  /**
   * The bordereau, as computed for the e-mail that carries the dossier (the same list decides the
   * attachments: src/application/documents/dossier-pieces.ts). Without it, the bordereau is drawn
   * from the journal alone and marks nothing as attached but the dossier's own sections.
   */
  pieces?: readonly DossierPiece[];
  /** The payments received on the claimed invoices, with their dates (the dossier's table). */
  payments?: readonly Payment[];
}

/** One line of the bordereau de pièces. */
export interface DossierPiece {
  number: number;
  title: string;
  /** Attached to the e-mail to the firm (« Jointe »), or not (« Non jointe », and `detail` says why). */
  attached: boolean;
  detail: string;
  /** The file attached to the e-mail, when the piece is one (size unknown for the dossier itself). */
  file: { fileName: string; size: number | null } | null;
}

export interface MandateInput {
  company: CompanyIdentity;
  lawFirm: LawFirm;
  ladder: LadderConfig;
  today: CalendarDate;
  ourReference?: string;
}

export interface ProcedureInput {
  company: CompanyIdentity;
  lawFirm: LawFirm;
  ladder: LadderConfig;
  today: CalendarDate;
}

/** The claim declaration to the mandataire of a customer under collective proceedings. */
export interface ClaimDeclarationInput {
  company: CompanyIdentity;
  customer: Customer & { insolvency: InsolvencyProceedings };
  /** The customer's invoices: those issued before the judgment and unpaid are declared. */
  invoices: readonly Invoice[];
  today: CalendarDate;
  rates: RateTable;
  ourReference?: string;
}

/** The « facture de pénalités de retard et d’indemnités forfaitaires » of invoices paid late. */
export interface PenaltyInvoiceInput {
  company: CompanyIdentity;
  customer: Customer;
  /** Numbered: `bill.number` is set. */
  bill: PenaltyBill;
  /** The day it must be paid by (payment terms). */
  payBy: CalendarDate;
}

export interface LetterInputs {
  'reminder-letter': DunningLetterInput;
  'formal-notice': FormalNoticeInput;
  'litigation-transfer': LitigationInput;
  'litigation-dossier': LitigationInput;
  'law-firm-mandate': MandateInput;
  procedure: ProcedureInput;
  'claim-declaration': ClaimDeclarationInput;
  'penalty-invoice': PenaltyInvoiceInput;
}
export type LetterKind = keyof LetterInputs;

/** Draws a document as .docx bytes. */
export type RenderLetter = <K extends LetterKind>(kind: K, input: LetterInputs[K]) => Promise<Buffer>;

export type EmailTemplate = 'pre-due-email' | 'reminder-email';

export interface EmailData {
  company: CompanyIdentity;
  customer: { legalName: string; type: CustomerType; billingEmails: string[] };
  invoices: ActionInvoice[];
  total: Cents;
  today: CalendarDate;
  /**
   * The invoices' copies (PDF) and what the e-mail says of them: « Vous trouverez ci-joint la
   * copie de la facture … », « … disponible sur simple demande » (null: nothing to say).
   */
  invoiceCopies?: { attached: string | null; onRequest: string | null };
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export type RenderEmail = (template: EmailTemplate, data: EmailData) => RenderedEmail;
