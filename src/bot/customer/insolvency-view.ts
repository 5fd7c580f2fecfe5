/**
 * Collective proceedings on the customer's card: the banner at the top (kind, judgment, court,
 * mandataire, the claim declaration's deadline, a reminder to tell the firm when the file is
 * there) and the « Procédure collective » form, pre-filled when they are already recorded.
 */
import type { CustomerFile } from '../../application/customer/customer-file';
import { formatDateShortFr, type CalendarDate } from '../../domain/calendar-date';
import type { DeclarationStatus } from '../../domain/insolvency';
import { INSOLVENCY_KINDS, type InsolvencyProceedings } from '../../domain/ledger';
import { formatEuros, sumCents } from '../../domain/money';
import { insolvencyKinds, insolvencyTexts as t, representativeTitle } from '../../i18n/fr/insolvency';
import { shown } from '../card-text';

/** The line saying where the claim declaration stands. */
export function declarationLine(status: DeclarationStatus): string {
  switch (status.kind) {
    case 'publication_unknown':
      return t.deadline.unknown;
    case 'open':
      return t.deadline.open(formatDateShortFr(status.deadline), status.daysLeft);
    case 'declared':
      return t.deadline.declared(formatDateShortFr(status.sentOn));
    case 'foreclosed':
      return t.deadline.foreclosed(formatDateShortFr(status.deadline), formatDateShortFr(status.reliefUntil));
  }
}

function frozenOf(file: CustomerFile) {
  return file.open.filter((i) => i.next.kind === 'paused' && i.next.reason === 'insolvency');
}

export function insolvencyBanner(file: CustomerFile, lawFirm: string) {
  const p = file.customer.insolvency;
  if (!p) return null;
  const frozen = frozenOf(file);
  const atFirm = file.open.some((i) => i.invoice.status === 'litigation');
  return {
    title: t.banner.title(insolvencyKinds[p.kind], formatDateShortFr(p.judgmentDate)),
    lines: [
      t.banner.court(shown(p.court)),
      t.banner.representative(representativeTitle(p.kind), shown(p.representative.name)),
      frozen.length > 0
        ? `${t.banner.frozen(frozen.length)} (${formatEuros(sumCents(frozen, (i) => i.balance))})`
        : t.banner.frozen(0),
      ...(file.declaration ? [declarationLine(file.declaration)] : []),
      t.banner.later,
      ...(atFirm ? [t.banner.lawFirm(lawFirm)] : []),
    ],
  };
}

export function insolvencyForm(
  file: CustomerFile,
  today: CalendarDate,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const p: InsolvencyProceedings | null = file.customer.insolvency ?? null;
  return {
    data,
    today,
    kinds: INSOLVENCY_KINDS.map((k) => ({ title: insolvencyKinds[k], value: k })),
    values: {
      kind: p?.kind ?? '',
      judgmentDate: p?.judgmentDate ?? '',
      court: p?.court ?? '',
      publication: p?.bodaccPublication ?? '',
      representativeName: p?.representative.name ?? '',
      street: p?.representative.address.lines.join(', ') ?? '',
      postalCode: p?.representative.address.postalCode ?? '',
      city: p?.representative.address.city ?? '',
      email: p?.representative.email ?? '',
    },
    declaration: !!p && frozenOf(file).length > 0,
    labels: {
      ...t.form,
      button: t.button,
      declarationButton: t.declarationButton,
      prepare: t.digest.prepare,
    },
  };
}
