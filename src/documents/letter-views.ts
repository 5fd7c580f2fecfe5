/**
 * What each template receives: plain strings already formatted the French way (amounts
 * `1 234,56 €`, dates `23 novembre 2026`) and booleans for the variants (business or consumer,
 * penalties complete or not). Pure; the wording itself lives in templates/letters/*.hbs.
 */
import { formatDateLongFr, formatDateShortFr } from '../domain/calendar-date';
import { isSmallClaim, PRESCRIPTION_YEARS, SMALL_CLAIM_THRESHOLD } from '../domain/claim-facts';
import type { PreviousReminder } from '../application/ports';
import type { CompanyIdentity, LawFirm, Person } from '../domain/identity';
import type { LadderConfig, LadderStep } from '../domain/ladder';
import type { Customer, PostalAddress, RiskSegment } from '../domain/ledger';
import { formatEuros, type Cents } from '../domain/money';
import { prescriptionRule } from '../i18n/dossier';
import { dossierHistoryDetail } from '../i18n/journal';
import { firmShortName, theFirm } from '../i18n/law-firm';
import {
  CHANNEL_LABELS,
  CHANNEL_NAMES,
  documentLabel,
  offsetLabel,
  segmentLabel,
  stepActor,
  stepName,
} from '../i18n/ladder';
import { TO_COMPLETE } from '../i18n/letter-layout';
import { CUSTOMER_TYPE_LABELS, paymentTerms, previousReminder, semesterLabel } from '../i18n/letters';
import { andList } from '../i18n/lists';
import { formatSiren } from './docx/letterhead';
import type { HistoryRow } from '../i18n/journal-history';
import { CONSUMER_PRESCRIPTION_YEARS, type Claim } from './letter-data';

const euros = (amount: Cents | null) => (amount === null ? TO_COMPLETE : formatEuros(amount));

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
  return {
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
    document: documentLabel(step.template),
    who: stepActor(step.channel, company.controller.name, firm.name),
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
  const amount = claim.totals.claimed ?? claim.totals.claimedKnown;
  return {
    threshold: formatEuros(SMALL_CLAIM_THRESHOLD),
    amount: formatEuros(amount),
    amountIsComplete: claim.totals.claimed !== null,
    small: isSmallClaim(amount),
    prescriptionYears: claim.claimsPenalties ? PRESCRIPTION_YEARS : CONSUMER_PRESCRIPTION_YEARS,
    prescriptionRule: prescriptionRule(claim.claimsPenalties),
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
