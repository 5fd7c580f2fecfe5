/**
 * The mise en demeure's life on the day's card: its LRAR and what La Poste said (AR, avisé non
 * réclamé, pli retourné), when the transfer to the firm becomes possible and why not before, the
 * invoices waiting under it, and the one-voice rule's reasons.
 */
import { countOf } from '../plural';
import { lawyerSalutation } from '../law-firm';

const nb = '\u00a0';

export const formalNotice = {
  section: 'Mises en demeure en cours',
  sectionSummary: (count: number, amount: string) => `${countOf(count, 'client')}, ${amount}`,
  posted: (date: string, lrar: string | null) =>
    lrar ? `📮 LRAR n°${nb}${lrar} envoyée le ${date}` : `📮 Mise en demeure envoyée le ${date}`,
  events: {
    received: (date: string) => `✅ AR reçu le ${date}`,
    unclaimed: (date: string) => `📭 Pli avisé non réclamé (présenté le ${date})`,
    returned: (date: string) =>
      `⚠ Pli retourné le ${date}${nb}: le délai ne court pas. Vérifiez l’adresse du client et renvoyez la mise en demeure.`,
    none: 'En attente de l’accusé de réception.',
  },
  covered: (count: number, invoices: string) => `${countOf(count, 'facture')}${nb}: ${invoices}`,
  attached: (count: number, invoices: string, date: string) =>
    `En attente${nb}: ${countOf(count, 'facture')} rattachée${count > 1 ? 's' : ''} à la mise en demeure du ${date} (${invoices})`,
  transferDue: (firm: string) => `Transmission ${firm} proposée aujourd’hui.`,
  transferPossible: (date: string, why: string) => `Transmission au cabinet possible le ${date}${nb}: ${why}`,
  why: {
    received: (days: number, date: string) => `délai de ${countOf(days, 'jour')} après l’AR du ${date}`,
    unclaimed: (days: number, date: string) =>
      `délai de ${countOf(days, 'jour')} après la présentation du pli le ${date} (avisé non réclamé)`,
    noReceipt: (days: number, date: string) =>
      `aucun AR enregistré, délai de ${countOf(days, 'jour')} après l’envoi du ${date}`,
    mandate: (firm: string, date: string) => `le mandat confié ${firm} commence le ${date}`,
    offset: (label: string) => `étape ${label} du calendrier de relance`,
  },
  buttons: {
    received: 'AR reçu',
    unclaimed: 'Avisé non réclamé',
    returned: 'Pli retourné',
    dateLabel: 'Date (AR, présentation ou retour)',
  },
  recorded: {
    received: (customer: string, date: string) =>
      `✅ AR de la mise en demeure à ${customer} reçu le ${date}.`,
    unclaimed: (customer: string, date: string) =>
      `📭 Mise en demeure à ${customer}${nb}: pli avisé non réclamé, présenté le ${date}.`,
    returned: (customer: string, date: string) =>
      `⚠ Mise en demeure à ${customer}${nb}: pli retourné le ${date}. Vérifiez l’adresse${nb}; le délai ne court pas.`,
  },
  refusals: {
    noNotice: 'aucune mise en demeure envoyée pour ce client',
    badEventDate: 'date invalide (ni dans le futur, ni avant l’envoi de la lettre)',
    badLrar: 'numéro de lettre recommandée invalide (format La Poste attendu, ex. 1A 234 567 8901 2)',
    transferNotYet: (text: string) => text,
    transferReturned:
      'la mise en demeure est revenue (pli retourné)\u00a0: le délai ne court pas, vérifiez l’adresse',
  },
  stage: {
    lawFirm: (toFirm: string) => `client transmis ${toFirm}${nb}: plus aucune relance de notre part`,
    formalNotice: (date: string) =>
      `client en mise en demeure depuis le ${date}${nb}: plus de relance courtoise, la facture attend la transmission`,
  },
  supplement: {
    badge: 'Complément au dossier',
    subject: (customer: string, invoices: string) =>
      `Complément au dossier de recouvrement — ${customer} — ${invoices}`,
    body: (contact: string, customer: string, controller: string) =>
      `${lawyerSalutation(contact, 'email')}\n\nEn complément au dossier de ${customer} que nous vous avons transmis, veuillez trouver ci-joint la lettre de transmission et le dossier des factures échues depuis.\n\nBien cordialement,\n${controller}`,
  },
  riding: (count: number, label: string) => `+ ${countOf(count, 'facture')} au passage (relance ${label})`,
  joining: (count: number) =>
    `+ ${countOf(count, 'facture')} échue${count > 1 ? 's' : ''} depuis la mise en demeure`,
} as const;
