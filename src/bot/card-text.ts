/**
 * What people and the ledger wrote, shown as written — never as markup. Teams renders the text of
 * cards (TextBlock, FactSet) and of messages as markdown: a customer named
 * `[Cliquez ici pour payer](http://evil.example) **URGENT**` would show a live link in bold on the
 * controller's card. Teams does not honour backslash escapes reliably, so the markup is broken
 * with invisible characters instead (a zero-width space, U+200B) where it could start:
 *
 * - links and images: a zero-width space inside `](`, after the `:` of a URL's `://` (no
 *   autolink) and after `<`;
 * - bold and italics: `*` is shown as `∗` (U+2217), `_` at a word's edge gets a zero-width space on
 *   each side (an `_` inside a word, as in an e-mail address, is never emphasis); `~~` is broken;
 * - lists, headings and quotes at a line's start (`- `, `* `, `+ `, `1. `, `# `, `> `) get a
 *   zero-width space in front.
 *
 * Bidirectional controls (U+202A–U+202E, U+2066–U+2069), which can make text read backwards, are
 * removed; so are other control characters. The transformation is idempotent: applying it twice
 * changes nothing more, so it can run on every card and message on the way out.
 */
import { frenchTypography } from '../i18n/typography';
import type { CardJson } from './card-templates';

const ZWSP = '\u200b';
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// Control characters but tab, line feed and carriage return (line breaks are handled apart).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LINE_BREAKS = /\s*[\r\n\u2028\u2029\u0085]+\s*/g;

/**
 * The longest text a card's block (or a message) may show; beyond, « … ». A last net: a card must
 * stay under 28 KB, and data is bounded before (`shown`) — but a headline naming forty customers
 * is legitimately long.
 */
export const MAX_BLOCK_CHARS = 8000;
/** The longest piece of data (a name, a note, a typed text) shown in a card or echoed back. */
export const MAX_VALUE_CHARS = 200;

/** At most `max` characters, « … » marking the cut (never in the middle of a surrogate pair). */
export function bounded(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/**
 * A piece of data as shown inside our sentences: on one line, without invisible controls, at most
 * MAX_VALUE_CHARS characters. Use it on what users typed and on names and notes from storage.
 */
export function shown(value: string | null | undefined, max = MAX_VALUE_CHARS): string {
  if (!value) return '';
  const flat = value
    .replace(BIDI, '')
    .replace(CONTROLS, '')
    .replace(LINE_BREAKS, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  return bounded(flat, max);
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Underscores at a word's edge get a zero-width space on each side (unless already there). */
function inertUnderscores(text: string): string {
  if (!text.includes('_')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '_') {
      out += c;
      continue;
    }
    const before = text[i - 1];
    const after = text[i + 1];
    if (isWordChar(before) && isWordChar(after)) {
      out += c;
      continue;
    }
    if (!out.endsWith(ZWSP)) out += ZWSP;
    out += '_';
    if (after !== ZWSP) out += ZWSP;
  }
  return out;
}

/** Markdown left inert (see above); line breaks are kept — `shown` removes them from data. */
export function inertMarkdown(text: string): string {
  let out = text.replace(BIDI, '').replace(CONTROLS, '');
  out = out
    .replace(/\]\(/g, `]${ZWSP}(`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/<(?!\u200b)/g, `<${ZWSP}`)
    .replace(/\*/g, '\u2217')
    .replace(/~(?=~)/g, `~${ZWSP}`)
    .replace(/(^|[\r\n])([ \t]*)(?=(?:[-+>]|#{1,6}|\d+[.)])(?:[ \t]|$))/g, `$1$2${ZWSP}`)
    // A list made with « ∗ » would still read as one to some renderers.
    .replace(/(^|[\r\n])([ \t]*)(?=\u2217(?:[ \t]|$))/g, `$1$2${ZWSP}`);
  return inertUnderscores(out);
}

/** The text of a card's block: one line, markdown inert, French typography, bounded. */
function blockText(text: string): string {
  return bounded(frenchTypography(inertMarkdown(text.replace(LINE_BREAKS, ' '))), MAX_BLOCK_CHARS);
}

/** The title of a button: plain text in Teams, but on one line, without controls, bounded. */
function buttonTitle(text: string): string {
  return frenchTypography(shown(text, 80));
}

/**
 * Every text of the card made inert: TextBlocks, TextRuns, facts; button titles flattened and
 * bounded. A new card is returned; the data of buttons (what a click sends back) is left as it is.
 */
export function inertCard<T extends CardJson | Record<string, unknown>>(card: T): T {
  return walk(card) as T;
}

function walk(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(walk);
  if (!node || typeof node !== 'object') return node;
  const element = node as Record<string, unknown>;
  const type = typeof element.type === 'string' ? element.type : '';
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element)) {
    if (key === 'data' && type.startsWith('Action.')) copy[key] = value;
    else if (typeof value === 'string' && key === 'text' && (type === 'TextBlock' || type === 'TextRun'))
      copy[key] = blockText(value);
    else if (typeof value === 'string' && key === 'title' && type.startsWith('Action.'))
      copy[key] = buttonTitle(value);
    else if (
      typeof value === 'string' &&
      (key === 'label' || key === 'placeholder') &&
      type.startsWith('Input.')
    )
      copy[key] = frenchTypography(value);
    else if (key === 'facts' && Array.isArray(value)) copy[key] = value.map(inertFact);
    else copy[key] = walk(value);
  }
  return copy;
}

function inertFact(fact: unknown): unknown {
  if (!fact || typeof fact !== 'object') return fact;
  const { title, value, ...rest } = fact as Record<string, unknown>;
  return {
    ...rest,
    ...(typeof title === 'string' ? { title: blockText(title) } : title === undefined ? {} : { title }),
    ...(typeof value === 'string' ? { value: blockText(value) } : value === undefined ? {} : { value }),
  };
}
