/**
 * Free text that people will read — a customer's name on a card, an address on a letter, an order
 * reference in the journal — as it is stored: an export (or someone who edits it) may hide
 * characters in a cell that reorder or break what is displayed, in Teams as in a letter.
 *
 * - Control characters (C0, DEL, C1, line and paragraph separators), tab and line breaks included,
 *   become a space.
 * - Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which can show
 *   « 0042-FA » for « AF-2400 », and the zero-width characters that hide nothing useful (U+200B,
 *   U+2060, U+FEFF) are removed.
 * - Runs of blanks become one space (a single no-break space stays: French typography uses it);
 *   the ends are trimmed.
 * - The result is in Unicode NFC, so that « é » is one character whatever the exporting software
 *   wrote (the same name compares equal, and its length is what a person counts).
 *
 * Identifiers (customer codes, invoice numbers) are not cleaned but checked (`firstHidden`):
 * changing a key silently would make an invoice already imported look like a new one.
 */

/** C0, DEL, C1, and the line and paragraph separators: they become a space. */
const CONTROL_CHARS = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029';
/** Bidirectional controls and zero-width characters: removed. */
const BIDI_AND_ZERO_WIDTH_CHARS = '\\u061c\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060\\u2066-\\u2069\\ufeff';

const CONTROLS = new RegExp(`[${CONTROL_CHARS}]`, 'g');
const BIDI_AND_ZERO_WIDTH = new RegExp(`[${BIDI_AND_ZERO_WIDTH_CHARS}]`, 'g');
const HIDDEN = new RegExp(`[${CONTROL_CHARS}${BIDI_AND_ZERO_WIDTH_CHARS}]`, 'u');
const EVERY_HIDDEN = new RegExp(HIDDEN.source, 'gu');

export function cleanDisplayText(raw: string): string {
  return raw
    .replace(BIDI_AND_ZERO_WIDTH, '')
    .replace(CONTROLS, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .normalize('NFC');
}

/** Length as a person counts it: characters (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** 1-based position (in characters) of the first character `cleanDisplayText` would remove or replace; null if none. */
export function firstHidden(text: string): number | null {
  let position = 0;
  for (const char of text) {
    position++;
    if (HIDDEN.test(char)) return position;
  }
  return null;
}

/** The text with every hidden character shown as �, for a report that must not be reordered by what it quotes. */
export function revealHidden(text: string): string {
  return text.replace(EVERY_HIDDEN, '\ufffd');
}
