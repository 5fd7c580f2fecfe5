/**
 * How the text of every Relances document looks: one font, a few sizes and colours, the named
 * paragraph styles and the bullet list, and the runs that carry text safely into the XML.
 */
import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  TextRun,
  type IBorderOptions,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import { frenchTypography } from '../../i18n/typography';
import type { InlineModel } from '../markup';
import { mm } from './page';

export const FONT = 'Calibri';
export const SIZE = { body: 20, small: 17, table: 16, footer: 14, letterhead: 16, company: 30 } as const;
export const COLOUR = {
  accent: '1E5B4F',
  text: '1A1A1A',
  muted: '5F6368',
  rule: 'B7C4C0',
  shade: 'E8EFED',
} as const;

export const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
export const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The document's default run and paragraph, and the styles the markup's headings name. */
export const STYLES: IStylesOptions = {
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
};

/** The list the markup's bullets refer to by its reference. */
export const BULLETS = 'bullets';

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
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
};

/** Control characters are not allowed in XML 1.0: an imported value must never break the file. */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- these characters are exactly what must be removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlSafe = (text: string): string => text.replace(XML_INVALID, '');

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

export function run(text: string, { bold, italics, ...style }: RunStyle = {}): TextRun {
  // Only `true` is written: `w:b w:val="false"` would override a bold paragraph style for nothing.
  // The font comes from the document's default run style: repeating it on every run only doubles
  // the XML docx has to write (letters per second).
  return new TextRun({
    // French typography on the way out, for every text of a document — the templates' and what the
    // layout writes around them (address, references, date line, invoice table, signature).
    text: frenchTypography(xmlSafe(text)),
    ...style,
    ...(bold ? { bold } : {}),
    ...(italics ? { italics } : {}),
  });
}

export function runs(models: readonly InlineModel[], style: RunStyle = {}): TextRun[] {
  return models.map((m) =>
    'text' in m
      ? run(m.text, { ...style, bold: m.bold || style.bold, italics: m.italic || style.italics })
      : new TextRun({ break: 1 }),
  );
}
