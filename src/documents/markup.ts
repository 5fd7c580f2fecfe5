/**
 * The small markup the letter templates write, parsed into blocks the docx layout draws.
 *
 * Templates are compiled with Handlebars' escaping ON, so a value can never contain `<`: every tag
 * in the rendered text was written by the template's author, and a customer named
 * `Dupont & Fils <SARL>` is text, never markup. Entities (`&amp;`, `&lt;`…) are decoded here, once,
 * after parsing; the docx library escapes the text again for the XML.
 *
 * Grammar (whitespace-insensitive, like HTML):
 * - text separated by blank lines: one paragraph per block;
 * - `<p>`, `<h1>`, `<h2>`, `<title>`, `<subtitle>`, `<li>` (bullet), `<note>` (small print),
 *   `<right>` (aligned with the address column): one paragraph each; `<p align="left">` is not
 *   justified (for paragraphs with long e-mail addresses, which justification would stretch);
 * - `<subject>`, `<banner>`, `<signoff>`: placed by the layout (« Objet », the registered-mail
 *   heading, « Pour la Direction » above the signature);
 * - `<table widths="20,80">` with `<tr kind="head|total">`, `<td align="right" span="2">`/`<th>`;
 * - `<invoices/>`: the layout's invoice table; `<periods/>`: the interest period by period;
 *   `<pagebreak/>`;
 * - inline: `<b>`, `<i>`, `<br/>`.
 */
import { markupErrors } from '../i18n/document-errors';
import { frenchTypography } from '../i18n/typography';

export interface TextRunModel {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type InlineModel = TextRunModel | { lineBreak: true };

export type ParagraphStyle = 'body' | 'h1' | 'h2' | 'title' | 'subtitle' | 'bullet' | 'note' | 'right';

export interface CellModel {
  runs: InlineModel[];
  header: boolean;
  align: 'left' | 'right' | 'center';
  span: number;
}

export interface RowModel {
  kind: 'body' | 'head' | 'total';
  cells: CellModel[];
}

export type BlockModel =
  | { kind: 'paragraph'; style: ParagraphStyle; runs: InlineModel[]; align?: 'left' }
  | { kind: 'table'; widths: number[]; rows: RowModel[] }
  | { kind: 'invoices' }
  | { kind: 'periods' }
  | { kind: 'pageBreak' };

export interface ParsedMarkup {
  subject: InlineModel[] | null;
  banner: InlineModel[] | null;
  signoff: InlineModel[] | null;
  blocks: BlockModel[];
}

export class TemplateMarkupError extends Error {}

const PARAGRAPH_TAGS: Record<string, ParagraphStyle> = {
  p: 'body',
  h1: 'h1',
  h2: 'h2',
  title: 'title',
  subtitle: 'subtitle',
  li: 'bullet',
  note: 'note',
  right: 'right',
};
const META_TAGS = ['subject', 'banner', 'signoff'] as const;
type MetaTag = (typeof META_TAGS)[number];
const INLINE_TAGS = ['b', 'i', 'br'];

type Token =
  | { type: 'text'; text: string }
  | { type: 'open' | 'close' | 'empty'; name: string; attrs: Record<string, string> };

// A tag: name, then `key="value"` attributes. Anything else starting with `<` is an error, which
// can only be a template typo since escaped data never contains `<`.
const TOKEN = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z]+="[^"<>]*")*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTR = /([a-z]+)="([^"]*)"/g;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  for (const m of source.matchAll(TOKEN)) {
    if (m[6] !== undefined) {
      const at = m.index ?? 0;
      throw new TemplateMarkupError(markupErrors.malformedTag(JSON.stringify(source.slice(at, at + 40))));
    }
    if (m[5] !== undefined) {
      tokens.push({ type: 'text', text: m[5] });
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(ATTR)) attrs[a[1]!] = a[2]!;
    const type = m[1] === '/' ? 'close' : m[4] === '/' ? 'empty' : 'open';
    tokens.push({ type, name: m[2]!, attrs });
  }
  return tokens;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#x27': "'",
  '#x60': '`',
  '#x3D': '=',
};

/** Decodes Handlebars' escapes in one pass (so `&amp;lt;` stays the text `&lt;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x27|#x60|#x3D);/g, (_, name: string) => ENTITIES[name]!);
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index++];
    if (!token) throw new TemplateMarkupError(markupErrors.unexpectedEnd);
    return token;
  }

  parse(): ParsedMarkup {
    const result: ParsedMarkup = { subject: null, banner: null, signoff: null, blocks: [] };
    let pending: InlineModel[] = [];
    const flush = () => {
      const runs = trimRuns(pending);
      if (runs.length > 0) result.blocks.push({ kind: 'paragraph', style: 'body', runs });
      pending = [];
    };
    while (this.peek()) {
      const token = this.peek()!;
      if (token.type === 'text') {
        // A blank line ends the implicit paragraph.
        const parts = token.text.split(/\n[ \t]*\n/);
        parts.forEach((part, i) => {
          if (i > 0) flush();
          pending.push(...textRuns(part, false, false));
        });
        this.index++;
        continue;
      }
      if (INLINE_TAGS.includes(token.name)) {
        pending.push(...this.inline(null, false, false));
        continue;
      }
      flush();
      this.block(result);
    }
    flush();
    return result;
  }

  private block(result: ParsedMarkup): void {
    const token = this.next();
    // Text and inline tags are consumed by parse(): only element tags reach here.
    if (token.type === 'text') throw new TemplateMarkupError(markupErrors.unexpectedText);
    if (token.type === 'close') throw new TemplateMarkupError(markupErrors.extraClosingTag(token.name));
    const style = PARAGRAPH_TAGS[token.name];
    if (token.type === 'empty') {
      if (token.name === 'invoices') result.blocks.push({ kind: 'invoices' });
      else if (token.name === 'periods') result.blocks.push({ kind: 'periods' });
      else if (token.name === 'pagebreak') result.blocks.push({ kind: 'pageBreak' });
      else throw new TemplateMarkupError(markupErrors.unknownEmptyTag(token.name));
      return;
    }
    if (style) {
      const align = token.attrs.align;
      if (align !== undefined && align !== 'left')
        throw new TemplateMarkupError(markupErrors.unknownAlign(align));
      result.blocks.push({
        kind: 'paragraph',
        style,
        runs: trimRuns(this.children(token.name)),
        ...(align ? { align } : {}),
      });
    } else if ((META_TAGS as readonly string[]).includes(token.name)) {
      result[token.name as MetaTag] = trimRuns(this.children(token.name));
    } else if (token.name === 'table') {
      result.blocks.push(this.table(token.attrs));
    } else {
      throw new TemplateMarkupError(markupErrors.unknownTag(token.name));
    }
  }

  /** Inline content up to `</name>`. */
  private children(name: string): InlineModel[] {
    const runs: InlineModel[] = [];
    for (;;) {
      const token = this.peek();
      if (!token) throw new TemplateMarkupError(markupErrors.unclosed(name));
      if (token.type === 'close' && token.name === name) {
        this.index++;
        return runs;
      }
      runs.push(...this.inline(name, false, false));
    }
  }

  /** One inline item (text or inline element), with the styles of its ancestors. */
  private inline(parent: string | null, bold: boolean, italic: boolean): InlineModel[] {
    const token = this.next();
    if (token.type === 'text') return textRuns(token.text, bold, italic);
    if (token.name === 'br' && token.type === 'empty') return [{ lineBreak: true }];
    if ((token.name === 'b' || token.name === 'i') && token.type === 'open') {
      const runs: InlineModel[] = [];
      const b = bold || token.name === 'b';
      const i = italic || token.name === 'i';
      for (;;) {
        const t = this.peek();
        if (!t) throw new TemplateMarkupError(markupErrors.unclosed(token.name));
        if (t.type === 'close' && t.name === token.name) {
          this.index++;
          return runs;
        }
        runs.push(...this.inline(token.name, b, i));
      }
    }
    throw new TemplateMarkupError(
      markupErrors.unexpectedTag(`${token.type === 'close' ? '/' : ''}${token.name}`, parent),
    );
  }

  private table(attrs: Record<string, string>): BlockModel {
    const rows: RowModel[] = [];
    for (;;) {
      const token = this.next();
      if (token.type === 'text' && token.text.trim() === '') continue;
      if (token.type === 'close' && token.name === 'table') break;
      if (token.type === 'open' && token.name === 'tr') {
        const kind = token.attrs.kind ?? 'body';
        if (kind !== 'body' && kind !== 'head' && kind !== 'total') {
          throw new TemplateMarkupError(markupErrors.unknownRowKind(kind));
        }
        rows.push({ kind, cells: this.row() });
        continue;
      }
      throw new TemplateMarkupError(markupErrors.rowsOnly);
    }
    const columns = Math.max(0, ...rows.map((r) => r.cells.reduce((n, c) => n + c.span, 0)));
    const widths = attrs.widths
      ? attrs.widths.split(',').map((w) => Number(w.trim()))
      : Array.from({ length: columns }, () => 1);
    if (widths.length !== columns || widths.some((w) => !(w > 0))) {
      throw new TemplateMarkupError(markupErrors.tableWidths(attrs.widths ?? '', columns));
    }
    return { kind: 'table', widths, rows };
  }

  private row(): CellModel[] {
    const cells: CellModel[] = [];
    for (;;) {
      const token = this.next();
      if (token.type === 'text' && token.text.trim() === '') continue;
      if (token.type === 'close' && token.name === 'tr') return cells;
      if (token.type === 'open' && (token.name === 'td' || token.name === 'th')) {
        const align = token.attrs.align ?? 'left';
        if (align !== 'left' && align !== 'right' && align !== 'center') {
          throw new TemplateMarkupError(markupErrors.unknownCellAlign(align));
        }
        const span = Number(token.attrs.span ?? '1');
        if (!Number.isInteger(span) || span < 1) {
          throw new TemplateMarkupError(markupErrors.invalidSpan(String(span)));
        }
        cells.push({
          runs: trimRuns(this.children(token.name)),
          header: token.name === 'th',
          align,
          span,
        });
        continue;
      }
      throw new TemplateMarkupError(markupErrors.cellsOnly);
    }
  }
}

function textRuns(text: string, bold: boolean, italic: boolean): InlineModel[] {
  // Only ASCII whitespace collapses: no-break spaces inside amounts and dates are kept.
  const collapsed = text.replace(/[ \t\r\n]+/g, ' ');
  return collapsed === '' ? [] : [{ text: collapsed, bold, italic }];
}

/** Drops leading and trailing spaces of a block, merges neighbours, decodes entities. */
function trimRuns(runs: InlineModel[]): InlineModel[] {
  const merged: InlineModel[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && 'text' in last && 'text' in run && last.bold === run.bold && last.italic === run.italic) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text };
    } else {
      merged.push(run);
    }
  }
  const first = merged[0];
  if (first && 'text' in first) merged[0] = { ...first, text: first.text.replace(/^ +/, '') };
  const lastIndex = merged.length - 1;
  const last = merged[lastIndex];
  if (last && 'text' in last) merged[lastIndex] = { ...last, text: last.text.replace(/ +$/, '') };
  return merged
    .map((run, i) => {
      if (!('text' in run)) return run;
      // No space right after a line break, nor right before one.
      let text = run.text;
      const previous = merged[i - 1];
      const following = merged[i + 1];
      if (previous && !('text' in previous)) text = text.replace(/^ +/, '');
      if (following && !('text' in following)) text = text.replace(/ +$/, '');
      return { ...run, text: frenchTypography(decodeEntities(text)) };
    })
    .filter((run) => !('text' in run) || run.text !== '');
}

export function parseMarkup(source: string): ParsedMarkup {
  return new Parser(tokenize(source)).parse();
}

/** The plain text of inline content (for tests and logs). */
export function runsText(runs: readonly InlineModel[]): string {
  return runs.map((r) => ('text' in r ? r.text : '\n')).join('');
}
