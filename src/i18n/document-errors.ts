/**
 * Why a document could not be produced: a letter template's markup, the configured logo, a claim
 * that cannot be written. Read by whoever edits the templates or the configuration (in the logs,
 * or printed by `npm run procedure`).
 */
import { countOf } from './plural';

export const documentErrors = {
  logoUnreadable: (path: string, reason: string) =>
    `logo illisible (COMPANY_LOGO_FILE)\u00a0: ${path} — ${reason}`,
  logoNotPng: 'le logo doit être une image PNG',
  noInvoice: 'aucune facture à réclamer',
  foreignInvoice: (invoice: string, customer: string) =>
    `la facture ${invoice} n’appartient pas au client ${customer}`,
  invoicesWithoutClaim: '<invoices/> employé sans créance',
  /** A .docx read back without one of its parts (word/document.xml…). */
  missingPart: (path: string) => `${path} absent du document`,
};

/** The markup of templates/letters/*.hbs (see src/documents/markup.ts). */
export const markupErrors = {
  malformedTag: (excerpt: string) => `balise mal formée\u00a0: ${excerpt}`,
  unexpectedEnd: 'fin de modèle inattendue',
  unexpectedText: 'texte inattendu',
  extraClosingTag: (name: string) => `balise fermante </${name}> en trop`,
  unknownEmptyTag: (name: string) => `balise <${name}/> inconnue`,
  unknownTag: (name: string) => `balise <${name}> inconnue`,
  unknownAlign: (align: string) => `align="${align}" inconnu`,
  unclosed: (name: string) => `<${name}> non fermée`,
  unexpectedTag: (tag: string, parent: string | null) =>
    `balise <${tag}> inattendue${parent ? ` dans <${parent}>` : ''}`,
  unknownRowKind: (kind: string) => `<tr kind="${kind}"> inconnu`,
  rowsOnly: 'seules des lignes <tr> sont permises dans <table>',
  tableWidths: (widths: string, columns: number) =>
    `largeurs de tableau «\u00a0${widths}\u00a0» pour ${countOf(columns, 'colonne')}`,
  unknownCellAlign: (align: string) => `alignement «\u00a0${align}\u00a0» inconnu`,
  invalidSpan: (span: string) => `span «\u00a0${span}\u00a0» invalide`,
  cellsOnly: 'seules des cellules <td> ou <th> sont permises dans <tr>',
};
