/**
 * What frames a letter's body: the head (letterhead, then our references beside the recipient's
 * address in the envelope window), the place and date, the LRAR line, the banner and the subject
 * above the body; the sign-off and the signature below it.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formatDateLongFr, type CalendarDate } from '../../domain/calendar-date';
import type { Person } from '../../domain/identity';
import type { PostalAddress } from '../../domain/ledger';
import {
  placeAndDate,
  references,
  REGISTERED_MAIL_LABEL,
  SIGNER_NAME_BLANK,
  SUBJECT_LABEL,
} from '../../i18n/letter-layout';
import type { InlineModel } from '../markup';
import { letterheadParagraphs, type Letterhead } from './letterhead';
import { ADDRESS_COLUMN_INDENT, HEAD_TABLE, mm, TEXT_WIDTH } from './page';
import { COLOUR, none, run, runs, SIZE } from './typography';

/** What the head of a letter shows. */
export interface LetterTopModel {
  letterhead: Letterhead;
  /** Envelope lines: name, street lines, postal code and city. */
  recipient: string[];
  /** « V/Réf » — the customer's references (customer code, order numbers), one per line; [] to omit. */
  yourReference: readonly string[];
  /** « N/Réf » — our reference. */
  ourReference: string;
  followedBy: Person;
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
export function letterTop(model: LetterTopModel): Table {
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

function referenceBlock(model: LetterTopModel): Paragraph[] {
  const controller = model.followedBy;
  const reach = [controller.phone, controller.email].filter((x): x is string => Boolean(x)).join(' · ');
  const lines = [
    ...(model.yourReference.length > 0 ? [referenceLine(references.yours, model.yourReference)] : []),
    referenceLine(references.ours, [model.ourReference]),
    referenceLine(references.followedBy, [controller.name, controller.title, ...(reach ? [reach] : [])]),
  ];
  return lines;
}

export function placeAndDateLine(city: string, date: CalendarDate): Paragraph {
  return new Paragraph({
    indent: { left: ADDRESS_COLUMN_INDENT },
    spacing: { before: 160, after: 120 },
    children: [run(placeAndDate(city, formatDateLongFr(date)))],
  });
}

/** Left for the LRAR number when it is not known yet, to fill in by hand. */
export const REGISTERED_MAIL_BLANK = '______________________________';

export function registeredMailLine(number: string | null): Paragraph {
  return new Paragraph({
    spacing: { before: 60, after: 0 },
    children: [
      run(`${REGISTERED_MAIL_LABEL} `, { bold: true }),
      run(number ?? REGISTERED_MAIL_BLANK, { bold: true }),
    ],
  });
}

export function bannerParagraph(banner: InlineModel[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 160, after: 0 },
    border: {
      top: { style: BorderStyle.SINGLE, size: 8, color: COLOUR.text, space: 4 },
      bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOUR.text, space: 4 },
    },
    children: runs(banner, { bold: true }),
  });
}

export function subjectParagraph(subject: InlineModel[]): Paragraph {
  return new Paragraph({
    spacing: { before: 200, after: 160 },
    indent: { left: mm(15), hanging: mm(15) },
    tabStops: [{ type: TabStopType.LEFT, position: mm(15) }],
    children: [
      run(SUBJECT_LABEL, { bold: true }),
      new TextRun({ text: '\t' }),
      ...runs(subject, { bold: true }),
    ],
  });
}

/** Who signs under the sign-off: a name and a title, or a blank to write the name by hand. */
export interface Signer {
  name: string | null;
  title: string | null;
}

export function signatureBlock(signoff: InlineModel[] | null, signer: Signer | Person): Paragraph[] {
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
      children: [signer.name ? run(signer.name, { bold: true }) : run(SIGNER_NAME_BLANK)],
    }),
    ...(signer.title
      ? [
          new Paragraph({
            indent,
            spacing: { after: 0 },
            children: [run(signer.title, { color: COLOUR.muted })],
          }),
        ]
      : []),
  ];
}
