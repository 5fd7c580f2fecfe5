/**
 * What the user reads about a file imported without saying what it is (the drop folder, a file
 * sent in the chat): what it was recognised as, and the report's title and summary.
 */
import { formatInteger } from './numbers';
import { agree, countOf } from './plural';

export type AnyImportKindName = 'customers' | 'invoices' | 'payments' | 'fec' | 'statement' | 'unknown';

/** « le fichier clients », « le FEC »… as the title of a report names the file. */
export const ANY_KIND_NAMES: Readonly<Record<AnyImportKindName, string>> = {
  customers: 'fichier clients',
  invoices: 'fichier factures',
  payments: 'fichier paiements',
  fec: 'FEC (fichier des écritures comptables)',
  statement: 'relevé bancaire',
  unknown: 'fichier non reconnu',
};

export const anyImport = {
  title: (fileName: string, kind: AnyImportKindName) =>
    `Import de «\u00a0${fileName}\u00a0» — ${ANY_KIND_NAMES[kind]}`,
  unknown:
    'Ce fichier n’est ni un export clients, factures ou paiements (CSV), ni un FEC, ni un relevé bancaire (CAMT.053, CFONB 120)\u00a0: rien n’a été importé.',
  statementUnavailable:
    'Les relevés bancaires ne peuvent pas encore être importés ici\u00a0: rien n’a été importé.',
  refusedLines: (lines: number) =>
    `Fichier refusé, rien n’a été enregistré\u00a0: ${countOf(lines, 'ligne')} en erreur. Corrigez ${agree(lines, 'la', 'les')} et envoyez le fichier à nouveau.`,
  refusedFile: 'Fichier refusé, rien n’a été enregistré\u00a0: le fichier lui-même est à corriger.',
  imported: (read: number, created: number, updated: number, unchanged: number) =>
    `${countOf(read, 'ligne lue', 'lignes lues')}\u00a0: ${formatInteger(created)} ${agree(created, 'ajout', 'ajouts')}, ${countOf(updated, 'mise à jour', 'mises à jour')}, ${formatInteger(unchanged)} sans changement.`,
  moreLines: (count: number) => `… et ${countOf(count, 'autre ligne', 'autres lignes')}`,
  dropActor: 'Dossier de dépôt',
  /** The day card's line after the drop folder was imported. */
  dropLine: (imported: readonly string[], refused: readonly string[], failed: readonly string[]) =>
    [
      imported.length > 0
        ? `${countOf(imported.length, 'fichier importé', 'fichiers importés')} (${imported.join(', ')})`
        : null,
      refused.length > 0
        ? `${countOf(refused.length, 'fichier refusé', 'fichiers refusés')} (${refused.join(', ')}), rien n’en a été enregistré — le rapport est à côté du fichier, dans le dossier des fichiers refusés`
        : null,
      failed.length > 0
        ? `${countOf(failed.length, 'fichier illisible', 'fichiers illisibles')} pour l’instant (${failed.join(', ')}), nouvel essai au prochain passage`
        : null,
    ]
      .filter((part) => part !== null)
      .join(' ; ')
      .replace(/^/, 'Dossier de dépôt : ') + '.',
  failed: 'L’import n’a pas pu aboutir\u00a0: rien n’a été perdu, réessayez plus tard.',
};

/** The report left beside a file of the drop folder (and the text of a report anywhere). */
export function dropReportText(report: {
  title: string;
  summary: string;
  details: readonly string[];
}): string {
  return [report.title, report.summary, ...report.details].join('\r\n') + '\r\n';
}

/** A file sent in the chat. */
export const chatImport = {
  rejectsLink: 'Ouvrir les lignes rejetées',
  notAllowed:
    'Merci pour ce fichier. Seuls le contrôleur de gestion et son suppléant peuvent importer des fichiers dans Relances\u00a0: transmettez-le-leur.',
  tooBig: (limit: string) =>
    `Ce fichier dépasse ${limit}, la taille qu’on peut envoyer ici\u00a0: rien n’a été importé. Déposez-le dans le dossier de dépôt, ou importez-le avec la commande d’import.`,
  oneAtATime: 'Un fichier à la fois, s’il vous plaît\u00a0: seul le premier a été lu.',
  downloadFailed:
    'Le fichier n’a pas pu être téléchargé depuis Teams\u00a0: rien n’a été importé. Renvoyez-le dans un moment.',
  received: (name: string) => `Fichier «\u00a0${name}\u00a0» reçu, import en cours…`,
};
