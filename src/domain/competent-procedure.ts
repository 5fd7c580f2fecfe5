/**
 * Which recovery procedures are open against a debtor, from its type and the amount claimed — what
 * the procedure document explains and the cover letter to the law firm states for one debtor. Pure:
 * codes and their legal basis; the French wording is in src/i18n/competent-procedure.ts.
 *
 * - Companies and individuals: the *procédure simplifiée de recouvrement des petites créances*
 *   (Code des procédures civiles d'exécution L125-1, R125-1 s.: a commissaire de justice, the
 *   debtor's agreement, at most 5 000 € in principal and interest — the 40 € indemnity is not
 *   counted), the *injonction de payer* (Code de procédure civile 1405 s.: a court, no ceiling) and
 *   the summons; before the tribunal judiciaire a claim of at most 5 000 € needs a prior amicable
 *   attempt (CPC 750-1: conciliation, mediation or participative procedure — a small-claims
 *   procedure attempted in vain counts).
 * - Public buyers: a public contract is an administrative contract, its disputes go to the
 *   administrative judge: the *référé-provision* (Code de justice administrative R541-1); neither
 *   the injonction de payer nor the small-claims procedure.
 */
import type { CustomerType } from './ledger';
import { cents, type Cents } from './money';

/** CPCE R125-1: the small-claims procedure, up to 5 000 € in principal and interest (inclusive). */
export const SMALL_CLAIMS_CEILING = cents(500_000);
/** CPC 750-1: up to 5 000 €, a claim before the tribunal judiciaire needs a prior amicable attempt. */
export const PRIOR_AMICABLE_ATTEMPT_CEILING = cents(500_000);

export type ProcedureOption =
  /** Procédure simplifiée de recouvrement des petites créances (CPCE L125-1, R125-1 s.). */
  | 'small_claims'
  /** Injonction de payer (CPC 1405 s.). */
  | 'payment_order'
  /** Assignation en paiement; with the prior amicable attempt of CPC 750-1 up to 5 000 €. */
  | 'summons'
  /** Référé-provision before the administrative judge (CJA R541-1). */
  | 'interim_payment_administrative';

export interface ProcedureFacts {
  type: CustomerType;
  /** The unpaid principal (the balance of the invoices). */
  principal: Cents;
  /** Late-payment interest claimed; null when it cannot be stated as a figure yet. */
  interest: Cents | null;
}

export interface CompetentProcedures {
  type: CustomerType;
  /** Principal and interest — what the small-claims ceiling counts (not the 40 € indemnities). */
  amount: Cents;
  /** False when the interest is unknown: `amount` is then the principal alone. */
  amountComplete: boolean;
  /** The open procedures, in the order a creditor would usually try them. */
  options: ProcedureOption[];
  /** The claim passes the small-claims ceiling (never for a public buyer). */
  smallClaims: boolean;
  /** A summons before the tribunal judiciaire needs an amicable attempt first (CPC 750-1). */
  priorAmicableAttempt: boolean;
}

export function competentProcedures(facts: ProcedureFacts): CompetentProcedures {
  const amount = cents(facts.principal + (facts.interest ?? 0));
  const base = { type: facts.type, amount, amountComplete: facts.interest !== null };
  if (facts.type === 'PUBLIC') {
    return {
      ...base,
      options: ['interim_payment_administrative'],
      smallClaims: false,
      priorAmicableAttempt: false,
    };
  }
  const smallClaims = amount <= SMALL_CLAIMS_CEILING;
  return {
    ...base,
    options: smallClaims ? ['small_claims', 'payment_order', 'summons'] : ['payment_order', 'summons'],
    smallClaims,
    priorAmicableAttempt: amount <= PRIOR_AMICABLE_ATTEMPT_CEILING,
  };
}

/**
 * Under the floor the company set for a transfer to the law firm (its principal, what the card
 * shows): the firm's fees would exceed what it recovers. No floor configured: never.
 */
export function isBelowFirmFloor(principal: Cents, floor: Cents | null | undefined): boolean {
  return floor !== null && floor !== undefined && floor > 0 && principal < floor;
}
