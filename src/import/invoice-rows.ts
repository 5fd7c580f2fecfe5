/** Rows of an invoices file → invoice records (amounts, dates and the dunning already done). */
import type { CalendarDate } from '../domain/calendar-date';
import type { StepId } from '../domain/ledger';
import { cents, formatEuros, ZERO, type Cents } from '../domain/money';
import type { LadderStep } from '../domain/ladder';
import {
  displayText,
  keyText,
  ok,
  parseAmountCell,
  parseCurrency,
  parseDateCell,
  parseStep,
  unknownReference,
} from './cells';
import { cellErrors, lineErrors } from '../i18n/import';
import type { InvoiceColumn } from './headers';
import { complete, rowValidator, type RowShape, type RowValidator } from './row-reader';

export interface ParsedInvoice {
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
  deliveryRef: string | null;
  lastStep: StepId | null;
  lastStepDate: CalendarDate | null;
}

export interface InvoiceRowsContext {
  /** Customers of the store plus those of a customers file imported in the same run. */
  knownCustomerCodes: ReadonlySet<string>;
  /** Steps of the configured ladder an export may say were already sent (see `importableSteps`). */
  steps: ReadonlyArray<Pick<LadderStep, 'id' | 'label'>>;
}

/** Rounding in the exporting software may differ by a cent between TTC and HT + TVA. */
const TOTAL_TOLERANCE = 1;

export function invoiceRowValidator(
  shape: RowShape<InvoiceColumn>,
  context: InvoiceRowsContext,
): RowValidator<ParsedInvoice> {
  const firstLineOfNumber = new Map<string, number>();
  return rowValidator(shape, (row) => {
    const number = row.required('numero_facture', keyText('invoiceNumber'));
    if (number !== undefined) {
      const first = firstLineOfNumber.get(number);
      if (first === undefined) firstLineOfNumber.set(number, row.line);
      else row.report('numero_facture', lineErrors.duplicateInvoice(first));
    }
    const customerCode = row.required('code_client', (raw) => {
      const code = keyText('customerCode')(raw);
      if (!code.ok) return code;
      return context.knownCustomerCodes.has(raw)
        ? ok(raw)
        : unknownReference(cellErrors.unknownCustomer(raw));
    });

    const issueDate = row.required('date_facture', parseDateCell);
    const dueDate = row.required('date_echeance', parseDateCell);
    if (issueDate !== undefined && dueDate !== undefined && dueDate < issueDate) {
      row.report('date_echeance', lineErrors.dueBeforeIssue);
    }

    const amountExclTax = row.required('montant_ht', parseAmountCell);
    const vatAmount = row.required('montant_tva', parseAmountCell);
    const amountInclTax = row.required('montant_ttc', parseAmountCell);
    if (amountExclTax !== undefined && vatAmount !== undefined && amountInclTax !== undefined) {
      const gap = Math.abs(amountInclTax - (amountExclTax + vatAmount));
      if (gap > TOTAL_TOLERANCE) row.report('montant_ttc', lineErrors.totalMismatch(formatEuros(cents(gap))));
    }
    const amountPaid = row.optional('montant_regle', parseAmountCell, ZERO);
    if (amountPaid !== undefined && amountInclTax !== undefined && amountPaid > amountInclTax) {
      row.report('montant_regle', lineErrors.paidOverTotal);
    }

    // The step and its date go together: the engine computes the next step from both.
    const lastStep = row.optional('derniere_relance', (raw) => parseStep(raw, context.steps), null);
    const lastStepDate = row.optional('date_derniere_relance', parseDateCell, null);
    if (lastStep && lastStepDate === null) {
      row.report('date_derniere_relance', lineErrors.lastStepDateMissing);
    }
    if (lastStep === null && lastStepDate) {
      row.report('derniere_relance', lineErrors.lastStepMissing);
    }
    if (lastStepDate && issueDate !== undefined && lastStepDate < issueDate) {
      row.report('date_derniere_relance', lineErrors.lastStepBeforeIssue);
    }

    return complete({
      number,
      customerCode,
      issueDate,
      dueDate,
      amountExclTax,
      vatAmount,
      amountInclTax,
      amountPaid,
      currency: row.optional('devise', parseCurrency, 'EUR' as const),
      orderRef: row.optional('reference_commande', displayText('orderRef'), null),
      deliveryRef: row.optional('bon_livraison', displayText('deliveryRef'), null),
      lastStep,
      lastStepDate,
    });
  });
}
