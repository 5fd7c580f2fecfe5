/** The report of a file sent in the chat, as a card: what was imported, or why nothing was. Pure. */
import type { AnyImportReport } from '../../application/ledger/import-any';
import { chatImport } from '../../i18n/import-any';
import { expandCard, type CardJson } from '../card-templates';

export function importReportCard(report: AnyImportReport, rejectsUrl: string | null): CardJson {
  return expandCard('import-report', {
    title: report.title,
    style: report.status === 'imported' ? 'good' : 'attention',
    summary: report.summary,
    details: report.details,
    rejectsTitle: chatImport.rejectsLink,
    rejectsUrl: rejectsUrl ?? '',
  });
}
