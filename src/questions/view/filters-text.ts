/**
 * What a figure was restricted to, said back in French: the filters line of an answer card
 * (« Filtres : client : Biocoop · plus de 5 000,00 € · … ») and, when a question led to no figure,
 * what was understood of it (« J’ai compris : période en octobre 2026. »).
 */
import { formatDateLongFr } from '../../domain/calendar-date';
import { fr } from '../../i18n/fr';
import type { Understood } from '../parser/parse-question';
import type { StructuredQuery } from '../query';
import { eur, periodText } from './formats';

const t = fr.questions;

export function amountText(query: Pick<StructuredQuery, 'amount'>): string | null {
  const a = query.amount;
  if (!a) return null;
  const bounds = [
    a.gt !== undefined ? t.filters.amountGt(eur(a.gt)) : null,
    a.gte !== undefined ? t.filters.amountGte(eur(a.gte)) : null,
    a.lt !== undefined ? t.filters.amountLt(eur(a.lt)) : null,
    a.lte !== undefined ? t.filters.amountLte(eur(a.lte)) : null,
  ].filter((p): p is string => p !== null);
  return bounds.length > 0 ? t.filters.amountBounds(bounds) : null;
}

export function daysText(query: Pick<StructuredQuery, 'daysLate'>): string | null {
  const d = query.daysLate;
  if (!d) return null;
  if (d.min !== undefined && d.max !== undefined) return t.filters.daysBetween(d.min, d.max);
  if (d.min !== undefined) return t.filters.daysMin(d.min);
  if (d.max !== undefined) return t.filters.daysMax(d.max);
  return null;
}

/** « Filtres : client : Biocoop · plus de 5 000,00 € · … » — what the figure was restricted to. */
export function filtersLine(
  query: Omit<StructuredQuery, 'intent'>,
  names: (code: string) => string,
): string | undefined {
  const parts = [
    query.customerCodes ? t.filters.customers(query.customerCodes.map(names).join(', ')) : null,
    amountText(query),
    daysText(query),
    query.step ? t.filters.step(query.step) : null,
    query.risk ? t.filters.risk(t.risk[query.risk]) : null,
    query.asOf ? t.filters.dueBy(formatDateLongFr(query.asOf)) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? t.filters.title(parts.join(' · ')) : undefined;
}

/** Names of the customers met anywhere in a result (`{ code, name }`), for the filters line. */
export function namesFrom(result: object): (code: string) => string {
  const known = new Map<string, string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.code === 'string' && typeof record.name === 'string')
        known.set(record.code, record.name);
      Object.values(record).forEach(visit);
    }
  };
  visit(result);
  return (code) => known.get(code) ?? code;
}

/** What was understood of a question that led to no figure, or null when nothing was. */
export function understoodText(understood: Understood): string | null {
  const parts = [
    understood.period ? t.understoodParts.period(periodText(understood.period)) : null,
    understood.asOf ? t.understoodParts.asOf(formatDateLongFr(understood.asOf)) : null,
    understood.customerNames ? t.understoodParts.customers(understood.customerNames.join(', ')) : null,
    amountText(understood) ? t.understoodParts.amount(amountText(understood)!) : null,
    daysText(understood) ? t.understoodParts.daysLate(daysText(understood)!) : null,
    understood.step ? t.understoodParts.step(understood.step) : null,
    understood.risk ? t.understoodParts.risk(t.risk[understood.risk]) : null,
    understood.dateBasis === 'issue' ? t.understoodParts.issueBasis : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? t.understood(parts.join(' ; ')) : null;
}
