/**
 * The litigation dossier's words built from data: the bordereau of the documents a court asks
 * for (held by Relances or to ask the controller for) and the rule of the limitation period.
 */
import { andList } from './lists';
import { agree } from './plural';

export const pieces = {
  askController: (controller: string) => `Auprès de ${controller}`,
  invoices: (numbers: readonly string[]) => `${agree(numbers.length, 'Facture')} n° ${andList(numbers)}`,
  invoicesDetail: (askController: string) =>
    `${askController} (exemplaire avec toutes les mentions obligatoires)\u00a0; détail des montants en section 2`,
  termsOfSale: 'Conditions générales de vente applicables',
  orders: 'Bons de commande ou devis signés',
  ordersDetail: (askController: string, orderRefs: readonly string[]) =>
    `${askController}${orderRefs.length > 0 ? ` (réf. ${andList(orderRefs)})` : ''}`,
  deliveries: 'Bons de livraison signés ou preuves de la prestation',
  /** « Lettre de mise en demeure (J+20) » */
  reminder: (document: string, step: string) => `${document} (${step})`,
  reminderSent: (date: string, registeredMailNumber: string | null) =>
    `Générée par Relances, envoyée le ${date}${registeredMailNumber ? ` (LRAR n° ${registeredMailNumber})` : ''}`,
  reminderMissing: (controller: string) => `Absente du journal de Relances\u00a0: auprès de ${controller}`,
  /** A reminder an accounting export says was sent before Relances (`derniere_relance`). */
  reminderCarriedOver: (date: string, exportedOn: string, controller: string) =>
    `Envoyée le ${date}, avant Relances (relance reprise de l’export du ${exportedOn})\u00a0: document auprès de ${controller}`,
  /** A step before the one the export names: sent before Relances, on a date the export does not give. */
  reminderBeforeRelances: (controller: string) =>
    `Antérieure à Relances (l’export ne donne pas sa date)\u00a0: auprès de ${controller}`,
  acknowledgementReceived: (date: string, controller: string) =>
    `Avis de réception signé le ${date}\u00a0: original papier auprès de ${controller}`,
  acknowledgement: (step: string) => `Avis de réception de la lettre recommandée (${step})`,
  acknowledgementDetail: (askController: string) =>
    `${askController} (original papier retourné par La Poste)`,
  history: 'Historique des relances et des échanges',
  historyDetail: 'Section 3 du présent dossier, extraite du journal de Relances',
  correspondence: 'Échanges écrits avec le client (courriels, courriers reçus)',
  // The pieces attached to the e-mail to the firm, or why not (« Non jointe »).
  cover: 'Lettre de transmission au cabinet',
  dossier: 'Présent dossier de recouvrement',
  thisDocument: 'Ce document',
  invoice: (number: string) => `Facture n°\u00a0${number}`,
  file: (fileName: string, size: string | null) =>
    `Fichier «\u00a0${fileName}\u00a0»${size ? ` (${size})` : ''}`,
  fileOf: (what: string, file: string) => `${what} — ${file}`,
  invoiceNotImported: (controller: string) =>
    `Facture non importée dans Relances\u00a0: à demander à ${controller}`,
  reminderInDossier: (date: string) =>
    `Envoyée le ${date}\u00a0; texte reproduit en section 3 du présent dossier`,
  reminderTextNotKept: (date: string, controller: string) =>
    `Envoyée le ${date}\u00a0; texte non conservé par Relances\u00a0: à demander à ${controller}`,
  letterNotKept: (sent: string, controller: string) =>
    `${sent}\u00a0; copie non conservée par Relances\u00a0: à demander à ${controller}`,
  documentLost: (sent: string, controller: string) =>
    `${sent}\u00a0; copie introuvable dans le stockage des documents\u00a0: à demander à ${controller}`,
  documentAltered: (sent: string, controller: string) =>
    `${sent}\u00a0; la copie conservée ne correspond plus à son empreinte SHA-256 (écartée)\u00a0: à demander à ${controller}`,
  tooLarge: (what: string, cap: string, controller: string) =>
    `${what}\u00a0; taille\u00a0: l’e-mail dépasserait ${cap}, à demander à ${controller}`,
  paperAcknowledgement: (what: string, company: string, controller: string) =>
    `${what}AR papier conservé par ${company} — à demander à ${controller}`,
  keptNotSent: (what: string) => `${what}\u00a0; copie conservée par Relances`,
  askFor: (controller: string) => `À demander à ${controller}`,
  withRefs: (text: string, refs: readonly string[]) =>
    refs.length > 0 ? `${text} (réf. ${andList(refs)})` : text,
};

/** After « Délai de prescription de N ans à compter de l’échéance (…) ». */
export function prescriptionRule(business: boolean): string {
  return business ? 'article L110-4 du Code de commerce' : 'article L218-2 du Code de la consommation';
}
