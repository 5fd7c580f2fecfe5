/**
 * Every word about penalties on invoices paid late: the day's card section and its buttons, what a
 * click comes to, the e-mail carrying the penalty invoice, the customer's card waiver.
 */
import { formatDateLongFr, formatDateShortFr, type CalendarDate } from '../domain/calendar-date';
import type { LateFeeOutcome } from '../domain/late-fees';
import { formatEuros, type Cents } from '../domain/money';
import { andList } from './lists';
import { agree, countOf } from './plural';
import { frenchTypography } from './typography';

export const lateFeeCard = {
  section: 'Pénalités de retard à facturer',
  sectionSummary: (customers: number, total: string) =>
    `${countOf(customers, 'client')} · ${total} à facturer`,
  heading: (customer: string, total: string) => `${customer} — ${total}`,
  detail: (invoices: number, interest: string, indemnity: string) =>
    frenchTypography(
      `${countOf(invoices, 'facture')} ${agree(invoices, 'réglée', 'réglées')} en retard : ${interest} de pénalités et ${indemnity} d’${agree(invoices, 'indemnité forfaitaire', 'indemnités forfaitaires')}`,
    ),
  line: (number: string, paidOn: CalendarDate, days: number, total: string) =>
    `Facture ${number} réglée le ${formatDateShortFr(paidOn)}, ${countOf(days, 'jour')} de retard : ${total}`,
  more: (count: number) => `… et ${countOf(count, 'autre facture', 'autres factures')}`,
  bill: 'Envoyer la facture de pénalités',
  waive: 'Renoncer',
  reasonLabel: 'Motif de la renonciation (facultatif)',
  reasonPlaceholder: 'Ex.\u00a0: geste commercial',
};

function uncertainText(customer: string): string {
  return `La facture de pénalités de ${customer} est peut-être partie : à vérifier avant de la renvoyer. Elle ne sera pas renvoyée automatiquement.`;
}

export function lateFeeOutcomeText(outcome: LateFeeOutcome): string {
  let text: string;
  switch (outcome.kind) {
    case 'billed':
      text = `Facture de pénalités ${outcome.number} (${formatEuros(outcome.total)}) envoyée à ${outcome.customer} (${andList(outcome.to)}).`;
      break;
    case 'waived':
      text = `Pénalités de ${outcome.customer} abandonnées (${formatEuros(outcome.total)}, ${countOf(outcome.invoices, 'facture')}).`;
      break;
    case 'uncertain':
      text = uncertainText(outcome.customer);
      break;
    case 'failed':
      text = `La facture de pénalités ${outcome.number} n’a pas pu être envoyée à ${outcome.customer} : ${outcome.reason} Rien n’est parti ; vous pouvez réessayer.`;
      break;
    case 'refused':
      text = refusalText(outcome.refusal);
      break;
  }
  return frenchTypography(text);
}

function refusalText(refusal: Extract<LateFeeOutcome, { kind: 'refused' }>['refusal']): string {
  switch (refusal) {
    case 'not_allowed':
      return 'Seuls le responsable du crédit client et son suppléant peuvent facturer ou abandonner des pénalités.';
    case 'unknown_customer':
      return 'Ce client n’existe plus dans Relances.';
    case 'already_done':
      return 'Ces pénalités ont déjà été facturées ou abandonnées : rien n’a été refait.';
    case 'changed':
      return 'Les factures concernées ont changé depuis l’affichage de la carte : vérifiez la carte mise à jour et recommencez.';
    case 'customer_waived':
      return 'Ce client est dispensé de pénalités de retard (fiche client) : rien n’a été facturé.';
    case 'no_billing_email':
      return 'Aucune adresse de facturation n’est connue pour ce client : complétez le fichier clients, puis recommencez.';
    case 'in_progress':
      return 'L’envoi de cette facture de pénalités est déjà en cours.';
  }
}

/** The e-mail carrying the penalty invoice (the .docx is attached). */
export interface PenaltyEmailView {
  companyName: string;
  customerName: string;
  number: string;
  issuedOn: CalendarDate;
  total: Cents;
  invoices: string[];
  payBy: CalendarDate;
  iban: string;
  bic: string;
  controller: { name: string; title: string; email: string; phone: string | null };
}

export function penaltyEmail(view: PenaltyEmailView): { subject: string; text: string; html: string } {
  const subject = `${view.companyName} — facture de pénalités de retard n° ${view.number}`;
  const paragraphs = [
    'Madame, Monsieur,',
    `Vous trouverez ci-joint notre facture n° ${view.number} du ${formatDateLongFr(view.issuedOn)}, d’un montant de ${formatEuros(view.total)}, au titre des pénalités de retard et des indemnités forfaitaires pour frais de recouvrement dues sur ${agree(view.invoices.length, 'la facture', 'les factures')} ${andList(view.invoices)}, ${agree(view.invoices.length, 'réglée', 'réglées')} après ${agree(view.invoices.length, 'sa', 'leur')} date d’échéance (articles L441-10 et D441-5 du Code de commerce).`,
    `Nous vous remercions de bien vouloir la régler au plus tard le ${formatDateLongFr(view.payBy)}, par virement sur notre compte IBAN ${view.iban} (BIC ${view.bic}), en indiquant en référence le numéro ${view.number}.`,
    `Pour toute question, ${view.controller.name}, ${view.controller.title}, se tient à votre disposition${view.controller.phone ? ` au ${view.controller.phone} ou` : ''} par courriel à ${view.controller.email}.`,
    'Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.',
  ].map(frenchTypography);
  const signature = [
    view.controller.name,
    `${view.controller.title} — ${view.companyName}`,
    view.controller.email,
    ...(view.controller.phone ? [frenchTypography(`Tél. : ${view.controller.phone}`)] : []),
  ];
  const text = `${paragraphs.join('\n\n')}\n\n${signature.join('\n')}\n`;
  const html =
    '<!doctype html><html lang="fr"><body>' +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `<p>${signature.map(escapeHtml).join('<br>')}</p></body></html>`;
  return { subject: frenchTypography(subject), text, html };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const penaltyDocumentTitle = (customer: string) =>
  `Facture de pénalités de retard et d’indemnités forfaitaires — ${customer}`;

export const penaltyAttachmentName = (number: string) =>
  `Facture-penalites-${number.replace(/[^A-Za-z0-9-]+/g, '-')}.docx`;

/** The customer's card: whether penalties on invoices paid late are billed, and the switch. */
export const lateFeeCustomerCard = {
  fact: 'Pénalités de retard',
  billed: 'facturées sur les factures réglées en retard',
  waived: (since: CalendarDate, by: string, reason: string) =>
    `non facturées depuis le ${formatDateShortFr(since)} (décision de ${by}${reason ? ` : ${reason}` : ''})`,
  waive: 'Ne pas facturer de pénalités de retard',
  resume: 'Facturer de nouveau les pénalités',
  done: (customer: string, waived: boolean) =>
    frenchTypography(
      waived
        ? `Les pénalités de retard ne seront plus proposées à la facturation pour ${customer}.`
        : `Les pénalités de retard de ${customer} seront de nouveau proposées à la facturation.`,
    ),
  refused: {
    not_allowed:
      'Seuls le responsable du crédit client et son suppléant peuvent dispenser un client de pénalités.',
    unknown_customer: 'Ce client n’existe plus dans Relances.',
    unchanged: 'C’est déjà le cas : rien n’a changé.',
  },
};

/** « Encaissé »'s line on penalties over the same period. */
export function lateFeeKpiNote(f: {
  billed: Cents;
  billedCount: number;
  collected: Cents;
  waived: Cents;
  waivedCount: number;
}): string {
  return frenchTypography(
    `Pénalités de retard sur factures réglées en retard, sur la période : ${formatEuros(f.billed)} ${agree(f.billed >= 200 ? 2 : 1, 'facturé', 'facturés')} (${countOf(f.billedCount, 'facture de pénalités', 'factures de pénalités')}), ${formatEuros(f.collected)} ${agree(f.collected >= 200 ? 2 : 1, 'encaissé', 'encaissés')}, ${formatEuros(f.waived)} ${agree(f.waived >= 200 ? 2 : 1, 'abandonné', 'abandonnés')}.`,
  );
}
