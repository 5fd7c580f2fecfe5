/** The FEC (Fichier des écritures comptables): its lines, its encoding, and the ledger it gives. Pure. */
export { decodeFecChunks, type FecEncoding } from './fec-decode';
export {
  FecLedgerBuilder,
  entryKey,
  fecCustomer,
  isCustomerAccount,
  missingContactDetails,
  type FecContext,
  type FecLedger,
} from './fec-ledger';
export {
  FecLineParser,
  looksLikeFecHeader,
  parseFecAmount,
  parseFecDate,
  type FecLine,
  type FecRow,
} from './fec-lines';
