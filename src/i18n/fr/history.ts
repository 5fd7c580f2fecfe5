/** The history card of an invoice or a customer. */
import { agree, countOf } from '../plural';

export const history = {
  invoiceTitle: (number: string, customer: string) => `Historique de la facture ${number} — ${customer}`,
  customerTitle: (customer: string) => `Historique du client ${customer}`,
  empty: 'Rien au journal pour l’instant.',
  count: (n: number) =>
    `${countOf(n, 'décision')} et ${agree(n, 'événement')} au journal, du plus récent au plus ancien`,
  invoiceNotFound: (number: string) =>
    `Je ne trouve pas la facture « ${number} ». Vérifiez le numéro (ex. « historique F2026-0042 »).`,
  customerNotFound: (name: string) =>
    `Aucun client ne correspond à « ${name} ». Essayez une partie du nom ou le code client.`,
  whichCustomer: (name: string) => `Plusieurs clients correspondent à « ${name} » : lequel ?`,
  notYours:
    'Ce client n’est pas dans votre portefeuille : seul son commercial, le service crédit client et la direction y ont accès.',
  notAllowed:
    'L’historique est réservé au service crédit client, à la direction et aux commerciaux (pour leurs clients).',
} as const;
