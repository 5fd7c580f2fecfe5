/**
 * An export (../../application/exports) written as .xlsx with exceljs' streaming writer: each row
 * is committed as it is written, so memory holds the compressed file, not a workbook of objects.
 * Numbers are numbers (euros from cents, to the cent, formatted « 1 234,56 € »), dates are Excel
 * dates (calendar dates of Europe/Paris; instants at their Paris wall-clock time), headers are
 * bold, frozen and filtered, columns sized.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellKind, ExportCell, ExportWorkbook } from '../../application/exports/exports';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const EUROS_FORMAT = '#,##0.00 €';
const DATE_FORMAT = 'dd/mm/yyyy';
const DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';

const PARIS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the Paris wall-clock time Excel shows (Excel dates have no time zone). */
function parisWallClock(iso: string): Date {
  const parts = Object.fromEntries(PARIS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return new Date(
    Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ),
  );
}

/** A calendar date « 2026-11-23 » as that day in Excel. */
function calendarDay(date: string): Date {
  return new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
  );
}

function cellValue(value: ExportCell, kind: CellKind): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  switch (kind) {
    case 'euros':
      return Math.round(Number(value)) / 100;
    case 'integer':
      return Number(value);
    case 'date':
      return calendarDay(String(value));
    case 'datetime':
      return parisWallClock(String(value));
    case 'text':
      return String(value);
  }
}

function numFmt(kind: CellKind): string | undefined {
  return kind === 'euros'
    ? EUROS_FORMAT
    : kind === 'date'
      ? DATE_FORMAT
      : kind === 'datetime'
        ? DATETIME_FORMAT
        : kind === 'integer'
          ? '0'
          : undefined;
}

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A row of the long sheet: its cells take their number format from their column's style — one
 * style object per column, shared by all its cells, so that the writer's style registry knows it
 * at once (it caches by object: a copy per cell would be serialised again for each of them).
 */
function writeRow(
  sheet: ExcelJS.Worksheet,
  cells: readonly ExportCell[],
  kinds: readonly CellKind[],
  styles: readonly Partial<ExcelJS.Style>[],
): void {
  const values: ExcelJS.CellValue[] = new Array<ExcelJS.CellValue>(cells.length);
  for (let i = 0; i < cells.length; i++) values[i] = cellValue(cells[i]!, kinds[i] ?? 'text');
  const row = sheet.addRow(values);
  for (let i = 0; i < values.length; i++)
    if (values[i] !== null) row.getCell(i + 1).style = styles[i] as ExcelJS.Style;
  row.commit();
}

/** The workbook as the bytes of an .xlsx file: the summary first, then the rows. */
export async function writeXlsx(workbook: ExportWorkbook, now: Date): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  book.creator = 'Relances';
  book.created = now;
  book.title = workbook.title;

  // The summary: the title, the facts, then the totals.
  const summary = book.addWorksheet(workbook.summaryName ?? 'Synthèse');
  summary.columns = [{ width: 28 }, { width: 30 }, { width: 20 }];
  const title = summary.addRow([workbook.title]);
  title.font = { bold: true, size: 14 };
  title.commit();
  for (const fact of workbook.summary.facts) {
    const row = summary.addRow([fact.label, cellValue(fact.value, fact.kind)]);
    row.getCell(1).font = { bold: true };
    const format = numFmt(fact.kind);
    if (format) row.getCell(2).numFmt = format;
    row.commit();
  }
  if (workbook.summary.table) {
    const { columns, rows } = workbook.summary.table;
    summary.addRow([]).commit();
    const header = summary.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    rows.forEach((cells, i) => {
      const row = summary.addRow(cells.map((v, k) => cellValue(v, columns[k]?.kind ?? 'text')));
      cells.forEach((_, k) => {
        const format = numFmt(columns[k]?.kind ?? 'text');
        if (format) row.getCell(k + 1).numFmt = format;
      });
      if (i === rows.length - 1 && workbook.summary.facts.length > 0) row.font = { bold: true };
      row.commit();
    });
  }
  summary.commit();

  // The rows: one per invoice (or entry), header frozen and filtered.
  const { name, columns, rows } = workbook.sheet;
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => {
    const format = numFmt(c.kind);
    // Never narrower than its bold header plus the filter's arrow: « Date d’émission » shown whole.
    const width = Math.max(c.width, c.header.length + 4);
    return format ? { width, style: { numFmt: format } } : { width };
  });
  sheet.autoFilter = `A1:${columnLetter(columns.length - 1)}1`;
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => (cell.numFmt = 'General'));
  header.commit();
  const kinds = columns.map((c) => c.kind);
  const styles = columns.map((c): Partial<ExcelJS.Style> => {
    const format = numFmt(c.kind);
    return format ? { numFmt: format } : {};
  });
  for (const cells of rows) writeRow(sheet, cells, kinds, styles);
  sheet.commit();

  await book.commit();
  await done;
  return Buffer.concat(chunks);
}
