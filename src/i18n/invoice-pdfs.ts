/** The words of the invoice PDFs' import and of the pieces attached to e-mails. */
import { andList } from './lists';
import { formatInteger } from './numbers';
import { agree } from './plural';

/** `123 Ko`, `1,4 Mo` (1 Ko = 1 024 octets), as the bordereau and the reports print sizes. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatInteger(bytes)}\u00a0${agree(bytes, 'octet')}`;
  if (bytes < 1024 * 1024) return `${formatInteger(Math.ceil(bytes / 1024))}\u00a0Ko`;
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1).replace('.', ',')}\u00a0Mo`;
}

/** What a reminder e-mail says of the invoices' copies. */
export const invoiceCopiesText = {
  attached: (numbers: readonly string[]) =>
    numbers.length === 0
      ? null
      : numbers.length === 1
        ? `Vous trouverez ci-joint la copie de la facture n°\u00a0${numbers[0]}.`
        : `Vous trouverez ci-joint la copie des factures n°\u00a0${andList(numbers)}.`,
  onRequest: (numbers: readonly string[]) =>
    numbers.length === 0
      ? null
      : numbers.length === 1
        ? `La copie de la facture n°\u00a0${numbers[0]} est à votre disposition sur simple demande.`
        : `La copie des factures n°\u00a0${andList(numbers)} est à votre disposition sur simple demande.`,
};

const count = (n: number, singular: string, plural: string) =>
  `${formatInteger(n)} ${agree(n, singular, plural)}`;

export const invoicePdfImport = {
  usage:
    'Usage\u00a0: npm run import -- pdf <dossier>   (les fichiers *.pdf du dossier, sans ses sous-dossiers)',
  notAFolder: (path: string, error: string) => `Dossier illisible «\u00a0${path}\u00a0»\u00a0: ${error}`,
  noPdf: (path: string) => `Aucun fichier PDF dans «\u00a0${path}\u00a0».`,
  title: (folder: string) => `Factures PDF du dossier «\u00a0${folder}\u00a0»`,
  summary: (r: { stored: number; replaced: number; unchanged: number; rejected: number }) =>
    [
      `${count(r.stored, 'facture PDF enregistrée', 'factures PDF enregistrées')}`,
      `${count(r.replaced, 'remplacée', 'remplacées')}`,
      `${count(r.unchanged, 'déjà à jour', 'déjà à jour')}`,
      `${count(r.rejected, 'fichier refusé', 'fichiers refusés')}`,
    ].join(', ') + '.',
  stored: (file: string, invoice: string, size: string) => `${file} → facture ${invoice} (${size})`,
  replaced: (file: string, invoice: string, previous: string) =>
    `${file} → facture ${invoice}\u00a0: remplace le fichier importé précédemment («\u00a0${previous}\u00a0»)`,
  unchanged: (file: string, invoice: string) => `${file} → facture ${invoice}\u00a0: déjà importé, inchangé`,
  rejectedLine: (file: string, reason: string) => `${file}\u00a0: ${reason}`,
  reasons: {
    noInvoice: 'aucune facture connue ne porte un numéro figurant dans le nom du fichier',
    severalInvoices: (numbers: readonly string[]) =>
      `le nom du fichier désigne plusieurs factures (${numbers.join(', ')}) — renommez-le`,
    notPdf: 'ce n’est pas un fichier PDF (il ne commence pas par «\u00a0%PDF-\u00a0»)',
    tooLarge: (size: string, max: string) => `fichier trop volumineux (${size}, au plus ${max})`,
    empty: 'fichier vide',
    unreadable: (error: string) => `fichier illisible (${error})`,
    sameInvoiceTwice: (other: string) =>
      `un autre fichier du dossier («\u00a0${other}\u00a0») désigne la même facture\u00a0: aucun des deux n’est pris`,
  },
};
