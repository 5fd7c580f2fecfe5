/**
 * Where bank statements (CAMT.053, CFONB 120) enter the import of any file (`import-any.ts`): the
 * drop folder and a file sent in the chat recognise a statement, then hand it to the statement
 * import (`../bank/import-statement.ts`), whose French report becomes the common import report.
 */
import { importStatement } from '../bank/import-statement';
import type { Stores } from '../ports';
import type { StatementImporter } from './import-any';

/** The report's lines without their list marks. */
function reportLines(report: string): string[] {
  return report
    .split('\n')
    .map((line) => line.replace(/^-\s+/, '').trim())
    .filter((line) => line.length > 0);
}

export function statementImporterFor(stores: Stores): StatementImporter {
  return async (request) => {
    const result = await importStatement(stores, {
      fileName: request.fileName,
      actor: request.actor,
      today: request.today,
      file: { open: request.open },
    });
    const lines = reportLines(result.report);
    // A refused statement's report starts with why; an imported one with its title, then the counts.
    const [first = '', ...rest] = result.status === 'refused' ? lines : lines.slice(1);
    return {
      kind: 'statement',
      fileName: request.fileName,
      status: result.status,
      title: '',
      summary: first,
      details: rest,
      rejectedCsv: null,
    };
  };
}
