/**
 * A whole Relances document: an A4 letter for a French window envelope (letterhead, recipient in
 * the window, place and date, references, subject, body, signature) or a report (the litigation
 * dossier, the procedure), both with the company's legal mentions in the footer of every page.
 * Pure: the logo's bytes are given.
 */
import { Document, Packer, Paragraph, Table } from 'docx';
import type { CalendarDate } from '../../domain/calendar-date';
import type { CompanyIdentity, Person } from '../../domain/identity';
import type { Claim } from '../letter-data';
import type { ParsedMarkup } from '../markup';
import { bodyBlocks } from './body-blocks';
import {
  bannerParagraph,
  letterTop,
  placeAndDateLine,
  registeredMailLine,
  signatureBlock,
  type Signer,
  subjectParagraph,
  type LetterTopModel,
} from './letter-parts';
import { legalFooter, letterheadParagraphs, type Letterhead } from './letterhead';
import { MARGINS, PAGE } from './page';
import { NUMBERING, STYLES } from './typography';

export interface LetterModel extends LetterTopModel {
  date: CalendarDate;
  /**
   * A registered letter (LRAR): its number when known, null to leave a line to fill in by hand;
   * undefined for an ordinary letter.
   */
  registeredMailNumber?: string | null;
  markup: ParsedMarkup;
  /** The figures drawn by `<invoices/>`. */
  claim: Claim | null;
  /** The controller for dunning letters; the legal representative for the firm's mandate. */
  signature: Person | Signer;
  /** Document properties (title shown by Word). */
  title: string;
}

export interface ReportModel {
  letterhead: Letterhead;
  markup: ParsedMarkup;
  claim: Claim | null;
  title: string;
}

function document(company: CompanyIdentity, title: string, children: Array<Paragraph | Table>): Document {
  return new Document({
    creator: company.legalName,
    title,
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGINS, gutter: 0 },
          },
        },
        footers: { default: legalFooter(company) },
        children,
      },
    ],
  });
}

export function buildLetterDocument(model: LetterModel): Document {
  const { markup, letterhead } = model;
  const children: Array<Paragraph | Table> = [
    letterTop(model),
    placeAndDateLine(letterhead.company.city, model.date),
  ];
  if (model.registeredMailNumber !== undefined) children.push(registeredMailLine(model.registeredMailNumber));
  if (markup.banner) children.push(bannerParagraph(markup.banner));
  if (markup.subject) children.push(subjectParagraph(markup.subject));
  children.push(
    ...bodyBlocks(markup.blocks, model.claim, 'letter'),
    ...signatureBlock(markup.signoff, model.signature),
  );
  return document(letterhead.company, model.title, children);
}

export function buildReportDocument(model: ReportModel): Document {
  const children: Array<Paragraph | Table> = [
    ...letterheadParagraphs(model.letterhead),
    ...bodyBlocks(model.markup.blocks, model.claim, 'report'),
  ];
  return document(model.letterhead.company, model.title, children);
}

export async function documentToBuffer(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}
