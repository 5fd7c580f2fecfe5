/**
 * The page every Relances document is laid on: an A4 sheet whose margins leave room for the legal
 * footer, and the fixed geometry that puts the recipient's address in a French window envelope.
 * In twips, the unit of Word page geometry.
 */

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
