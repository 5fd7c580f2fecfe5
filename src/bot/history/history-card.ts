/**
 * « historique F2026-0042 », « historique client Biocoop »: the journal as a card, newest first —
 * who did what, when, with what result, and links to the documents produced.
 */
import { formatDateShortFr, isCalendarDate, type CalendarDate } from '../../domain/calendar-date';
import { CARRIED_OVER_ACTION, type JournalEntry } from '../../domain/journal';
import { fr } from '../../i18n/fr';
import { carriedOver, historyCardDetail as detail, journalLabel } from '../../i18n/journal';
import { WRITTEN_OFF_ACTION, type WrittenOff } from '../../domain/write-off';
import { writtenOffLine } from '../../i18n/write-off';
import { cardSize, expandCard, MAX_CARD_BYTES, type CardJson } from '../card-templates';
import { shown as valueText } from '../card-text';

export const HISTORY_VERBS = { page: 'history.page', customer: 'history.customer' } as const;

const OUTCOME: Record<JournalEntry['outcome'], string> = { ok: '✅', refused: '⛔', failed: '⚠' };

function timeInParis(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** An entry's details in a line: invoices, step, note, reason, dates, recipients. */
export function historyDetail(entry: JournalEntry): string {
  const d = entry.details ?? {};
  const parts: string[] = [];
  const pick = (key: string) => (typeof d[key] === 'string' && d[key] ? valueText(String(d[key])) : null);
  const invoices = valueText(entry.target.invoiceNumbers?.join(', '), 300);
  if (invoices) parts.push(invoices);
  const step = pick('step');
  const note = pick('note');
  const reason = pick('reason');
  const promisedDate = pick('promisedDate');
  const until = pick('until');
  const lrar = pick('lrar');
  if (step) parts.push(detail.step(step));
  if (note) parts.push(detail.note(note));
  if (reason) parts.push(detail.reason(reason));
  if (promisedDate) parts.push(detail.promisedFor(formatDateShortFr(promisedDate as CalendarDate)));
  if (until) parts.push(detail.until(formatDateShortFr(until as CalendarDate)));
  if (lrar) parts.push(detail.registeredMail(lrar));
  const day = (key: string) => {
    const value = d[key];
    return isCalendarDate(value) ? formatDateShortFr(value) : null;
  };
  const postedOn = day('postedOn');
  const receivedOn = day('receivedOn');
  if (postedOn) parts.push(detail.postedOn(postedOn));
  if (receivedOn) parts.push(detail.receivedOn(receivedOn));
  // A reminder sent before Relances: when, and which export said so.
  const sentOn = day('sentOn');
  const exportedOn = day('exportedOn');
  if (entry.action === CARRIED_OVER_ACTION && sentOn) parts.push(carriedOver.sentOn(sentOn));
  if (entry.action === CARRIED_OVER_ACTION && exportedOn) parts.push(carriedOver.fromExport(exportedOn));
  // « Passée en perte le … : 1 234,56 € — client liquidé », for each invoice when several.
  if (entry.action === WRITTEN_OFF_ACTION && entry.outcome === 'ok' && Array.isArray(d.writeOffs)) {
    const lines = d.writeOffs as WrittenOff[];
    for (const w of lines)
      parts.push(lines.length > 1 ? `${valueText(w.invoice)} : ${writtenOffLine(w)}` : writtenOffLine(w));
  }
  if (Array.isArray(d.to)) parts.push(detail.recipients(valueText((d.to as string[]).join(', '), 300)));
  if (entry.reason) parts.push(valueText(entry.reason, 400));
  return parts.join(' — ');
}

export interface HistoryView {
  title: string;
  entries: readonly JournalEntry[];
  page: number;
  /** What the « page suivante » button carries besides the page. */
  pageData: Record<string, unknown>;
  documentUrl: (id: string) => string;
}

export function buildHistoryCard(view: HistoryView, pageSize = 15): CardJson {
  const newestFirst = [...view.entries].sort((a, b) => b.id.localeCompare(a.id));
  for (let size = pageSize; size >= 3; size -= 3) {
    const pages = Math.max(1, Math.ceil(newestFirst.length / size));
    const page = Math.min(Math.max(0, view.page), pages - 1);
    const shown = newestFirst.slice(page * size, (page + 1) * size);
    const choices = [];
    if (page > 0)
      choices.push({
        title: fr.digest.buttons.previous,
        verb: HISTORY_VERBS.page,
        data: { ...view.pageData, page: page - 1 },
      });
    if (page < pages - 1) {
      choices.push({
        title: fr.digest.buttons.next(page + 2, pages),
        verb: HISTORY_VERBS.page,
        data: { ...view.pageData, page: page + 1 },
      });
    }
    const card = expandCard('history', {
      title: view.title,
      subtitle: newestFirst.length === 0 ? fr.history.empty : fr.history.count(newestFirst.length),
      entries: shown.map((entry) => ({
        heading: `${OUTCOME[entry.outcome]} ${formatDateShortFr(entry.date)} ${timeInParis(entry.at)} — ${journalLabel(entry.action)} — ${valueText(entry.actor.name)}`,
        detail: historyDetail(entry),
        links: [entry.details?.documentId, entry.details?.coverDocumentId]
          .filter((id): id is string => typeof id === 'string')
          .map((id) => ({ title: fr.digest.buttons.open, url: view.documentUrl(id) })),
      })),
      choices,
    });
    if (cardSize(card) <= MAX_CARD_BYTES - 1024) return card;
  }
  throw new Error('history card too large');
}
