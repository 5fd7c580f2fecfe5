/**
 * Where bank statements (CAMT.053, CFONB 120) enter the import of any file (`import-any.ts`): the
 * drop folder and a file sent in the chat recognise a statement, then hand it to the statement
 * import (`../bank/import-statement.ts`), whose counts become the common import report: one
 * sentence of what was paid (or is to be matched on the day card), then only the counts that are
 * not zero and the notices.
 */
import { formatEuros } from '../../domain/money';
import { statementReport } from '../../i18n/bank';
import { statementCard } from '../../i18n/statement-card';
import { importStatement, type StatementImportResult } from '../bank/import-statement';
import type { Stores } from '../ports';
import type { StatementImporter } from './import-any';

/** The report's lines without their list marks. */
function reportLines(report: string): string[] {
  return report
    .split('\n')
    .map((line) => line.replace(/^-\s+/, '').trim())
    .filter((line) => line.length > 0);
}

/** What an imported statement did: the summary sentence, then the details worth reading. */
export function statementCardText(result: StatementImportResult): { summary: string; details: string[] } {
  const c = result.counts;
  const paid: string[] = [];
  if (c.matched > 0) paid.push(statementReport.matched(c.matched, formatEuros(c.matchedAmount)));
  if (c.proposed > 0) paid.push(statementReport.proposed(c.proposed, formatEuros(c.proposedAmount)));
  const details: string[] = [];
  if (c.already > 0) details.push(statementReport.already(c.already));
  if (c.debits > 0) details.push(statementReport.debits(c.debits, formatEuros(c.debitAmount)));
  if (c.others > 0) details.push(statementReport.others(c.others, formatEuros(c.otherAmount)));
  return {
    summary: paid.length > 0 ? statementCard.summary(paid) : statementCard.nothing,
    details: [...details, ...result.notices],
  };
}

export function statementImporterFor(stores: Stores): StatementImporter {
  return async (request) => {
    const result = await importStatement(stores, {
      fileName: request.fileName,
      actor: request.actor,
      today: request.today,
      file: { open: request.open },
    });
    // A refused statement's report starts with why, then the errors (each naming its line).
    const [first = '', ...rest] = reportLines(result.report);
    const text = result.status === 'refused' ? { summary: first, details: rest } : statementCardText(result);
    return {
      kind: 'statement',
      fileName: request.fileName,
      status: result.status,
      title: '',
      ...text,
      rejectedCsv: null,
    };
  };
}
