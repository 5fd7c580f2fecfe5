/**
 * Every word about « Passer en perte »: the customer card's form, the confirmation, what the
 * decision comes to, the history line (« Passée en perte le … : 1 234,56 € — client liquidé »).
 */
import { formatDateShortFr, type CalendarDate } from '../domain/calendar-date';
import type { WriteOffReason } from '../domain/ledger';
import { formatEuros, type Cents } from '../domain/money';
import type { WriteOffOutcome, WriteOffRefusal, WrittenOff } from '../domain/write-off';
import { agree, countOf } from './plural';
import { frenchTypography } from './typography';

export const WRITE_OFF_REASON_LABELS: Record<WriteOffReason, string> = {
  liquidated: 'client liquidé / procédure collective clôturée',
  irrecoverable: 'créance irrécouvrable (jugement, insolvabilité)',
  too_small: 'montant trop faible pour poursuivre',
  dispute_lost: 'litige perdu / avoir',
  other: 'autre',
};

/** A loss with no decision behind it: an invoice the accounting export said was written off. */
export const UNKNOWN_WRITE_OFF_REASON = 'Motif non connu (passée en perte avant Relances)';

/** « client liquidé », or the free text for « autre » (a reason the log knows only by code: none). */
export function writeOffReasonText(reason: unknown, note: unknown): string {
  const label =
    typeof reason === 'string' && reason in WRITE_OFF_REASON_LABELS
      ? WRITE_OFF_REASON_LABELS[reason as WriteOffReason]
      : '';
  const text = typeof note === 'string' ? note.trim() : '';
  if (reason === 'other') return text || label;
  return text ? `${label} (${text})` : label;
}

/** « Passée en perte le 12/03/2026 : 1 234,56 € — client liquidé » (partial: « en partie »). */
export function writtenOffLine(
  w: Pick<WrittenOff, 'date' | 'amount' | 'reason' | 'note' | 'closes'>,
): string {
  const head = w.closes ? 'Passée en perte' : 'Passée en perte en partie';
  return frenchTypography(
    `${head} le ${formatDateShortFr(w.date)} : ${formatEuros(w.amount)} — ${writeOffReasonText(w.reason, w.note)}`,
  );
}

export const writeOffCard = {
  button: 'Passer en perte',
  invoicesLabel: 'Factures à passer en perte',
  invoicesHint:
    'Une facture : un montant jusqu’à son solde (vide : tout le solde). Plusieurs factures : chacune pour tout son solde.',
  reasonLabel: 'Motif',
  noteLabel: 'Précisions (obligatoires pour « autre »)',
  notePlaceholder: 'Ex. : jugement du 12 mars, liquidateur Me Durand',
  amountLabel: 'Montant passé en perte (vide : tout le solde)',
  amountPlaceholder: 'Ex. : 1 250,00',
  dateLabel: 'Date de la passation en perte',
  review: 'Vérifier avant de confirmer',
  confirmTitle: (customer: string) => `Passer en perte — ${customer}`,
  confirmWarning:
    'Une perte est une écriture comptable : après confirmation, seul le bouton « Annuler » de la fiche la défait, quelques minutes. Ensuite, c’est au comptable de la contrepasser.',
  confirm: 'Confirmer la passation en perte',
  back: 'Retour à la fiche',
  line: (number: string, amount: string, rest: string | null) =>
    rest === null
      ? `Facture ${number} : ${amount} (tout le solde)`
      : `Facture ${number} : ${amount} (il restera ${rest} dû)`,
  summary: (count: number, total: string, date: CalendarDate, reason: string) =>
    `${countOf(count, 'facture')} · ${total} à passer en perte le ${formatDateShortFr(date)} — ${reason}`,
  litigationWarning: (numbers: string, firm: string) => {
    const many = numbers.includes(',') ? 2 : 1;
    return `${agree(many, 'La facture', 'Les factures')} ${numbers} ${agree(many, 'est confiée', 'sont confiées')} à ${firm} : pensez à prévenir le cabinet de la passation en perte.`;
  },
};

const refusals: Record<string, string> = {
  not_allowed: 'Seuls le contrôle de gestion et la direction peuvent passer une créance en perte.',
  unknown_customer: 'Client introuvable.',
  unknown_invoice: 'Choisissez une facture ouverte de ce client.',
  closed: 'Cette facture est déjà réglée ou passée en perte.',
  bad_amount: 'Le montant doit être positif et ne pas dépasser le solde de la facture.',
  bad_date: 'La date ne peut être ni dans le futur ni antérieure à la date de la facture.',
  reason_required: 'Choisissez un motif.',
  note_required: 'Précisez le motif en quelques mots (500 caractères au plus).',
  several_with_amount:
    'Plusieurs factures : chacune est passée en perte pour tout son solde ; laissez le montant vide ou choisissez une seule facture.',
};

export function writeOffRefusalText(refusal: WriteOffRefusal): string {
  const text = refusals[refusal.code] ?? refusals.unknown_invoice!;
  return frenchTypography(
    'invoice' in refusal && refusal.invoice ? `Facture ${refusal.invoice} : ${text}` : text,
  );
}

export function writeOffOutcomeText(outcome: WriteOffOutcome, firm: string): string {
  if (outcome.kind === 'refused') return writeOffRefusalText(outcome.refusal);
  const total = formatEuros(outcome.written.reduce((s, w) => s + w.amount, 0) as Cents);
  const count = outcome.written.length;
  const partial = outcome.written.filter((w) => !w.closes);
  const head =
    outcome.kind === 'already_done'
      ? `Déjà fait : ${countOf(count, 'facture')} de ${outcome.customer} ${agree(count, 'était déjà passée', 'étaient déjà passées')} en perte (${total}).`
      : `${countOf(count, 'facture')} de ${outcome.customer} ${agree(count, 'passée', 'passées')} en perte : ${total}.${partial.length === 0 ? ` Plus aucune relance ne ${agree(count, 'la', 'les')} concerne.` : ''}`;
  const lines = [
    head,
    ...partial.map(
      (w) => `Facture ${w.invoice} : ${formatEuros(w.rest)} restent dus et continuent d’être relancés.`,
    ),
  ];
  const inFirm = outcome.written.filter((w) => w.litigation).map((w) => w.invoice);
  if (inFirm.length > 0) lines.push(writeOffCard.litigationWarning(inFirm.join(', '), firm));
  return frenchTypography(lines.join(' '));
}
