/**
 * The page layout every Relances document shares, drawn with the `docx` library: an A4 letter for
 * a French window envelope (letterhead, recipient in the window, place and date, references,
 * subject, body, signature) and a report (the litigation dossier, the procedure), both with the
 * company's legal mentions in the footer of every page. Pure: the logo's bytes are given.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { formatDateLongFr, formatDateShortFr, type CalendarDate } from '../domain/calendar-date';
import type { CompanyIdentity, Person } from '../domain/identity';
import type { PostalAddress } from '../domain/ledger';
import { formatEuros, type Cents } from '../domain/money';
import { documentErrors } from '../i18n/document-errors';
import {
  invoiceTable,
  legalFooter as footerTexts,
  letterhead as letterheadTexts,
  placeAndDate,
  references,
  REGISTERED_MAIL_LABEL,
  SUBJECT_LABEL,
  TO_COMPLETE,
} from '../i18n/letter-layout';
import type { Claim } from './letter-data';
import type { BlockModel, CellModel, InlineModel, ParagraphStyle, ParsedMarkup, RowModel } from './markup';

/** Millimetres to twips (1/1440 inch), the unit of Word page geometry. */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 } as const;

export const MARGINS = {
  top: mm(15),
  bottom: mm(20),
  left: mm(20),
  right: mm(20),
  /** The footer's baseline sits 8 mm above the bottom edge. */
  footer: mm(8),
  header: mm(8),
} as const;

export const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;

/**
 * Where the recipient's address is printed so it shows through the window of a French DL
 * envelope (110 × 220 mm, window 100 × 45 mm, 20 mm from the right edge and 15 mm from the bottom:
 * its left edge is 100 mm from the envelope's left and its top 50 mm from the envelope's top).
 *
 * - left = 110 mm from the page's left edge: a 210 mm sheet moves up to 10 mm sideways in a 220 mm
 *   envelope, so the address starts 10 mm inside the window and, 80 mm wide, still ends inside it
 *   (≤ 200 mm) when the sheet slides right.
 * - top = 50 mm from the page's top edge: the window's top when the sheet sits high; a sheet folded
 *   in three (99 mm panel) can drop by about 11 mm in a 110 mm envelope, and the address (5–6
 *   lines, about 25 mm) then still ends above the window's bottom (95 mm).
 * - height = 35 mm reserved: the body always starts below the window.
 *
 * The top of the letter is a borderless table with fixed geometry, which Word and LibreOffice lay
 * out identically (a positioned frame is not: LibreOffice keeps the next paragraph above it):
 * row 1, exactly `top − top margin` = 35 mm high, holds the letterhead; row 2, exactly 35 mm high,
 * holds our references on the left and the address on the right. Cell margins are 0 and the table
 * is not indented, so the right column's text starts exactly at left margin + first column
 * = 20 + 90 = 110 mm.
 */
export const WINDOW = {
  left: mm(110),
  top: mm(50),
  width: mm(80),
  height: mm(35),
} as const;

export const HEAD_TABLE = {
  columns: [WINDOW.left - MARGINS.left, TEXT_WIDTH - (WINDOW.left - MARGINS.left)],
  letterheadRowHeight: WINDOW.top - MARGINS.top,
  addressRowHeight: WINDOW.height,
} as const;

/** The place/date line and the signature start at the address column, as French letters align them. */
export const ADDRESS_COLUMN_INDENT = WINDOW.left - MARGINS.left;

const FONT = 'Calibri';
const SIZE = { body: 20, small: 17, table: 16, footer: 14, letterhead: 16, company: 30 } as const;
const COLOUR = {
  accent: '1E5B4F',
  text: '1A1A1A',
  muted: '5F6368',
  rule: 'B7C4C0',
  shade: 'E8EFED',
} as const;

const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

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

export interface LetterModel {
  letterhead: Letterhead;
  /** Envelope lines: name, street lines, postal code and city. */
  recipient: string[];
  date: CalendarDate;
  /** « V/Réf » — the customer's references (customer code, order numbers), one per line; [] to omit. */
  yourReference: readonly string[];
  /** « N/Réf » — our reference. */
  ourReference: string;
  followedBy: Person;
  /**
   * A registered letter (LRAR): its number when known, null to leave a line to fill in by hand;
   * undefined for an ordinary letter.
   */
  registeredMailNumber?: string | null;
  markup: ParsedMarkup;
  /** The figures drawn by `<invoices/>`. */
  claim: Claim | null;
  signature: Person;
  /** Document properties (title shown by Word). */
  title: string;
}

export interface ReportModel {
  letterhead: Letterhead;
  markup: ParsedMarkup;
  claim: Claim | null;
  title: string;
}

/** Lines of a postal address as La Poste wants them: postal code and city in capitals, last. */
export function addressLines(name: string, address: PostalAddress): string[] {
  const country = address.country.trim();
  return [
    name,
    ...address.lines,
    `${address.postalCode} ${address.city.toLocaleUpperCase('fr-FR')}`,
    ...(country === '' || /^france$/i.test(country) ? [] : [country.toLocaleUpperCase('fr-FR')]),
  ];
}

/** Control characters are not allowed in XML 1.0: an imported value must never break the file. */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- these characters are exactly what must be removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlSafe = (text: string): string => text.replace(XML_INVALID, '');

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

function run(text: string, { bold, italics, ...style }: RunStyle = {}): TextRun {
  // Only `true` is written: `w:b w:val="false"` would override a bold paragraph style for nothing.
  // The font comes from the document's default run style: repeating it on every run only doubles
  // the XML docx has to write (letters per second).
  return new TextRun({
    text: xmlSafe(text),
    ...style,
    ...(bold ? { bold } : {}),
    ...(italics ? { italics } : {}),
  });
}

function runs(models: readonly InlineModel[], style: RunStyle = {}): TextRun[] {
  return models.map((m) =>
    'text' in m
      ? run(m.text, { ...style, bold: m.bold || style.bold, italics: m.italic || style.italics })
      : new TextRun({ break: 1 }),
  );
}

// ---------------------------------------------------------------------------------------------
// Letterhead and footer

function letterheadParagraphs({ company, logo }: Letterhead): Paragraph[] {
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
function legalFooter(company: CompanyIdentity): Footer {
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

// ---------------------------------------------------------------------------------------------
// Letter parts

function addressParagraph(lines: readonly string[]): Paragraph {
  return new Paragraph({
    spacing: { after: 0, line: 252 },
    children: lines.flatMap((line, i) => [
      ...(i > 0 ? [new TextRun({ break: 1 })] : []),
      run(line, { bold: i === 0 }),
    ]),
  });
}

const noBorders = { top: none, bottom: none, left: none, right: none };
const noMargins = { top: 0, bottom: 0, left: 0, right: 0 };

function headCell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: noMargins,
    borders: noBorders,
    verticalAlign: VerticalAlign.TOP,
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
  });
}

/** Letterhead, then references beside the address in the envelope window (see WINDOW). */
function letterTop(model: LetterModel): Table {
  const [left, right] = HEAD_TABLE.columns;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...HEAD_TABLE.columns],
    layout: TableLayoutType.FIXED,
    indent: { size: 0, type: WidthType.DXA },
    borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
    margins: noMargins,
    rows: [
      new TableRow({
        height: { value: HEAD_TABLE.letterheadRowHeight, rule: HeightRule.EXACT },
        children: [headCell(left, letterheadParagraphs(model.letterhead)), headCell(right, [])],
      }),
      new TableRow({
        height: { value: HEAD_TABLE.addressRowHeight, rule: HeightRule.EXACT },
        children: [
          headCell(left, referenceBlock(model)),
          headCell(right, [addressParagraph(model.recipient)]),
        ],
      }),
    ],
  });
}

const REFERENCE_TAB = mm(27);

function referenceLine(label: string, values: readonly string[], bold = false): Paragraph {
  return new Paragraph({
    spacing: { after: 30, line: 228 },
    tabStops: [{ type: TabStopType.LEFT, position: REFERENCE_TAB }],
    indent: { left: REFERENCE_TAB, hanging: REFERENCE_TAB },
    children: [
      run(label, { size: SIZE.small, color: COLOUR.muted }),
      new TextRun({ text: '\t' }),
      ...values.flatMap((value, i) => [
        ...(i > 0 ? [new TextRun({ break: 1 })] : []),
        run(value, { size: SIZE.small, bold }),
      ]),
    ],
  });
}

/** Left for the LRAR number when it is not known yet, to fill in by hand. */
export const REGISTERED_MAIL_BLANK = '______________________________';

function registeredMailLine(number: string | null): Paragraph {
  return new Paragraph({
    spacing: { before: 60, after: 0 },
    children: [
      run(`${REGISTERED_MAIL_LABEL} `, { bold: true }),
      run(number ?? REGISTERED_MAIL_BLANK, { bold: true }),
    ],
  });
}

function referenceBlock(model: LetterModel): Paragraph[] {
  const controller = model.followedBy;
  const reach = [controller.phone, controller.email].filter((x): x is string => Boolean(x)).join(' · ');
  const lines = [
    ...(model.yourReference.length > 0 ? [referenceLine(references.yours, model.yourReference)] : []),
    referenceLine(references.ours, [model.ourReference]),
    referenceLine(references.followedBy, [controller.name, controller.title, ...(reach ? [reach] : [])]),
  ];
  return lines;
}

function signatureBlock(signoff: InlineModel[] | null, signer: Person): Paragraph[] {
  const indent = { left: ADDRESS_COLUMN_INDENT };
  return [
    ...(signoff
      ? [
          new Paragraph({
            indent,
            keepNext: true,
            spacing: { before: 240, after: 0 },
            children: runs(signoff),
          }),
        ]
      : []),
    new Paragraph({
      indent,
      keepNext: true,
      keepLines: true,
      // Room for the handwritten signature.
      spacing: { before: signoff ? 640 : 720, after: 0 },
      children: [run(signer.name, { bold: true })],
    }),
    new Paragraph({ indent, spacing: { after: 0 }, children: [run(signer.title, { color: COLOUR.muted })] }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Body blocks

const PARAGRAPH_OPTIONS: Record<ParagraphStyle, Omit<IParagraphOptions, 'children'>> = {
  body: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 80, line: 245 } },
  h1: { style: 'Heading1', keepNext: true },
  h2: { style: 'Heading2', keepNext: true },
  title: { style: 'Title', keepNext: true },
  subtitle: { style: 'Subtitle', keepNext: true },
  bullet: {
    numbering: { reference: 'bullets', level: 0 },
    alignment: AlignmentType.LEFT,
    spacing: { after: 60, line: 252 },
  },
  note: { spacing: { after: 80, line: 240 } },
  right: { indent: { left: ADDRESS_COLUMN_INDENT }, spacing: { after: 120 } },
};

function paragraphBlock(
  style: ParagraphStyle,
  models: InlineModel[],
  options: { keepNext: boolean; justify: boolean },
): Paragraph {
  const runStyle: RunStyle = style === 'note' ? { size: SIZE.small, color: COLOUR.muted } : {};
  return new Paragraph({
    ...PARAGRAPH_OPTIONS[style],
    ...(style === 'body' && !options.justify ? { alignment: AlignmentType.LEFT } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: runs(models, runStyle),
  });
}

const isBullet = (block: BlockModel | undefined) => block?.kind === 'paragraph' && block.style === 'bullet';

function cell(content: CellModel, width: number, kind: RowModel['kind'], keepNext: boolean): TableCell {
  const emphasis = kind !== 'body' || content.header;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: content.span > 1 ? content.span : undefined,
    verticalAlign: VerticalAlign.CENTER,
    shading: kind === 'head' ? { type: ShadingType.CLEAR, fill: COLOUR.shade, color: 'auto' } : undefined,
    // Margins and rules are the table's (below): written once, not on every cell — only the total
    // row's heavier rule is the cell's own.
    borders: kind === 'total' ? { top: { ...thin, size: 8, color: COLOUR.accent } } : undefined,
    children: [
      new Paragraph({
        alignment:
          content.align === 'right'
            ? AlignmentType.RIGHT
            : content.align === 'center'
              ? AlignmentType.CENTER
              : AlignmentType.LEFT,
        spacing: { after: 0, line: 240 },
        keepNext,
        children: runs(content.runs, { size: SIZE.table, bold: emphasis }),
      }),
    ],
  });
}

/** `keepWithNext`: the table stays with the paragraph after it (its explanatory note). */
function table(widths: readonly number[], rows: readonly RowModel[], keepWithNext = false): Table {
  const total = widths.reduce((s, w) => s + w, 0);
  const columnWidths = widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    margins: { top: 45, bottom: 45, left: 70, right: 70 },
    borders: {
      top: thin,
      bottom: thin,
      insideHorizontal: thin,
      left: none,
      right: none,
      insideVertical: none,
    },
    rows: rows.map((row, r) => {
      let column = 0;
      // Every row but the last keeps with the next: a short table is not split across pages
      // (a table longer than a page still breaks, with its header row repeated).
      const keepNext = keepWithNext || r < rows.length - 1;
      return new TableRow({
        tableHeader: row.kind === 'head',
        cantSplit: true,
        children: row.cells.map((c) => {
          const width = columnWidths.slice(column, column + c.span).reduce((s, w) => s + w, 0);
          column += c.span;
          return cell(c, width, row.kind, keepNext);
        }),
      });
    }),
  });
}

const textCell = (text: string, align: CellModel['align'] = 'left', span = 1): CellModel => ({
  runs: [{ text, bold: false, italic: false }],
  header: false,
  align,
  span,
});

const amountOrToComplete = (amount: Cents | null) => (amount === null ? TO_COMPLETE : formatEuros(amount));

/**
 * The invoices of a letter: N° facture, date, échéance, TTC, réglé, reste dû, days late, and for a
 * business customer the interest to date and the 40 € indemnity; a totals row.
 */
export function invoiceTableRows(claim: Claim): { widths: number[]; rows: RowModel[] } {
  const penalties = claim.claimsPenalties;
  const head = [...invoiceTable.head, ...(penalties ? invoiceTable.penaltiesHead : [])];
  const rightFrom = 3;
  const rows: RowModel[] = [
    {
      kind: 'head',
      cells: head.map((h, i) => ({ ...textCell(h, i >= rightFrom ? 'right' : 'left'), header: true })),
    },
    ...claim.lines.map((line): RowModel => ({
      kind: 'body',
      cells: [
        textCell(line.number),
        textCell(formatDateShortFr(line.issueDate)),
        textCell(formatDateShortFr(line.dueDate)),
        textCell(formatEuros(line.amountInclTax), 'right'),
        textCell(formatEuros(line.amountPaid), 'right'),
        textCell(formatEuros(line.balance), 'right'),
        textCell(String(line.daysLate), 'right'),
        ...(penalties
          ? [
              textCell(amountOrToComplete(line.interest), 'right'),
              textCell(formatEuros(line.indemnity), 'right'),
            ]
          : []),
      ],
    })),
    {
      kind: 'total',
      cells: [
        textCell(invoiceTable.total, 'left', 3),
        textCell(formatEuros(claim.totals.amountInclTax), 'right'),
        textCell(formatEuros(claim.totals.amountPaid), 'right'),
        textCell(formatEuros(claim.totals.balance), 'right'),
        textCell('', 'right'),
        ...(penalties
          ? [
              textCell(amountOrToComplete(claim.totals.interest), 'right'),
              textCell(formatEuros(claim.totals.indemnity), 'right'),
            ]
          : []),
      ],
    },
  ];
  const widths = penalties ? [22, 17, 17, 21, 19, 21, 13, 21, 19] : [26, 20, 20, 24, 22, 24, 14];
  return { widths, rows };
}

/**
 * Letters: justified, and the closing formula stays on the signature's page. Reports: ragged
 * right, which reads better in short sections. A list is kept on one page when it fits.
 */
function bodyBlocks(
  blocks: readonly BlockModel[],
  claim: Claim | null,
  kind: 'letter' | 'report',
): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const [i, block] of blocks.entries()) {
    switch (block.kind) {
      case 'paragraph': {
        const last = i === blocks.length - 1;
        const keepNext = (kind === 'letter' && last) || (isBullet(block) && isBullet(blocks[i + 1]));
        const justify = kind === 'letter' && block.align !== 'left';
        out.push(paragraphBlock(block.style, block.runs, { keepNext, justify }));
        break;
      }
      case 'table': {
        const next = blocks[i + 1];
        const noted = next?.kind === 'paragraph' && next.style === 'note';
        out.push(table(block.widths, block.rows, noted), spacer(noted));
        break;
      }
      case 'invoices': {
        if (!claim) throw new Error(documentErrors.invoicesWithoutClaim);
        const { widths, rows } = invoiceTableRows(claim);
        out.push(table(widths, rows), spacer());
        break;
      }
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

/** A little air after a table, which Word otherwise glues to the next paragraph. */
const spacer = (keepNext = false) => new Paragraph({ keepNext, spacing: { after: 60 }, children: [] });

// ---------------------------------------------------------------------------------------------
// Documents

function document(company: CompanyIdentity, title: string, children: Array<Paragraph | Table>): Document {
  return new Document({
    creator: company.legalName,
    title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: COLOUR.text },
          paragraph: { spacing: { after: 80, line: 245 } },
        },
      },
      paragraphStyles: [
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: FONT, size: 36, bold: true, color: COLOUR.accent },
          paragraph: { spacing: { before: 360, after: 60 } },
        },
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: FONT, size: 24, color: COLOUR.muted },
          paragraph: {
            spacing: { after: 240 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.accent, space: 6 } },
          },
        },
        {
          id: 'Heading1',
          name: 'heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: 26, bold: true, color: COLOUR.accent },
          paragraph: { spacing: { before: 300, after: 120 }, keepNext: true, outlineLevel: 0 },
        },
        {
          id: 'Heading2',
          name: 'heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: 22, bold: true, color: COLOUR.text },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 1 },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: mm(7), hanging: mm(4) } } },
            },
          ],
        },
      ],
    },
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
    new Paragraph({
      indent: { left: ADDRESS_COLUMN_INDENT },
      spacing: { before: 160, after: 120 },
      children: [run(placeAndDate(letterhead.company.city, formatDateLongFr(model.date)))],
    }),
  ];
  if (model.registeredMailNumber !== undefined) children.push(registeredMailLine(model.registeredMailNumber));
  if (markup.banner) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 160, after: 0 },
        border: {
          top: { style: BorderStyle.SINGLE, size: 8, color: COLOUR.text, space: 4 },
          bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOUR.text, space: 4 },
        },
        children: runs(markup.banner, { bold: true }),
      }),
    );
  }
  if (markup.subject) {
    children.push(
      new Paragraph({
        spacing: { before: 200, after: 160 },
        indent: { left: mm(15), hanging: mm(15) },
        tabStops: [{ type: TabStopType.LEFT, position: mm(15) }],
        children: [
          run(SUBJECT_LABEL, { bold: true }),
          new TextRun({ text: '\t' }),
          ...runs(markup.subject, { bold: true }),
        ],
      }),
    );
  }
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

/** Reads a PNG's pixel size from its header (IHDR), to keep the logo's proportions. */
export function pngLogo(data: Buffer): Logo {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature) {
    throw new Error(documentErrors.logoNotPng);
  }
  return { data, width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
