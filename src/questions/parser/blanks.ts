/**
 * Runs of spaces, tabs and non-breaking spaces squeezed to one space, and blank lines to one line
 * break (a forwarded message's lines stay lines). Pasted text may hold thousands of spaces, and a
 * rule looking back over spaces reads a run once per position: « a », 4 000 spaces and « on dit
 * quoi x » took 30 s, and the parse runs on the bot's only thread — every conversation waited.
 * Used on entry, after the rewriting modules have blanked words (./forwarded.ts) and before the
 * words are read.
 */
export function withSpacesSqueezed(text: string): string {
  return text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n');
}
