/**
 * What each template receives: plain strings already formatted the French way (amounts
 * `1 234,56 €`, dates `23 novembre 2026`) and booleans for the variants (business or consumer,
 * penalties complete or not). Pure; the wording itself lives in templates/letters/*.hbs.
 */
import { formatDateLongFr, formatDateShortFr } from '../domain/calendar-date';
import { isSmallClaim, PRESCRIPTION_YEARS_BY_TYPE, SMALL_CLAIM_THRESHOLD } from '../domain/claim-facts';
import type { PreviousReminder } from '../application/ports';
import type { CompanyIdentity, LawFirm, Person } from '../domain/identity';
import type { LadderConfig, LadderStep } from '../domain/ladder';
import type { Customer, PostalAddress, RiskSegment } from '../domain/ledger';
import { cents, formatEuros, ZERO, type Cents } from '../domain/money';
import { competentProcedures, isBelowFirmFloor, SMALL_CLAIMS_CEILING } from '../domain/competent-procedure';
import {
  belowFirmFloorLetter,
  competentProcedureLead,
  competentProcedureLines,
  customerTypeRules,
} from '../i18n/competent-procedure';
import { prescriptionRule } from '../i18n/dossier';
import { dossierHistoryDetail } from '../i18n/journal';
import { firmShortName, lawyerSalutation, theFirm } from '../i18n/law-firm';
import {
  CHANNEL_LABELS,
  CHANNEL_NAMES,
  documentLabel,
  offsetLabel,
  segmentLabel,
  stepActor,
  stepName,
} from '../i18n/ladder';
import {
  addressee,
  ANNEXED_DOCUMENTS,
  CUSTOMER_TYPE_LABELS,
  paymentTerms,
  previousReminder,
  semesterLabel,
} from '../i18n/letters';
import { andList } from '../i18n/lists';
import { formatSiren } from './docx/letterhead';
import type { HistoryRow } from '../i18n/journal-history';
import type { Claim } from './letter-data';
import { penaltyView } from './penalty-views';

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('fr-FR') + text.slice(1);

const euros = (amount: Cents) => formatEuros(amount);

/** `1 200` bp → `12,00 %`. */
export function formatRateBp(bp: number): string {
  return `${formatEuros(bp as Cents, { symbol: false })}\u00a0%`;
}

export const oneLineAddress = (a: PostalAddress): string =>
  [...a.lines, `${a.postalCode} ${a.city}`, ...(/^france$/i.test(a.country.trim()) ? [] : [a.country])].join(
    ', ',
  );

export function personView(person: Person) {
  return {
    name: person.name,
    title: person.title,
    email: person.email,
    phone: person.phone,
  };
}

export function companyView(company: CompanyIdentity) {
  return {
    name: company.legalName,
    city: company.city,
    address: oneLineAddress(company.address),
    siren: formatSiren(company.siren),
    iban: company.iban,
    bic: company.bic,
    email: company.email,
    phone: company.phone,
    controller: personView(company.controller),
    backup: company.backupController ? personView(company.backupController) : null,
    representative: company.legalRepresentative
      ? { name: company.legalRepresentative.name, title: company.legalRepresentative.title }
      : null,
  };
}

export function lawFirmView(firm: LawFirm) {
  return {
    name: firm.name,
    shortName: firmShortName(firm.name),
    designation: theFirm(firm.name),
    email: firm.email,
    contact: personView(firm.contact),
    mandateStart: formatDateLongFr(firm.mandateStart),
    /** « 500,00 € »; null when no floor is configured. */
    minClaim: firm.minClaim ? formatEuros(firm.minClaim) : null,
    /** « Maître, » (never a name after the title), or « Madame, Monsieur, » for a contact not named Maître. */
    salutation: lawyerSalutation(firm.contact.name, 'letter'),
    /** « Nous vous prions d’agréer, Maître, … ». */
    closing: lawyerSalutation(firm.contact.name, 'letter').replace(/,$/, ''),
  };
}

export function claimView(claim: Claim) {
  const numbers = claim.lines.map((l) => l.number);
  const { totals } = claim;
  return {
    single: claim.lines.length === 1,
    count: claim.lines.length,
    invoiceNumbers: andList(numbers),
    b2b: claim.claimsPenalties,
    contractualRate: claim.contractualRateBp === null ? null : formatRateBp(claim.contractualRateBp),
    asOf: formatDateLongFr(claim.asOf),
    penaltiesComplete: claim.penaltiesComplete,
    missingSemesters: andList(claim.missingSemesters.map(semesterLabel)),
    // The interest's words: rate as a figure, rule in words when unpublished (src/i18n/penalties.ts).
    ...penaltyView(claim),
    floorUnverifiable: claim.lines.some((l) => l.floorUnverifiable),
    maxDaysLate: claim.maxDaysLate,
    anyPaid: totals.amountPaid > 0,
    totals: {
      amountExclTax: formatEuros(totals.amountExclTax),
      vatAmount: formatEuros(totals.vatAmount),
      amountInclTax: formatEuros(totals.amountInclTax),
      amountPaid: formatEuros(totals.amountPaid),
      balance: formatEuros(totals.balance),
      indemnity: formatEuros(totals.indemnity),
      interest: euros(totals.interest),
      claimed: euros(totals.claimed),
      claimedKnown: formatEuros(totals.claimedKnown),
    },
    lines: claim.lines.map((l) => ({
      number: l.number,
      orderRef: l.orderRef,
      issueDate: formatDateLongFr(l.issueDate),
      dueDate: formatDateLongFr(l.dueDate),
      issueDateShort: formatDateShortFr(l.issueDate),
      dueDateShort: formatDateShortFr(l.dueDate),
      amountExclTax: formatEuros(l.amountExclTax),
      vatAmount: formatEuros(l.vatAmount),
      amountInclTax: formatEuros(l.amountInclTax),
      amountPaid: formatEuros(l.amountPaid),
      balance: formatEuros(l.balance),
      daysLate: l.daysLate,
      interest: euros(l.interest),
      indemnity: formatEuros(l.indemnity),
      prescription: formatDateLongFr(l.prescription),
      prescriptionShort: formatDateShortFr(l.prescription),
    })),
  };
}

export function customerView(customer: Customer) {
  const { salutation, closing } = addressee(customer);
  return {
    /** « Madame, », « Monsieur, », or « Madame, Monsieur, » when no one is named. */
    salutation,
    /** « Nous vous prions d’agréer, Madame, … ». */
    closing,
    name: customer.legalName,
    code: customer.code,
    siren: customer.siren ? formatSiren(customer.siren) : null,
    legalForm: customer.legalForm ?? null,
    rcs: customer.rcs ?? null,
    b2b: customer.type === 'B2B',
    typeLabel: CUSTOMER_TYPE_LABELS[customer.type],
    address: oneLineAddress(customer.address),
    emails: customer.billingEmails.join(', '),
    phone: customer.phone,
    salesRep: customer.salesRepEmail,
    paymentTerms: paymentTerms(customer.paymentTermsDays),
  };
}

export function previousRemindersView(reminders: readonly PreviousReminder[]) {
  const sorted = [...reminders].sort((a, b) => a.date.localeCompare(b.date));
  return {
    any: sorted.length > 0,
    text: andList(sorted.map((r) => previousReminder(r.channel, formatDateLongFr(r.date)))),
  };
}

// ---------------------------------------------------------------------------------------------
// Ladder, for the procedure and the mandate letter

function stepView(step: LadderStep, index: number, company: CompanyIdentity, firm: LawFirm) {
  return {
    id: step.id,
    label: step.label,
    name: stepName(step, index),
    when: offsetLabel(step.offsetDays),
    channel: CHANNEL_NAMES[step.channel],
    channelLower: CHANNEL_LABELS[step.channel],
    /** The label already says when (Greenova's « J+10 »): the day is not repeated beside it. */
    labelIsWhen: step.label === offsetLabel(step.offsetDays),
    document: documentLabel(step.template),
    /** « lettre de relance », within a sentence. */
    documentLower: lowerFirst(documentLabel(step.template)),
    who: stepActor(step.channel, company.controller.name, firm.name),
    letters: ANNEXED_DOCUMENTS[step.channel],
  };
}

export function ladderView(ladder: LadderConfig, company: CompanyIdentity, firm: LawFirm) {
  const view = (step: LadderStep) => stepView(step, ladder.steps.indexOf(step), company, firm);
  const steps = ladder.steps.map(view);
  const internal = ladder.steps.filter((s) => s.channel !== 'transfer');
  const transfer = ladder.steps.find((s) => s.channel === 'transfer') ?? null;
  const formalNotice =
    [...ladder.steps]
      .reverse()
      .find((s) => s.template === 'formal-notice' || s.channel === 'registered_letter') ?? null;
  const lastInternal = internal[internal.length - 1] ?? null;
  // The phone call comes between the last simple letter before the mise en demeure and the latter.
  const noticeIndex = formalNotice ? ladder.steps.indexOf(formalNotice) : ladder.steps.length;
  const letterBeforeNotice =
    [...ladder.steps.slice(0, noticeIndex)].reverse().find((s) => s.channel === 'letter') ??
    [...ladder.steps.slice(0, noticeIndex)].reverse().find((s) => s.channel === 'email') ??
    null;
  const preDue = ladder.preDue;
  const preDueSegments = preDue
    ? (Object.entries(preDue.daysBeforeBySegment) as Array<[RiskSegment, number | null]>)
        .filter(([, days]) => days !== null)
        .map(([segment, days]) => ({
          segment: segmentLabel(segment),
          days: days!,
          when: offsetLabel(-days!),
        }))
    : [];
  return {
    steps,
    internal: internal.map(view),
    internalNames: andList(internal.map((s) => s.label)),
    transfer: transfer ? view(transfer) : null,
    formalNotice: formalNotice ? view(formalNotice) : null,
    letterBeforeNotice: letterBeforeNotice ? view(letterBeforeNotice) : null,
    lastInternal: lastInternal ? view(lastInternal) : null,
    preDue: preDue && preDueSegments.length > 0 ? { label: preDue.label, segments: preDueSegments } : null,
    preDueSkipped: preDue
      ? andList(
          (Object.entries(preDue.daysBeforeBySegment) as Array<[RiskSegment, number | null]>)
            .filter(([, days]) => days === null)
            .map(([segment]) => segmentLabel(segment)),
        )
      : '',
    minimumGapDays: ladder.minimumGapDays,
    promiseGraceBusinessDays: ladder.promiseGraceBusinessDays,
    installmentGraceBusinessDays: ladder.installmentGraceBusinessDays,
    balanceTolerance: formatEuros(ladder.balanceTolerance),
  };
}

// ---------------------------------------------------------------------------------------------
// Litigation dossier

export function procedureFactsView(claim: Claim) {
  const amount = claim.totals.claimed;
  return {
    threshold: formatEuros(SMALL_CLAIM_THRESHOLD),
    amount: formatEuros(amount),
    amountIsComplete: claim.penaltiesComplete,
    small: isSmallClaim(amount),
    prescriptionYears: PRESCRIPTION_YEARS_BY_TYPE[claim.customerType],
    prescriptionRule: prescriptionRule(claim.customerType !== 'B2C'),
  };
}

export function historyView(rows: readonly HistoryRow[]) {
  return rows.map((row) => ({
    ...row,
    documents: row.documents.join(', '),
    details: [
      row.step ? dossierHistoryDetail.step(row.step) : null,
      row.channel,
      row.documents.length > 0 ? dossierHistoryDetail.documents(row.documents.join(', ')) : null,
      row.registeredMailNumber ? dossierHistoryDetail.registeredMail(row.registeredMailNumber) : null,
    ]
      .filter((x): x is string => x !== null)
      .join(' · '),
  }));
}

// ---------------------------------------------------------------------------------------------
// Competent procedures: the procedure document's guide, one debtor's options in the cover letter

/** The procedures per customer type, for the procedure document. */
export function procedureGuideView() {
  const atCeiling = competentProcedures({ type: 'B2B', principal: SMALL_CLAIMS_CEILING, interest: ZERO });
  const over = competentProcedures({
    type: 'B2B',
    principal: cents(SMALL_CLAIMS_CEILING + 1),
    interest: ZERO,
  });
  const publicBuyer = competentProcedures({ type: 'PUBLIC', principal: ZERO, interest: ZERO });
  return {
    ceiling: formatEuros(SMALL_CLAIMS_CEILING),
    small: competentProcedureLines(atCeiling),
    large: competentProcedureLines(over),
    publicBuyer: competentProcedureLines(publicBuyer),
    rules: {
      b2b: customerTypeRules('B2B'),
      b2c: customerTypeRules('B2C'),
      publicBuyer: customerTypeRules('PUBLIC'),
    },
  };
}

/** One debtor's procedures, from its type and its claim (principal and interest, not the 40 €). */
export function debtorProceduresView(customer: Pick<Customer, 'type'>, claim: Claim, firm: LawFirm) {
  const procedures = competentProcedures({
    type: customer.type,
    principal: claim.totals.balance,
    interest: claim.claimsPenalties ? claim.totals.interest : ZERO,
  });
  const belowFloor = isBelowFirmFloor(claim.totals.balance, firm.minClaim);
  return {
    lead: competentProcedureLead(procedures),
    options: competentProcedureLines(procedures),
    rules: customerTypeRules(customer.type),
    belowFloor:
      belowFloor && firm.minClaim ? belowFirmFloorLetter(claim.totals.balance, firm.minClaim) : null,
  };
}
