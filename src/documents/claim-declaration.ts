/**
 * The claim declaration (déclaration de créance) to the mandataire judiciaire or the liquidateur,
 * as a .docx letter sent by LRAR: creditor, debtor and proceedings, the invoices issued before the
 * opening judgment with the interest stopped at the judgment, the total, the pieces, and the
 * certification by the legal representative or a person with delegation (no name invented).
 * This is its view; letters.ts draws it.
 */
import { addDays, formatDateLongFr, formatDateShortFr } from '../domain/calendar-date';
import { declaredClaim } from '../domain/claim-declaration';
import { formatEuros, sumCents } from '../domain/money';
import type { ClaimDeclarationInput } from '../application/ports';
import { documentErrors } from '../i18n/document-errors';
import { declarationWords, insolvencyKinds, representativeTitle } from '../i18n/fr/insolvency';
import { andList } from '../i18n/lists';
import { formatSiren } from './docx/letterhead';
import { companyView, formatRateBp, oneLineAddress } from './letter-views';

export function claimDeclarationView(input: ClaimDeclarationInput) {
  const { customer } = input;
  const p = customer.insolvency;
  const claim = declaredClaim({ ...customer, insolvency: p }, input.invoices, input.rates);
  if (claim.lines.length === 0) throw new Error(documentErrors.noInvoice);
  const title = representativeTitle(p.kind);
  const toFallDue = sumCents(
    claim.lines.filter((l) => !l.due),
    (l) => l.balance,
  );
  const rates = [...new Set(claim.lines.flatMap((l) => l.ratesBp))].sort((a, b) => a - b).map(formatRateBp);
  return {
    company: { ...companyView(input.company), legalForm: input.company.legalForm },
    debtor: {
      name: customer.legalName,
      siren: customer.siren ? formatSiren(customer.siren) : null,
      address: oneLineAddress(customer.address),
    },
    proceedings: {
      kind: insolvencyKinds[p.kind],
      kindLower: declarationWords.kindLower[p.kind],
      kindArticle: declarationWords.kindArticle[p.kind],
      agreement: p.kind === 'receivership' ? '' : 'e',
      liquidation: p.kind === 'liquidation',
      judgmentDate: formatDateLongFr(p.judgmentDate),
      judgmentDateShort: formatDateShortFr(p.judgmentDate),
      eve: formatDateLongFr(addDays(p.judgmentDate, -1)),
      court: p.court,
      publication: p.bodaccPublication ? formatDateLongFr(p.bodaccPublication) : null,
      representativeTitle: title,
      representativeTitleCapitalised: `${title.charAt(0).toUpperCase()}${title.slice(1)}`,
      representative: [
        p.representative.name,
        oneLineAddress(p.representative.address),
        p.representative.email,
      ]
        .filter(Boolean)
        .join(' — '),
      interestArticle: p.kind === 'liquidation' ? 'articles L622-28 et L641-3' : 'article L622-28',
    },
    lines: claim.lines.map((l) => ({
      number: l.number,
      issueDate: formatDateShortFr(l.issueDate),
      dueDate: formatDateShortFr(l.dueDate),
      amountInclTax: formatEuros(l.amountInclTax),
      amountPaid: formatEuros(l.amountPaid),
      balance: formatEuros(l.balance),
      interest: formatEuros(l.interest),
      nature: l.due ? declarationWords.due : declarationWords.toFallDue,
    })),
    totals: {
      amountInclTax: formatEuros(claim.totals.amountInclTax),
      amountPaid: formatEuros(claim.totals.amountPaid),
      balance: formatEuros(claim.totals.balance),
      interest: formatEuros(claim.totals.interest),
      declared: formatEuros(claim.totals.declared),
      hasInterest: claim.totals.interest > 0,
      toFallDue: formatEuros(toFallDue),
    },
    hasToFallDue: toFallDue > 0,
    rates: andList(rates),
    interestIncomplete: claim.interestIncomplete,
    invoiceNumbers: andList(claim.lines.map((l) => l.number)),
  };
}
