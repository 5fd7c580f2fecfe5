/**
 * Where bank statements (CAMT.053, CFONB 120) enter the import of any file (`import-any.ts`): the
 * drop folder and a file sent in the chat recognise a statement, then hand it to the importer this
 * function returns. Until the statement import is merged it returns null, and a statement is
 * answered « pas encore importable ici ».
 *
 * After the merge, this is the one place to plug it: return an adapter calling `importStatement`
 * with these stores and turning its result into an `AnyImportReport`.
 */
import type { Stores } from '../ports';
import type { StatementImporter } from './import-any';

export function statementImporterFor(stores: Stores): StatementImporter | null {
  void stores;
  return null;
}
