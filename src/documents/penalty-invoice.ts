/**
 * « Facture de pénalités de retard et d’indemnités forfaitaires »: the invoice Greenova sends a
 * customer for its invoices paid late (L441-10, D441-5 of the Code de commerce; for a public buyer
 * R2192-31 and D2192-35 of the Code de la commande publique). A letter-shaped document: the
 * customer in the envelope window, the number, one row per invoice (number, due date, paid on,
 * amount, days late, rate, interest, indemnity), the totals, the legal basis, « hors champ de la
 * TVA », the payment terms and the IBAN.
 */
import { formatDateLongFr, formatDateShortFr } from '../domain/calendar-date';
import { formatEuros } from '../domain/money';
import type { PenaltyInvoiceInput } from '../application/ports';
import { penaltyDocumentTitle } from '../i18n/late-fees';
import { yourReferences } from '../i18n/letters';
import { buildLetterDocument, documentToBuffer } from './docx/document';
import { addressLines } from './docx/letter-parts';
import type { Letterhead } from './docx/letterhead';
import { companyView, customerView, formatRateBp } from './letter-views';
import { renderTemplate } from './templates';

export function penaltyInvoiceView(input: PenaltyInvoiceInput) {
  const { bill, customer } = input;
  if (bill.number === null) throw new Error('a penalty invoice is drawn once numbered');
  if (bill.lines.length === 0) throw new Error('a penalty invoice lists at least one invoice');
  return {
    company: companyView(input.company),
    customer: customerView(customer),
    publicBuyer: customer.type === 'PUBLIC',
    number: bill.number,
    issuedOn: formatDateLongFr(bill.issuedOn),
    payBy: formatDateLongFr(input.payBy),
    single: bill.lines.length === 1,
    lines: bill.lines.map((l) => ({
      number: l.number,
      dueDate: formatDateShortFr(l.dueDate),
      paidOn: formatDateShortFr(l.paidOn),
      amount: formatEuros(l.amount),
      daysLate: String(l.daysLate),
      rate: l.ratesBp.map(formatRateBp).join(' puis '),
      interest: formatEuros(l.interest),
      indemnity: formatEuros(l.indemnity),
    })),
    totals: {
      interest: formatEuros(bill.interest),
      indemnity: formatEuros(bill.indemnity),
      total: formatEuros(bill.total),
    },
  };
}

export async function renderPenaltyInvoice(
  input: PenaltyInvoiceInput,
  letterhead: Letterhead,
): Promise<Buffer> {
  const view = penaltyInvoiceView(input);
  return documentToBuffer(
    buildLetterDocument({
      letterhead,
      recipient: addressLines(input.customer.legalName, input.customer.address),
      date: input.bill.issuedOn,
      yourReference: [yourReferences.customer(input.customer.code)],
      ourReference: view.number,
      followedBy: input.company.controller,
      markup: renderTemplate('penalty-invoice', view),
      claim: null,
      signature: input.company.controller,
      title: penaltyDocumentTitle(input.customer.legalName),
    }),
  );
}
