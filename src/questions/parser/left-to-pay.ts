/**
 * What is left to pay, asked of one customer (issue 16, twentieth round): « restant dû LPI ? », « le
 * restant à régler de la SGH » name an amount (the participle « restant » is the sum still due), that
 * customer's balance — as « montant restant dû par X » does; « restant dû » gave LPI's list of unpaid
 * invoices. « combien il reste à payer chez Dupont ? » asks an amount too. « le reste à payer de
 * Dupont » without « combien » stays the list of its unpaid invoices (as decided in the eleventh
 * round), and so does any question naming the invoices (« les factures restant dues de LPI ») —
 * without a customer, « restant dû au 31/10 » stays the unpaid invoices at that cut-off.
 */
import { LEFT_TO_PAY } from '../intents/unpaid-invoices/question';
import type { Token } from './tokens';

/** Words asking for the invoices themselves, not an amount. */
const LISTED = new Set([
  'facture',
  'factures',
  'fact',
  'fac',
  'impaye',
  'impayes',
  'impayee',
  'impayees',
  'liste',
  'lister',
  'listing',
  'detail',
  'details',
  'lesquelles',
  'quelles',
  'echeances',
  'echeancier',
  'echeanciers',
]);

/** The phrases naming the sum itself, an amount even without « combien ». */
const SUM_LEFT = ['restant du', 'restant payer', 'restant regler'];

/** Whether a question of the unpaid invoices asks, of the customer named, what it has left to pay. */
export function asksWhatIsLeftToPay(
  phrase: string | null,
  context: { customerNamed: boolean; words: readonly Pick<Token, 'norm'>[] },
): boolean {
  if (!context.customerNamed || !LEFT_TO_PAY.includes(phrase ?? '')) return false;
  if (context.words.some((t) => t.norm === 'combien')) return true;
  return SUM_LEFT.includes(phrase ?? '') && !context.words.some((t) => LISTED.has(t.norm));
}
