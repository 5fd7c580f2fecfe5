/**
 * A partial write-off (« passer en perte » of part of an invoice, the rest still owed) counts in the
 * losses on its date wherever they are read — the day's snapshot (« pertes » of the trends and the
 * weekly figures) and « pertes cette année » on the whole portfolio — even once the rest has been
 * paid and the invoice is closed as paid.
 */
import { computeSnapshots } from '../../src/application/snapshots/save-day-snapshot';
import { importLedgerFile } from '../../src/application/ledger/import-ledger-file';
import { SYSTEM_ACTORS } from '../../src/application/system-actors';
import { addDays, calendarDate } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { applyPayment, balanceOf, type Invoice } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { applyWriteOff, checkWriteOff } from '../../src/domain/write-off';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { EVERYONE } from '../../src/questions/scope';
import { QueryService } from '../../src/questions/service';
import type { WrittenOffAnswer } from '../../src/questions/intents/written-off/answer';
import { openStores, type TableStores } from '../../src/store';
import { fixedClock } from '../../src/store/system-clock';
import { testConnectionString, uniqueTablePrefix } from '../support/storage';

const FRIDAY = calendarDate(2026, 11, 20);
const MONDAY = calendarDate(2026, 11, 23);
let stores: TableStores;

const FILES = {
  customers: [
    'code_client;raison_sociale;siren;email;telephone;adresse;code_postal;ville;commercial_email;segment_risque;type_client;delai_paiement_jours',
    'C001;Biocoop Lyon;732829320;compta@biocoop.example;0478000000;1 rue A;69001;Lyon;claire.martin@greenova.example;low;B2B;30',
  ].join('\r\n'),
  // F1: 1 200 € due 2 November; F2: 600 € due 2 November, written off in full on Friday.
  invoices: [
    'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc;montant_regle;devise;reference_commande;derniere_relance;date_derniere_relance',
    'F1;C001;03/10/2026;02/11/2026;1000,00;200,00;1200,00;0,00;EUR;;;',
    'F2;C001;03/10/2026;02/11/2026;500,00;100,00;600,00;0,00;EUR;;;',
  ].join('\r\n'),
};

async function writeOff(number: string, amount: number | null) {
  await stores.invoices.modify('C001', number, (invoice: Invoice) => {
    const check = checkWriteOff(
      invoice,
      {
        amount: amount === null ? null : cents(amount),
        date: FRIDAY,
        reason: 'other',
        note: 'Geste commercial',
      },
      FRIDAY,
      GREENOVA_LADDER.balanceTolerance,
    );
    if (!check.ok) throw new Error(check.code);
    return applyWriteOff(invoice, { ...check.writeOff, by: 'Camille Roux' });
  });
}

beforeAll(async () => {
  stores = await openStores(testConnectionString(), uniqueTablePrefix(), fixedClock(MONDAY));
  for (const kind of ['customers', 'invoices'] as const) {
    const result = await importLedgerFile(stores, {
      kind,
      bytes: Buffer.from(FILES[kind], 'utf8'),
      fileName: `${kind}.csv`,
      actor: SYSTEM_ACTORS.demo,
      ladder: GREENOVA_LADDER,
      today: MONDAY,
    });
    if (result.status !== 'imported') throw new Error(result.report);
  }
  // Friday: 200 € of F1 written off (the rest, 1 000 €, still owed), and F2 in full.
  await writeOff('F1', 20000);
  await writeOff('F2', null);
  // Monday: the customer pays F1's rest; F1 is closed as paid.
  await stores.invoices.modify('C001', 'F1', (i: Invoice) =>
    applyPayment(i, { id: 'P-F1', amount: balanceOf(i), date: MONDAY }),
  );
  await stores.payments.record({
    id: 'P-F1',
    invoiceNumber: 'F1',
    customerCode: 'C001',
    date: MONDAY,
    amount: cents(100000),
    method: null,
    reference: null,
  });
});
afterAll(async () => {
  await stores.storage.dropTables();
});

it('counts a partial write-off in the day’s snapshot, the invoice since paid in full', async () => {
  expect((await stores.invoices.get('C001', 'F1'))?.status).toBe('paid');
  const [friday, saturday, , monday] = await computeSnapshots(
    stores,
    [FRIDAY, addDays(FRIDAY, 1), addDays(FRIDAY, 2), MONDAY],
    MONDAY,
  );
  // Friday: 200 € of F1 and the whole of F2 (600 €) lost; F1's rest (1 000 €) owed that evening.
  expect(friday).toMatchObject({ writtenOff: 80000, outstanding: 100000, overdue: 100000 });
  expect(saturday).toMatchObject({ writtenOff: 0, outstanding: 100000 });
  expect(monday).toMatchObject({ writtenOff: 0, collected: 100000, outstanding: 0 });
});

it('counts it in « pertes cette année » on the whole portfolio', async () => {
  const customers = await stores.customers.list();
  const parsed = parseQuestion('pertes cette année', { today: MONDAY, customers });
  if (parsed.kind !== 'query') throw new Error(parsed.kind);
  const outcome = await new QueryService(stores).execute(parsed.query, { scope: EVERYONE, today: MONDAY });
  if (outcome.kind !== 'answer') throw new Error(outcome.kind);
  const answer = outcome.answer as WrittenOffAnswer;
  expect([answer.total, answer.count]).toEqual([80000, 2]);
  expect(answer.losses.map((l) => [l.invoice.number, l.amount])).toEqual([
    ['F2', 60000],
    ['F1', 20000],
  ]);
});
