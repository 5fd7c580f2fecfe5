/**
 * Cells of a CSV file meant to be opened in a spreadsheet (the rejects file, `*.rejets.csv`).
 *
 * Excel, LibreOffice and Google Sheets read a cell that starts with `=`, `+`, `-` or `@` (or their
 * full-width forms), or with a tab or a carriage return, as a formula: `=HYPERLINK("http://…";"Cliquez")`,
 * `=1+1`, `-2+3`, `@SUM(…)` would run when the user opens the file — and every value of that file
 * came from someone else's export. Following OWASP (« CSV Injection »), such a cell is written
 * with a leading apostrophe, which makes it text, and quoted (an embedded quote doubled).
 *
 * Every such cell, with no exception: a negative amount `-120,50` is written `'-120,50` too. A
 * spreadsheet shows the apostrophe or takes it as the « text » mark; either way the value reads
 * the same. The importer refuses negative amounts anyway, so such a cell is one the user corrects.
 *
 * Reading a file back (`restoreNeutralised`, applied to every cell the import reads) removes that
 * one apostrophe again: a rejects file imported as it is, or after the user corrected other cells,
 * gives the values the original file had (`'+33 4 72 00 14 21` → `+33 4 72 00 14 21`).
 */

/** A cell that a spreadsheet would run: blanks then a formula sign, or a tab or carriage return first. */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
const NEUTRALISED = /^'(?=[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

export function isFormulaLike(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/** The cell as text a spreadsheet will not evaluate (still to be quoted by the CSV writer). */
export function neutraliseFormula(cell: string): string {
  return isFormulaLike(cell) ? `'${cell}` : cell;
}

/** The inverse of `neutraliseFormula`, for a cell read from a file. */
export function restoreNeutralised(cell: string): string {
  return cell.replace(NEUTRALISED, '');
}
