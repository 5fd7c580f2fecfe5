/**
 * The documents Relances produces, as .docx bytes: each one is a template (templates/letters)
 * rendered with its view and drawn in the shared layout (docx/).
 *
 *   renderLetter('reminder-letter', input)      J+10 simple letter
 *   renderLetter('formal-notice', input)        J+20 LRAR, mise en demeure
 *   renderLetter('litigation-transfer', input)  J+30 cover letter to the law firm
 *   renderLetter('litigation-dossier', input)   J+30 the dossier itself
 *   renderLetter('law-firm-mandate', input)     the letter giving the firm the mandate
 *   renderLetter('procedure', input)            the organisation and calendar, from the live settings
 *   renderLetter('claim-declaration', input)    the claim declaration to the mandataire (LRAR)
 *
 * Every function is also exported on its own (renderFormalNotice…).
 */
import { isBelowFirmFloor } from '../domain/competent-procedure';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config/paths';
import { formatDateLongFr, type CalendarDate } from '../domain/calendar-date';
import type { CompanyIdentity, LawFirm } from '../domain/identity';
import { formalNoticeOf } from '../domain/dunning-engine';
import type { Customer, Invoice } from '../domain/ledger';
import { buildLetterDocument, buildReportDocument, documentToBuffer } from './docx/document';
import { addressLines } from './docx/letter-parts';
import { pngLogo, type Letterhead, type Logo } from './docx/letterhead';
import { documentErrors } from '../i18n/document-errors';
import { addressee, documentTitles, dossierNotice, yourReferences } from '../i18n/letters';
import { historyRows } from '../i18n/journal-history';
import { coverStory } from '../i18n/cover-letter';
import { answersView, lettersView, paymentsView, referencesView, sentEmailsView } from './dossier-sections';
import { dossierFileNames, planPieces, settlePieces } from '../application/documents/dossier-pieces';
import { buildClaim, type Claim } from './letter-data';
import {
  claimView,
  companyView,
  customerView,
  historyView,
  ladderView,
  lawFirmView,
  procedureGuideView,
  debtorProceduresView,
  previousRemindersView,
  procedureFactsView,
} from './letter-views';
import { renderPenaltyInvoice } from './penalty-invoice';
import { renderTemplate } from './templates';
import { claimDeclarationView } from './claim-declaration';
import { declarationWords } from '../i18n/fr/insolvency';
import type {
  ClaimDeclarationInput,
  DossierPiece,
  DunningLetterInput,
  FormalNoticeInput,
  LetterInputs,
  LetterKind,
  LitigationInput,
  MandateInput,
  ProcedureInput,
} from '../application/ports';

// ---------------------------------------------------------------------------------------------

const logos = new Map<string, Logo>();

/** The company's logo, read once; a configured logo that cannot be read is an error, not a blank. */
export function letterheadOf(company: CompanyIdentity): Letterhead {
  if (!company.logoFile) return { company, logo: null };
  const path = resolve(PROJECT_ROOT, company.logoFile);
  let logo = logos.get(path);
  if (!logo) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new Error(documentErrors.logoUnreadable(path, (error as Error).message));
    }
    logo = pngLogo(bytes);
    logos.set(path, logo);
  }
  return { company, logo };
}

const compactDate = (date: CalendarDate) => date.replace(/-/g, '');

function yourReference(customer: Customer, invoices: readonly Invoice[]): string[] {
  const orders = [...new Set(invoices.map((i) => i.orderRef).filter((r): r is string => r !== null))];
  return [
    yourReferences.customer(customer.code),
    ...(orders.length > 0 ? [yourReferences.orders(orders)] : []),
  ];
}

/** A letter claims at least one invoice, and only the addressee's. */
function claimOf(input: DunningLetterInput): Claim {
  if (input.invoices.length === 0) throw new Error(documentErrors.noInvoice);
  const foreign = input.invoices.find((i) => i.customerCode !== input.customer.code);
  if (foreign) {
    throw new Error(documentErrors.foreignInvoice(foreign.number, input.customer.code));
  }
  return buildClaim(input);
}

function dunningView(input: DunningLetterInput, claim: Claim) {
  return {
    company: companyView(input.company),
    customer: customerView(input.customer),
    claim: claimView(claim),
    previous: previousRemindersView(input.previousReminders ?? []),
    today: formatDateLongFr(input.today),
  };
}

/** The customer on the envelope: « M. Julien Bernard », or the company and « À l’attention de … ». */
function customerRecipient(customer: Customer): string[] {
  const { envelopeName, attention } = addressee(customer);
  const [name, ...rest] = addressLines(envelopeName, customer.address);
  return [name!, ...(attention ? [attention] : []), ...rest];
}

function lawFirmRecipient(firm: LawFirm): string[] {
  return addressLines(firm.contact.name, { ...firm.address, lines: [firm.name, ...firm.address.lines] });
}

// ---------------------------------------------------------------------------------------------

export async function renderReminderLetter(input: DunningLetterInput): Promise<Buffer> {
  const claim = claimOf(input);
  const markup = renderTemplate('reminder-letter', dunningView(input, claim));
  return documentToBuffer(
    buildLetterDocument({
      letterhead: letterheadOf(input.company),
      recipient: customerRecipient(input.customer),
      date: input.today,
      yourReference: yourReference(input.customer, input.invoices),
      ourReference: input.ourReference ?? `${input.customer.code}/REL/${compactDate(input.today)}`,
      followedBy: input.company.controller,
      markup,
      claim,
      signature: input.company.controller,
      title: documentTitles.reminderLetter(input.customer.legalName),
    }),
  );
}

export async function renderFormalNotice(input: FormalNoticeInput): Promise<Buffer> {
  const claim = claimOf(input);
  const markup = renderTemplate('formal-notice', {
    ...dunningView(input, claim),
    lawFirm: lawFirmView(input.lawFirm),
    // The only consequence announced is the one intended (seed 001: no other threat): under the
    // firm's floor the file does not go to the firm; a public buyer answers to the administrative judge.
    next: {
      publicBuyer: input.customer.type === 'PUBLIC',
      belowFloor: isBelowFirmFloor(claim.totals.balance, input.lawFirm.minClaim),
    },
  });
  return documentToBuffer(
    buildLetterDocument({
      letterhead: letterheadOf(input.company),
      recipient: customerRecipient(input.customer),
      date: input.today,
      yourReference: yourReference(input.customer, input.invoices),
      ourReference: input.ourReference ?? `${input.customer.code}/MED/${compactDate(input.today)}`,
      followedBy: input.company.controller,
      registeredMailNumber: input.registeredMailNumber ?? null,
      markup,
      claim,
      signature: input.company.controller,
      title: documentTitles.formalNotice(input.customer.legalName),
    }),
  );
}

/**
 * What the mise en demeure covers: its date, number and what La Poste said, and the invoices fallen
 * due since, not covered by it (they joined the transfer).
 */
function firstNotice(input: LitigationInput) {
  const notices = input.invoices
    .map((i) => ({ number: i.number, notice: formalNoticeOf(i, input.ladder) }))
    .filter((n) => n.notice !== null);
  const first = notices.map((n) => n.notice!).sort((a, b) => (a.postedOn < b.postedOn ? -1 : 1))[0];
  return first ? { first, notices } : null;
}

function noticeCoverage(input: LitigationInput) {
  const found = firstNotice(input);
  if (!found) return null;
  const { first, notices } = found;
  const covered = new Set(notices.map((n) => n.number));
  const notCovered = input.invoices.filter((i) => !covered.has(i.number)).map((i) => i.number);
  const event = first.event;
  return {
    postedOn: formatDateLongFr(first.postedOn),
    lrar: first.lrar,
    event: event ? dossierNotice[event.kind](formatDateLongFr(event.on)) : null,
    notCovered: notCovered.length > 0 ? notCovered.join(', ') : null,
  };
}

/** The bordereau of a dossier drawn without its e-mail: nothing is said attached but its own sections. */
function piecesAlone(input: LitigationInput): DossierPiece[] {
  const names = dossierFileNames(input.customer.legalName);
  return settlePieces(
    planPieces({
      invoices: input.invoices,
      pdfs: [],
      journal: input.journal,
      ladder: input.ladder,
      company: input.company,
      receivedOn: receivedOn(input),
    }),
    null,
    {
      cover: { fileName: names.cover, size: 0 },
      dossierFileName: names.dossier,
    },
    { controller: input.company.controller.name },
  );
}

/** When the mise en demeure's AR was signed, if its invoices say so. */
function receivedOn(input: LitigationInput): CalendarDate | null {
  const event = firstNotice(input)?.first.event;
  return event?.kind === 'received' ? event.on : null;
}

/** What happened before the transfer, as the cover letter tells the firm. */
function storyOf(input: LitigationInput): string {
  const first = firstNotice(input)?.first ?? null;
  return coverStory({
    reminders: [...(input.previousReminders ?? [])]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((r) => ({ channel: r.channel, date: formatDateLongFr(r.date) })),
    notice: first
      ? {
          postedOn: formatDateLongFr(first.postedOn),
          lrar: first.lrar,
          event: first.event ? { kind: first.event.kind, on: formatDateLongFr(first.event.on) } : null,
        }
      : null,
  });
}

function litigationView(input: LitigationInput, claim: Claim) {
  const history = historyRows(input.journal);
  const pieces = input.pieces ?? piecesAlone(input);
  return {
    story: storyOf(input),
    procedures: debtorProceduresView(input.customer, claim, input.lawFirm),
    notice: noticeCoverage(input),
    ...dunningView(input, claim),
    lawFirm: lawFirmView(input.lawFirm),
    history: historyView(history),
    pieces,
    payments: paymentsView(input.payments),
    references: referencesView(input.invoices),
    sentEmails: sentEmailsView(input.journal),
    letters: lettersView(pieces),
    answers: answersView(input.journal),
    procedure: procedureFactsView(claim),
    ladder: ladderView(input.ladder, input.company, input.lawFirm),
    reference: input.ourReference ?? `${input.customer.code}/CTX/${compactDate(input.today)}`,
  };
}

export async function renderLitigationTransfer(input: LitigationInput): Promise<Buffer> {
  const claim = claimOf(input);
  const view = litigationView(input, claim);
  return documentToBuffer(
    buildLetterDocument({
      letterhead: letterheadOf(input.company),
      recipient: lawFirmRecipient(input.lawFirm),
      date: input.today,
      yourReference: [yourReferences.mandate(formatDateLongFr(input.lawFirm.mandateStart))],
      ourReference: view.reference,
      followedBy: input.company.controller,
      markup: renderTemplate('litigation-transfer', view),
      claim,
      signature: input.company.controller,
      title: documentTitles.litigationTransfer(input.customer.legalName),
    }),
  );
}

export async function renderLitigationDossier(input: LitigationInput): Promise<Buffer> {
  const claim = claimOf(input);
  return documentToBuffer(
    buildReportDocument({
      letterhead: letterheadOf(input.company),
      markup: renderTemplate('litigation-dossier', litigationView(input, claim)),
      claim,
      title: documentTitles.litigationDossier(input.customer.legalName),
    }),
  );
}

export async function renderLawFirmMandate(input: MandateInput): Promise<Buffer> {
  const markup = renderTemplate('law-firm-mandate', {
    company: companyView(input.company),
    lawFirm: lawFirmView(input.lawFirm),
    ladder: ladderView(input.ladder, input.company, input.lawFirm),
    today: formatDateLongFr(input.today),
  });
  return documentToBuffer(
    buildLetterDocument({
      letterhead: letterheadOf(input.company),
      recipient: lawFirmRecipient(input.lawFirm),
      date: input.today,
      yourReference: [],
      ourReference: input.ourReference ?? `MANDAT/${compactDate(input.lawFirm.mandateStart)}`,
      followedBy: input.company.controller,
      markup,
      claim: null,
      // The legal representative gives the mandate, never the credit controller.
      signature: input.company.legalRepresentative ?? { name: null, title: null },
      title: documentTitles.lawFirmMandate(input.lawFirm.name),
    }),
  );
}

export async function renderProcedure(input: ProcedureInput): Promise<Buffer> {
  const markup = renderTemplate('procedure', {
    company: companyView(input.company),
    lawFirm: lawFirmView(input.lawFirm),
    ladder: ladderView(input.ladder, input.company, input.lawFirm),
    procedures: procedureGuideView(),
    today: formatDateLongFr(input.today),
  });
  return documentToBuffer(
    buildReportDocument({
      letterhead: letterheadOf(input.company),
      markup,
      claim: null,
      title: documentTitles.procedure(input.company.legalName),
    }),
  );
}

export async function renderClaimDeclaration(input: ClaimDeclarationInput): Promise<Buffer> {
  const p = input.customer.insolvency;
  return documentToBuffer(
    buildLetterDocument({
      letterhead: letterheadOf(input.company),
      recipient: addressLines(p.representative.name, p.representative.address),
      date: input.today,
      yourReference: [declarationWords.yourReference(input.customer.legalName)],
      ourReference: input.ourReference ?? `${input.customer.code}/DC/${compactDate(input.today)}`,
      followedBy: input.company.controller,
      registeredMailNumber: null,
      markup: renderTemplate('claim-declaration', claimDeclarationView(input)),
      claim: null,
      // Signed by the legal representative or a person with delegation: nobody's name is printed.
      signature: { name: '', title: declarationWords.signatureLine, email: '', phone: null },
      title: declarationWords.title(input.customer.legalName),
    }),
  );
}

const RENDERERS: { [K in LetterKind]: (input: LetterInputs[K]) => Promise<Buffer> } = {
  'reminder-letter': renderReminderLetter,
  'formal-notice': renderFormalNotice,
  'litigation-transfer': renderLitigationTransfer,
  'litigation-dossier': renderLitigationDossier,
  'law-firm-mandate': renderLawFirmMandate,
  procedure: renderProcedure,
  'claim-declaration': renderClaimDeclaration,
  'penalty-invoice': (input) => renderPenaltyInvoice(input, letterheadOf(input.company)),
};

/** The .docx bytes of a document; `kind` is also the ladder's template name for the letters. */
export function renderLetter<K extends LetterKind>(kind: K, input: LetterInputs[K]): Promise<Buffer> {
  return RENDERERS[kind](input);
}
