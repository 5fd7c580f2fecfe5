/**
 * The receivables ledger as the domain sees it: plain typed objects, no storage concern.
 */
import type { CalendarDate } from './calendar-date';
import { cents, type Cents } from './money';

/** The three files an accounting package exports and Relances imports. */
export type ImportKind = 'customers' | 'invoices' | 'payments';

export const RISK_SEGMENTS = ['low', 'moderate', 'high'] as const;
export type RiskSegment = (typeof RISK_SEGMENTS)[number];

/**
 * A company (B2B: Code de commerce L441-10), an individual (B2C: Code de la consommation), or a
 * public buyer (PUBLIC: State, local authority, hospital — Code de la commande publique R2192-10 s.).
 */
export const CUSTOMER_TYPES = ['B2B', 'B2C', 'PUBLIC'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export interface PostalAddress {
  /** Street lines, as printed on the envelope (one or more lines). */
  lines: string[];
  postalCode: string;
  city: string;
  country: string;
}

export interface Customer {
  code: string;
  legalName: string;
  /** 9 digits, validated with the Luhn key; empty for a B2C customer. */
  siren: string | null;
  address: PostalAddress;
  billingEmails: string[];
  phone: string | null;
  salesRepEmail: string | null;
  risk: RiskSegment;
  type: CustomerType;
  paymentTermsDays: number;
  /** Contractual late-penalty rate (annual, in basis points: 1 200 = 12 %), if the contract sets one. */
  contractualPenaltyRateBp: number | null;
  /**
   * Who the letters are addressed to, when the export names them (« Mme Durand »): the salutation
   * becomes « Madame, » and a company's letters go « à l’attention de » that person. Absent: none.
   */
  contact?: CustomerContact | null;
  /** Collective proceedings opened against the customer, once recorded (see ./insolvency.ts). */
  insolvency?: InsolvencyProceedings | null;
  /** « SAS », « SARL au capital de 10 000 € »… when the export gives it (`forme_juridique`). */
  legalForm?: string | null;
  /** The trade register entry, « RCS Lyon 123 456 789 », when the export gives it (`rcs`). */
  rcs?: string | null;
  /**
   * Other names the company uses for the customer (« SGH », « Biocoop PD »), from the import's
   * `alias` column or the chat's « alias » command: a question naming one names the customer.
   */
  aliases?: readonly string[];
}

export const CIVILITIES = ['M.', 'Mme'] as const;
export type Civility = (typeof CIVILITIES)[number];

export interface CustomerContact {
  civility: Civility | null;
  /** The addressee's name; null when only the civility is known (an individual: the customer). */
  name: string | null;
}

export const INSOLVENCY_KINDS = ['safeguard', 'receivership', 'liquidation'] as const;
/** Sauvegarde, redressement judiciaire, liquidation judiciaire. */
export type InsolvencyKind = (typeof INSOLVENCY_KINDS)[number];

/** The mandataire judiciaire (sauvegarde, redressement) or the liquidateur (liquidation). */
export interface InsolvencyRepresentative {
  name: string;
  address: PostalAddress;
  email: string | null;
}

export interface InsolvencyProceedings {
  kind: InsolvencyKind;
  /** Date of the opening judgment (jugement d'ouverture). */
  judgmentDate: CalendarDate;
  /** The court that opened them (« Tribunal de commerce de Lyon »). */
  court: string;
  /** Publication of the judgment in the BODACC: often known later, then entered. */
  bodaccPublication: CalendarDate | null;
  representative: InsolvencyRepresentative;
  /** When the claim declaration was sent (by LRAR), once recorded. */
  declarationSentOn: CalendarDate | null;
}

/** Step identifiers of the dunning ladder (configuration decides which exist and when). */
export type StepId = string;

export const INVOICE_STATUSES = [
  'open',
  'partially_paid',
  'paid',
  'disputed',
  'promised',
  'payment_plan',
  'litigation',
  'written_off',
] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Statuses after which nothing is ever claimed again by the internal ladder. */
export const CLOSED_STATUSES: readonly InvoiceStatus[] = ['paid', 'written_off'];

export interface Installment {
  dueDate: CalendarDate;
  amount: Cents;
}

/**
 * Why the internal ladder is paused for an invoice. The invoice's status always matches its hold
 * (see `statusForHold`): disputed, promised, payment_plan; a postponement keeps the status.
 */
export type Hold =
  | { kind: 'dispute'; reason: string; since: CalendarDate }
  | { kind: 'promise'; promisedDate: CalendarDate; since: CalendarDate }
  | { kind: 'plan'; installments: Installment[]; paidAtStart: Cents; since: CalendarDate }
  | { kind: 'postponed'; until: CalendarDate; reason: string | null; since: CalendarDate };

/** Raised when a pause ends badly; shown to the controller until the next step is done. */
export interface DunningAlert {
  kind: 'broken_promise' | 'missed_installment';
  since: CalendarDate;
}

/**
 * What La Poste said about a registered letter: the AR signed (« AR reçu »), the letter presented
 * and not collected (« avisé non réclamé »: it counts as presented on that date), or returned to the
 * sender (« pli retourné »: wrong address…, the deadline does not start).
 */
export interface NoticeEvent {
  kind: 'received' | 'unclaimed' | 'returned';
  on: CalendarDate;
}

/** The mise en demeure (LRAR) sent for an invoice: when it was posted, its number, and its fate. */
export interface FormalNoticeRecord {
  postedOn: CalendarDate;
  lrar: string | null;
  event: NoticeEvent | null;
}

/** What the dunning engine remembers about an invoice; the next step is always computed. */
export interface DunningState {
  lastStep: StepId | null;
  lastStepDate: CalendarDate | null;
  hold: Hold | null;
  alert: DunningAlert | null;
  /** The mise en demeure covering this invoice (absent on rows written before it was recorded). */
  notice?: FormalNoticeRecord | null;
}

export const EMPTY_DUNNING: DunningState = Object.freeze({
  lastStep: null,
  lastStepDate: null,
  hold: null,
  alert: null,
});

export interface Invoice {
  number: string;
  customerCode: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountExclTax: Cents;
  vatAmount: Cents;
  amountInclTax: Cents;
  amountPaid: Cents;
  currency: 'EUR';
  orderRef: string | null;
  /** The delivery note's reference, when the export gives it (`bon_livraison`). */
  deliveryRef?: string | null;
  status: InvoiceStatus;
  dunning: DunningState;
  /** When the status last changed to paid / written off (for « encaissé », « passé en perte »). */
  closedOn: CalendarDate | null;
  /** Payments already counted in `amountPaid`: applying one twice changes nothing. */
  appliedPaymentIds: string[];
  /**
   * « Passer en perte »: the write-offs decided on the invoice (see ./write-off.ts). Absent on rows
   * written before they existed, and on invoices never written off.
   */
  writeOffs?: readonly WriteOff[];
}

export const WRITE_OFF_REASONS = [
  'liquidated',
  'irrecoverable',
  'too_small',
  'dispute_lost',
  'other',
] as const;
/** Client liquidé, créance irrécouvrable, montant trop faible, litige perdu / avoir, autre. */
export type WriteOffReason = (typeof WRITE_OFF_REASONS)[number];

/**
 * A loss decided on an invoice: `closes` when it took the whole balance (the invoice is then
 * written off, `closedOn` its date); otherwise a partial loss and the rest stays owed.
 */
export interface WriteOff {
  /** The decision's key: the same decision sent twice (a double click, a retry) is applied once. */
  id: string;
  date: CalendarDate;
  amount: Cents;
  reason: WriteOffReason;
  /** Free text (required for « autre »). */
  note: string | null;
  closes: boolean;
  /** Who decided (name as journaled). */
  by: string;
  /** When it was applied (ISO instant); absent on the demo's past. */
  at?: string;
}

/** What partial write-offs took off the balance (a closing one leaves the balance as it was lost). */
export function partiallyWrittenOff(invoice: { writeOffs?: readonly WriteOff[] | null }): Cents {
  return cents((invoice.writeOffs ?? []).reduce((sum, w) => (w.closes ? sum : sum + w.amount), 0));
}

export interface Payment {
  /** Deterministic: the same line imported twice is the same payment. */
  id: string;
  invoiceNumber: string;
  customerCode: string;
  date: CalendarDate;
  amount: Cents;
  method: string | null;
  reference: string | null;
}

/**
 * Applies a payment to its invoice, once: the same payment applied again returns the invoice
 * unchanged (null). An overpayment is kept in full in `amountPaid` (the excess is reported by the
 * caller, never lost); the status follows the remaining balance.
 */
export function applyPayment(
  invoice: Invoice,
  payment: Pick<Payment, 'id' | 'amount' | 'date'>,
  tolerance: Cents = DEFAULT_BALANCE_TOLERANCE,
): Invoice | null {
  if (invoice.appliedPaymentIds.includes(payment.id)) return null;
  const amountPaid = cents(invoice.amountPaid + payment.amount);
  const next: Invoice = {
    ...invoice,
    amountPaid,
    appliedPaymentIds: [...invoice.appliedPaymentIds, payment.id],
  };
  const status = statusAfterAmounts(next, tolerance);
  return {
    ...next,
    status,
    closedOn: status === 'paid' && invoice.status !== 'paid' ? payment.date : invoice.closedOn,
  };
}

/**
 * What is still owed. A partial write-off lowers it; an invoice written off in full keeps the
 * balance it had when it was lost (what « pertes » counts for invoices closed before write-offs
 * were decisions, and what the outstanding was until that day).
 */
export function balanceOf(
  invoice: Pick<Invoice, 'amountInclTax' | 'amountPaid'> & { writeOffs?: readonly WriteOff[] | null },
): Cents {
  return cents(Math.max(0, invoice.amountInclTax - invoice.amountPaid - partiallyWrittenOff(invoice)));
}

/** Balances under this are treated as settled (rounding differences, bank fees). Default 1 €. */
export const DEFAULT_BALANCE_TOLERANCE = cents(100);

export function isClosed(invoice: Pick<Invoice, 'status'>): boolean {
  return CLOSED_STATUSES.includes(invoice.status);
}

/**
 * The status an invoice takes from its amounts alone, keeping a hold (dispute, promise, plan,
 * litigation) in place while money is still owed.
 */
export function statusAfterAmounts(
  invoice: Pick<Invoice, 'status' | 'amountInclTax' | 'amountPaid' | 'writeOffs'>,
  tolerance: Cents = DEFAULT_BALANCE_TOLERANCE,
): InvoiceStatus {
  if (invoice.status === 'written_off') return 'written_off';
  if (balanceOf(invoice) < tolerance && invoice.amountInclTax > 0) return 'paid';
  if (invoice.amountInclTax <= 0) return 'paid';
  const holds: InvoiceStatus[] = ['disputed', 'promised', 'payment_plan', 'litigation'];
  if (holds.includes(invoice.status)) return invoice.status;
  return invoice.amountPaid > 0 ? 'partially_paid' : 'open';
}

/** SIREN: 9 digits whose Luhn checksum is valid (La Poste's 356000000 is the documented exception). */
export function isValidSiren(siren: string): boolean {
  if (!/^\d{9}$/.test(siren)) return false;
  if (siren === '356000000') return true;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(siren[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
