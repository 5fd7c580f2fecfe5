/**
 * The body of a document, drawn from its parsed markup: paragraphs in their styles, tables, the
 * invoice table and page breaks, with the keep-together rules that stop Word from stranding a line.
 */
import {
  AlignmentType,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { documentErrors } from '../../i18n/document-errors';
import type { Claim } from '../letter-data';
import type { BlockModel, CellModel, InlineModel, ParagraphStyle, RowModel } from '../markup';
import { invoiceTableRows } from './invoice-table';
import { periodTableRows } from './period-table';
import { ADDRESS_COLUMN_INDENT, TEXT_WIDTH } from './page';
import { BULLETS, COLOUR, none, runs, SIZE, thin, type RunStyle } from './typography';

const PARAGRAPH_OPTIONS: Record<ParagraphStyle, Omit<IParagraphOptions, 'children'>> = {
  body: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 80, line: 245 } },
  h1: { style: 'Heading1', keepNext: true },
  h2: { style: 'Heading2', keepNext: true },
  title: { style: 'Title', keepNext: true },
  subtitle: { style: 'Subtitle', keepNext: true },
  bullet: {
    numbering: { reference: BULLETS, level: 0 },
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

/** A little air after a table, which Word otherwise glues to the next paragraph. */
const spacer = (keepNext = false) => new Paragraph({ keepNext, spacing: { after: 60 }, children: [] });

/**
 * Letters: justified, and the closing formula stays on the signature's page. Reports: ragged
 * right, which reads better in short sections. A list is kept on one page when it fits.
 */
export function bodyBlocks(
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
      case 'periods': {
        if (!claim) throw new Error(documentErrors.invoicesWithoutClaim);
        const { widths, rows } = periodTableRows(claim);
        const next = blocks[i + 1];
        const noted = next?.kind === 'paragraph' && next.style === 'note';
        out.push(table(widths, rows, noted), spacer(noted));
        break;
      }
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}
