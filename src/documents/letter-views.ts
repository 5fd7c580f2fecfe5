/**
 * What each template receives: plain strings already formatted the French way (amounts
 * `1 234,56 €`, dates `23 novembre 2026`) and booleans for the variants (business or consumer,
 * penalties complete or not). Pure; the wording itself lives in templates/letters/*.hbs.
 */
import { formatDateLongFr, formatDateShortFr } from '../domain/calendar-date';
import { isSmallClaim, PRESCRIPTION_YEARS, SMALL_CLAIM_THRESHOLD } from '../domain/claim-facts';
import type { PreviousReminder } from '../application/ports';
import type { CompanyIdentity, LawFirm, Person } from '../domain/identity';
import type { Channel, LadderConfig, LadderStep } from '../domain/ladder';
import type { Customer, PostalAddress, RiskSegment } from '../domain/ledger';
import { formatEuros, type Cents } from '../domain/money';
import { formatSiren, TO_COMPLETE } from './docx-letter';
import { CHANNEL_LABELS, stepDone, type HistoryRow } from './journal-labels';
import { CONSUMER_PRESCRIPTION_YEARS, semesterLabelFr, type Claim } from './letter-data';

/** « A », « A et B », « A, B et C ». */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

const euros = (amount: Cents | null) => (amount === null ? TO_COMPLETE : formatEuros(amount));

/** `1 200` bp → `12,00 %`. */
export function formatRateBp(bp: number): string {
  return `${formatEuros(bp as Cents, { symbol: false })}\u00a0%`;
}

export const oneLineAddress = (a: PostalAddress): string =>
  [...a.lines, `${a.postalCode} ${a.city}`, ...(/^france$/i.test(a.country.trim()) ? [] : [a.country])].join(
    ', ',
  );

/** « Aptos Avocats » from « Cabinet Aptos Avocats »: templates write « le cabinet … », « au cabinet … ». */
export function lawFirmShortName(name: string): string {
  return name.replace(/^\s*cabinet\s+/i, '').trim();
}

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
    shortName: lawFirmShortName(firm.name),
    designation: `le cabinet ${lawFirmShortName(firm.name)}`,
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
    invoiceNumbers: frenchList(numbers),
    b2b: claim.claimsPenalties,
    contractualRate: claim.contractualRateBp === null ? null : formatRateBp(claim.contractualRateBp),
    asOf: formatDateLongFr(claim.asOf),
    penaltiesComplete: claim.penaltiesComplete,
    missingSemesters: frenchList(claim.missingSemesters.map(semesterLabelFr)),
    floorUnverifiable: claim.lines.some((l) => l.floorUnverifiable),
    maxDaysLate: claim.maxDaysLate,
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
    b2b: customer.type === 'B2B',
    typeLabel: customer.type === 'B2B' ? 'professionnel (B2B)' : 'particulier (B2C)',
    address: oneLineAddress(customer.address),
    emails: customer.billingEmails.join(', '),
    phone: customer.phone,
    salesRep: customer.salesRepEmail,
    paymentTerms:
      customer.paymentTermsDays > 0 ? `à ${customer.paymentTermsDays} jours` : 'à réception de facture',
  };
}

const REMINDER_NOUNS: Record<Channel, string> = {
  email: 'notre courriel',
  letter: 'notre courrier',
  registered_letter: 'notre lettre recommandée',
  transfer: 'notre courrier',
};

export function previousRemindersView(reminders: readonly PreviousReminder[]) {
  const sorted = [...reminders].sort((a, b) => a.date.localeCompare(b.date));
  return {
    any: sorted.length > 0,
    text: frenchList(sorted.map((r) => `${REMINDER_NOUNS[r.channel]} du ${formatDateLongFr(r.date)}`)),
  };
}

// ---------------------------------------------------------------------------------------------
// Ladder, for the procedure and the mandate letter

/** `J+10`, `J` on the due date, `J-5` before it: how the calendar is read. */
export function offsetLabel(offsetDays: number): string {
  return offsetDays === 0 ? 'J (échéance)' : offsetDays > 0 ? `J+${offsetDays}` : `J${offsetDays}`;
}

/** Documents by template name; another company's template names are shown as they are. */
const DOCUMENT_LABELS: Record<string, string> = {
  'pre-due-email': 'E-mail de prévenance',
  'reminder-email': 'E-mail de rappel courtois',
  'reminder-letter': 'Lettre de relance',
  'formal-notice': 'Lettre de mise en demeure',
  'litigation-transfer': 'Lettre de transmission et dossier de recouvrement',
};

const CHANNEL_NAMES: Record<Channel, string> = {
  email: 'E-mail',
  letter: 'Courrier simple',
  registered_letter: 'Lettre recommandée avec AR',
  transfer: 'Transmission au cabinet',
};

const SEGMENT_LABELS: Record<RiskSegment, string> = {
  low: 'risque faible',
  moderate: 'risque modéré',
  high: 'risque élevé',
};

function stepView(step: LadderStep, index: number, company: CompanyIdentity, firm: LawFirm) {
  return {
    id: step.id,
    label: step.label,
    // A step named after its day (Greenova's « J+10 ») is numbered, since « Quand » already says
    // the day; otherwise its id and label are shown (« R1 — Rappel à l’échéance »).
    name: step.label === step.id ? `Étape ${index + 1}` : `${step.id} — ${step.label}`,
    when: offsetLabel(step.offsetDays),
    channel: CHANNEL_NAMES[step.channel],
    channelLower: CHANNEL_LABELS[step.channel],
    document: DOCUMENT_LABELS[step.template] ?? step.template,
    who:
      step.channel === 'transfer'
        ? `${company.controller.name} transmet ; ${firm.name} prend le relais`
        : step.channel === 'email'
          ? `${company.controller.name} (envoi depuis Relances)`
          : `${company.controller.name} (courrier généré par Relances, signé et posté)`,
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
        .map(([segment, days]) => ({ segment: SEGMENT_LABELS[segment], days: days!, when: `J-${days!}` }))
    : [];
  return {
    steps,
    internal: internal.map(view),
    internalNames: frenchList(internal.map((s) => s.label)),
    transfer: transfer ? view(transfer) : null,
    formalNotice: formalNotice ? view(formalNotice) : null,
    lastInternal: lastInternal ? view(lastInternal) : null,
    preDue: preDue && preDueSegments.length > 0 ? { label: preDue.label, segments: preDueSegments } : null,
    preDueSkipped: preDue
      ? frenchList(
          (Object.entries(preDue.daysBeforeBySegment) as Array<[RiskSegment, number | null]>)
            .filter(([, days]) => days === null)
            .map(([segment]) => SEGMENT_LABELS[segment]),
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

export interface Piece {
  number: number;
  title: string;
  /** « Jointe (générée par Relances) » or « À demander à … ». */
  held: boolean;
  detail: string;
}

/**
 * The bordereau de pièces: the documents a court asks for (seed 004), numbered; what Relances
 * produced is attached, the rest the firm must ask the controller for.
 */
export function piecesView(
  claim: Claim,
  history: readonly HistoryRow[],
  ladder: LadderConfig,
  company: CompanyIdentity,
): Piece[] {
  const askController = `Auprès de ${company.controller.name}`;
  const orderRefs = [...new Set(claim.lines.map((l) => l.orderRef).filter((r): r is string => r !== null))];
  const pieces: Array<Omit<Piece, 'number'>> = [
    {
      title: `Facture${claim.lines.length > 1 ? 's' : ''} n° ${frenchList(claim.lines.map((l) => l.number))}`,
      held: false,
      detail: `${askController} (exemplaire avec toutes les mentions obligatoires) ; détail des montants en section 2`,
    },
    {
      title: 'Conditions générales de vente applicables',
      held: false,
      detail: askController,
    },
    {
      title: 'Bons de commande ou devis signés',
      held: false,
      detail: `${askController}${orderRefs.length > 0 ? ` (réf. ${frenchList(orderRefs)})` : ''}`,
    },
    {
      title: 'Bons de livraison signés ou preuves de la prestation',
      held: false,
      detail: askController,
    },
  ];
  for (const step of ladder.steps.filter((s) => s.channel !== 'transfer')) {
    const done = stepDone(history, [step.id, step.label]);
    const what = `${DOCUMENT_LABELS[step.template] ?? step.template} (${step.label})`;
    pieces.push({
      title: what,
      held: done !== null,
      detail: done
        ? `Générée par Relances, envoyée le ${done.longDate}${done.registeredMailNumber ? ` (LRAR n° ${done.registeredMailNumber})` : ''}`
        : `Absente du journal de Relances : auprès de ${company.controller.name}`,
    });
    if (step.channel === 'registered_letter') {
      pieces.push({
        title: `Avis de réception de la lettre recommandée (${step.label})`,
        held: false,
        detail: `${askController} (original papier retourné par La Poste)`,
      });
    }
  }
  pieces.push(
    {
      title: 'Historique des relances et des échanges',
      held: true,
      detail: 'Section 3 du présent dossier, extraite du journal de Relances',
    },
    {
      title: 'Échanges écrits avec le client (courriels, courriers reçus)',
      held: false,
      detail: askController,
    },
  );
  return pieces.map((p, i) => ({ ...p, number: i + 1 }));
}

export function procedureFactsView(claim: Claim) {
  const amount = claim.totals.claimed ?? claim.totals.claimedKnown;
  return {
    threshold: formatEuros(SMALL_CLAIM_THRESHOLD),
    amount: formatEuros(amount),
    amountIsComplete: claim.totals.claimed !== null,
    small: isSmallClaim(amount),
    prescriptionYears: claim.claimsPenalties ? PRESCRIPTION_YEARS : CONSUMER_PRESCRIPTION_YEARS,
    prescriptionRule: claim.claimsPenalties
      ? 'article L110-4 du Code de commerce'
      : 'article L218-2 du Code de la consommation',
  };
}

export function historyView(rows: readonly HistoryRow[]) {
  return rows.map((row) => ({
    ...row,
    documents: row.documents.join(', '),
    details: [
      row.step ? `Étape ${row.step}` : null,
      row.channel,
      row.documents.length > 0 ? `Documents : ${row.documents.join(', ')}` : null,
      row.registeredMailNumber ? `LRAR n° ${row.registeredMailNumber}` : null,
    ]
      .filter((x): x is string => x !== null)
      .join(' · '),
  }));
}
