/**
 * The visible text of a .docx: paragraphs on their own lines, table cells separated by tabs and
 * rows by line breaks — for the tests and the benchmark to read what a document says.
 */
import JSZip from 'jszip';
import { documentErrors } from '../../src/i18n/document-errors';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return XML_ENTITIES[name]!;
  });
}

// Elements that matter for the text; everything else (properties, field codes in w:instrText,
// deleted text in w:delText) is skipped.
const TOKEN = /<(\/?)(w:p|w:r|w:t|w:tab|w:br|w:cr|w:tc|w:tr)(?=[\s/>])[^>]*?(\/?)>|<[^>]*>|([^<]+)/g;

/** The visible text of one WordprocessingML part (document.xml, a header or a footer). */
export function wordXmlText(xml: string): string {
  let out = '';
  let inText = false;
  let inRun = false;
  let cellDepth = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, name, selfClosing, text] = m;
    if (text !== undefined) {
      if (inText) out += decodeXml(text);
      continue;
    }
    if (!name) continue;
    const open = closing !== '/';
    const empty = selfClosing === '/';
    switch (name) {
      case 'w:t':
        inText = open && !empty;
        break;
      case 'w:r':
        inRun = open && !empty;
        break;
      case 'w:tab':
        // A w:tab outside a run is a tab stop definition, not a character.
        if (inRun && open) out += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (inRun && open) out += '\n';
        break;
      case 'w:p':
        if (!open || empty) out += cellDepth > 0 ? ' ' : '\n';
        break;
      case 'w:tc':
        if (open && !empty) cellDepth++;
        else if (!open) {
          cellDepth--;
          out = out.replace(/ +$/, '') + '\t';
        }
        break;
      case 'w:tr':
        if (!open) out = out.replace(/\t$/, '') + '\n';
        break;
    }
  }
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(documentErrors.missingPart(path));
  return file.async('string');
}

/** The text of word/document.xml: the body, without headers and footers. */
export async function docxText(docx: Buffer | Uint8Array): Promise<string> {
  return wordXmlText(await part(await JSZip.loadAsync(docx), 'word/document.xml'));
}

/** The text of the footers (legal mentions), concatenated. */
export async function docxFooterText(docx: Buffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const footers = Object.keys(zip.files)
    .filter((p) => /^word\/footer\d*\.xml$/.test(p))
    .sort();
  return (await Promise.all(footers.map((p) => part(zip, p)))).map(wordXmlText).join('\n');
}

/** The raw XML of word/document.xml, for layout checks. */
export async function docxDocumentXml(docx: Buffer | Uint8Array): Promise<string> {
  return part(await JSZip.loadAsync(docx), 'word/document.xml');
}
