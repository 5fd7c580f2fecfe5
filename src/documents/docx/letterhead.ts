/**
 * Who writes: the company's letterhead (logo, name, address, contact) at the top of every document,
 * and its legal mentions in the footer of every page.
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  ImageRun,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { CompanyIdentity } from '../../domain/identity';
import { documentErrors } from '../../i18n/document-errors';
import { legalFooter as footerTexts, letterhead as letterheadTexts } from '../../i18n/letter-layout';
import { COLOUR, FONT, run, SIZE } from './typography';

export interface Logo {
  data: Buffer;
  /** Pixel size of the PNG, to keep its proportions. */
  width: number;
  height: number;
}

export interface Letterhead {
  company: CompanyIdentity;
  logo: Logo | null;
}

/** Reads a PNG's pixel size from its header (IHDR), to keep the logo's proportions. */
export function pngLogo(data: Buffer): Logo {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature) {
    throw new Error(documentErrors.logoNotPng);
  }
  return { data, width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

export function letterheadParagraphs({ company, logo }: Letterhead): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // The logo sits on the company name's line, 10 mm high (at the docx library's 96 dpi), so that
  // the letterhead always fits its 35 mm row with five lines of address and contact.
  const logoRuns: ParagraphChild[] = [];
  if (logo) {
    const height = Math.round((10 / 25.4) * 96);
    const width = Math.round((logo.width / logo.height) * height);
    logoRuns.push(
      new ImageRun({ type: 'png', data: logo.data, transformation: { width, height } }),
      new TextRun({ text: '  ' }),
    );
  }
  paragraphs.push(
    new Paragraph({
      // « At least »: LibreOffice clips an inline image to a proportional line height.
      spacing: { after: 40, line: 240, lineRule: LineRuleType.AT_LEAST },
      children: [
        ...logoRuns,
        run(company.legalName, { size: SIZE.company, bold: true, color: COLOUR.accent }),
      ],
    }),
  );
  const contact = [company.phone ? letterheadTexts.phone(company.phone) : null, company.email].filter(
    (x): x is string => Boolean(x),
  );
  const lines = [
    ...company.address.lines,
    `${company.address.postalCode} ${company.address.city}`,
    contact.join(' · '),
    ...(company.website ? [company.website] : []),
  ];
  paragraphs.push(
    new Paragraph({
      spacing: { after: 0, line: 240 },
      children: lines.flatMap((line, i) => [
        ...(i > 0 ? [new TextRun({ break: 1 })] : []),
        run(line, { size: SIZE.letterhead, color: COLOUR.muted }),
      ]),
    }),
  );
  return paragraphs;
}

/** The legal mentions of a company's correspondence (Code de commerce R123-237), on every page. */
export function legalFooter(company: CompanyIdentity): Footer {
  const identity = [
    company.legalName,
    company.legalForm,
    footerTexts.siren(formatSiren(company.siren)),
    company.vatNumber ? footerTexts.vatNumber(company.vatNumber) : null,
  ].filter((x): x is string => Boolean(x));
  const address = [...company.address.lines, `${company.address.postalCode} ${company.address.city}`].join(
    ', ',
  );
  const bank = footerTexts.bank(company.iban, company.bic);
  const small = { size: SIZE.footer, color: COLOUR.muted };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 0, line: 220 },
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 } },
        children: [
          run(identity.join(' · '), small),
          new TextRun({ break: 1 }),
          run(footerTexts.headOffice(address, bank), small),
          new TextRun({
            font: FONT,
            ...small,
            children: [footerTexts.page, PageNumber.CURRENT, footerTexts.pageOf, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/** `814526737` → `814 526 737` (no-break spaces). */
export function formatSiren(siren: string): string {
  return /^\d{9}$/.test(siren) ? siren.replace(/(\d{3})(\d{3})(\d{3})/, '$1\u00a0$2\u00a0$3') : siren;
}
