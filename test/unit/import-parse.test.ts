import { GREENOVA_LADDER, importableSteps } from '../../src/domain/ladder';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { formatEuros, cents } from '../../src/domain/money';
import {
  formatProblems,
  normaliseHeader,
  parseImportFile,
  type ParseReport,
  type RowProblem,
} from '../../src/import';
import { calendarDate } from '../../src/domain/calendar-date';
import { decodeBytes } from '../../src/import/decode';
import { paymentId } from '../../src/import/payment-id';
import { readCsv, rejectsFileOf } from '../support/csv-reading';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
/** Bytes as text, a BOM kept as U+FEFF. */
const textOf = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

const CUSTOMER_DEFAULTS = {
  code_client: 'C001',
  raison_sociale: 'Biocoop Lyon Croix-Rousse',
  siren: '812 345 676',
  email: 'compta@biocoop.example',
  telephone: '04 72 00 14 21',
  adresse: "14 rue d'Austerlitz",
  code_postal: '69004',
  ville: 'Lyon',
  commercial_email: 'claire.martin@greenova.example',
  segment_risque: 'faible',
  type_client: 'B2B',
  delai_paiement_jours: '30',
};
/** Cells of a row, by header; the defaults fill the others. */
type Cells = Record<string, string>;

const INVOICE_DEFAULTS = {
  numero_facture: 'F2026-0042',
  code_client: 'C001',
  date_facture: '05/01/2026',
  date_echeance: '04/02/2026',
  montant_ht: '1 000,00',
  montant_tva: '200,00',
  montant_ttc: '1 200,00',
  montant_regle: '',
  devise: 'EUR',
  reference_commande: 'BC-001',
};

const PAYMENT_DEFAULTS = {
  numero_facture: 'F2026-0042',
  date_paiement: '20/02/2026',
  montant: '1 200,00',
  moyen: 'virement',
  reference: 'VIR 0220',
};

/** A `;` file whose header is the union of the defaults' and the rows' columns. */
function csvOf(defaults: Record<string, string>, rows: Record<string, string>[]): string {
  const columns = [...new Set([...Object.keys(defaults), ...rows.flatMap((r) => Object.keys(r))])];
  const quote = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((row) => columns.map((c) => quote(row[c] ?? defaults[c] ?? '')).join(';'));
  return [columns.join(';'), ...lines].join('\n') + '\n';
}

function customers(...rows: Cells[]): ParseReport<'customers'> {
  return parseImportFile('customers', utf8(csvOf(CUSTOMER_DEFAULTS, rows)), {});
}

const KNOWN_CUSTOMERS = new Set(['C001', 'C002', 'C003']);
function invoices(...rows: Cells[]): ParseReport<'invoices'> {
  return parseImportFile('invoices', utf8(csvOf(INVOICE_DEFAULTS, rows)), {
    knownCustomerCodes: KNOWN_CUSTOMERS,
    steps: importableSteps(GREENOVA_LADDER),
  });
}

const KNOWN_INVOICES = new Map([
  ['F2026-0042', { customerCode: 'C001' }],
  ['F2026-0043', { customerCode: 'C002' }],
]);
function payments(...rows: Cells[]): ParseReport<'payments'> {
  return parseImportFile('payments', utf8(csvOf(PAYMENT_DEFAULTS, rows)), { knownInvoices: KNOWN_INVOICES });
}

/** The single problem of a report (fails loudly when there are none or several). */
function onlyProblem(report: { problems: RowProblem[]; fileErrors: string[] }): RowProblem {
  expect(report.fileErrors).toEqual([]);
  expect(report.problems).toHaveLength(1);
  return report.problems[0] as RowProblem;
}

describe('decoding', () => {
  it('strips a UTF-8 BOM', () => {
    const decoded = decodeBytes(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('code_client;ville\n')]),
    );
    expect(decoded).toEqual({ text: 'code_client;ville\n', encoding: 'utf-8-bom' });
  });

  it('keeps valid UTF-8 as UTF-8', () => {
    expect(decodeBytes(utf8('Hôtel du Parc'))).toEqual({ text: 'Hôtel du Parc', encoding: 'utf-8' });
  });

  it('reads Windows-1252 accents (and the characters Latin-1 lacks, like œ and the en dash)', () => {
    const bytes = iconv.encode("Société Générale d'Hygiène – œuvre", 'windows-1252');
    expect(decodeBytes(bytes)).toEqual({
      text: "Société Générale d'Hygiène – œuvre",
      encoding: 'windows-1252',
    });
  });

  it('reads the UTF-16 of Excel « Texte Unicode » exports', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Hôtel\tville', 'utf-16le')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Hôtel\tville', encoding: 'utf-16le' });
  });

  it('imports a Windows-1252 customers file with its accents intact', () => {
    const text = csvOf(CUSTOMER_DEFAULTS, [
      { raison_sociale: "Société Générale d'Hygiène", ville: 'Saint-Étienne' },
    ]);
    const report = parseImportFile('customers', iconv.encode(text, 'windows-1252'), {});
    expect(report.encoding).toBe('windows-1252');
    expect(report.problems).toEqual([]);
    expect(report.rows[0]?.record.legalName).toBe("Société Générale d'Hygiène");
    expect(report.rows[0]?.record.address.city).toBe('Saint-Étienne');
  });

  it('imports a file with a BOM: the first header is still recognised', () => {
    const text = csvOf(INVOICE_DEFAULTS, [{}]);
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);
    const report = parseImportFile('invoices', bytes, {
      knownCustomerCodes: KNOWN_CUSTOMERS,
      steps: importableSteps(GREENOVA_LADDER),
    });
    expect(report.encoding).toBe('utf-8-bom');
    expect(report.fileErrors).toEqual([]);
    expect(report.rows.map((r) => r.record.number)).toEqual(['F2026-0042']);
  });
});

describe('CSV reading', () => {
  it.each([
    ['a;b;c\n1;2;3', ';'],
    ['a,b,c\n1,2,3', ','],
    ['a\tb\tc\n1\t2\t3', '\t'],
    ['"x;y",b,c\n1,2,3', ','],
    ['\n\n"Montant, HT";b;c\n', ';'],
  ])('detects the delimiter of %j', (text, delimiter) => {
    expect(readCsv(text).delimiter).toBe(delimiter);
  });

  it('honours an Excel `sep=` first line, counting it as line 1', () => {
    const table = readCsv('sep=,\na;b,c\n1;2,3\n');
    expect(table.delimiter).toBe(',');
    expect(table.header).toEqual({ line: 2, fields: ['a;b', 'c'] });
    expect(table.records).toEqual([{ line: 3, fields: ['1;2', '3'] }]);
  });

  it('keeps the line where each record starts, across quoted line breaks, blank lines and CRLF', () => {
    const table = readCsv('a;b\r\n1;"x\r\ny"\r\n\r\n2;z\r\n;;\r\n3;w');
    expect(table.records).toEqual([
      { line: 2, fields: ['1', 'x\r\ny'] },
      { line: 5, fields: ['2', 'z'] },
      { line: 7, fields: ['3', 'w'] },
    ]);
  });

  it('reads a quoted field containing the delimiter, and a doubled quote inside it', () => {
    const table = readCsv('a,b\n"Dupont, Fils","dit ""le grand"""\n');
    expect(table.records[0]?.fields).toEqual(['Dupont, Fils', 'dit "le grand"']);
  });

  it('treats a stray quote inside a value as a character', () => {
    expect(readCsv('a;b\n12" écran;x\n').records[0]?.fields).toEqual(['12" écran', 'x']);
  });

  it('reports an unreadable line without losing the lines after it', () => {
    const table = readCsv('a;b\n1;2\n"3"x;4\n5;6\n');
    expect(table.records.map((r) => r.line)).toEqual([2, 4]);
    expect(table.errors).toEqual([expect.objectContaining({ line: 3, raw: '"3"x;4' })]);
  });

  it('reports an unclosed quote with the lines it swallowed', () => {
    const text =
      csvOf(INVOICE_DEFAULTS, [{}]) +
      'F2026-0043;C001;05/01/2026;04/02/2026;1 000,00;200,00;1 200,00;;EUR;"BC 12\n' +
      'F2026-0044;C001;05/01/2026;04/02/2026;1 000,00;200,00;1 200,00;;EUR;BC 13\n';
    const report = parseImportFile('invoices', utf8(text), {
      knownCustomerCodes: KNOWN_CUSTOMERS,
      steps: importableSteps(GREENOVA_LADDER),
    });
    expect(report.rows.map((r) => r.line)).toEqual([2]);
    const problem = onlyProblem(report);
    expect(problem.line).toBe(3);
    expect(problem.reason).toMatch(/^guillemet ouvert mais jamais fermé.*\(lignes 3 à 4\)$/);
  });
});

describe('headers', () => {
  it.each([
    ['Code client', 'code_client'],
    ['  RAISON SOCIALE ', 'raison_sociale'],
    ["Date d'échéance", 'date_d_echeance'],
    ['Montant T.T.C', 'montant_t_t_c'],
    ['montant-ttc', 'montant_ttc'],
    ['N° facture', 'n_facture'],
    ['Délai paiement (jours)', 'delai_paiement_jours'],
  ])('normalises %j to %j', (raw, normal) => {
    expect(normaliseHeader(raw)).toBe(normal);
  });

  it('accepts headers as people write them, and names them as written in problems', () => {
    const text =
      "N° Facture;Code client;Date facture;Date d'échéance;Montant HT;Montant TVA;Montant TTC;Référence commande\n" +
      'F2026-0042;C001;05/01/2026;31/02/2026;100,00;20,00;120,00;BC 1\n';
    const report = parseImportFile('invoices', utf8(text), {
      knownCustomerCodes: KNOWN_CUSTOMERS,
      steps: importableSteps(GREENOVA_LADDER),
    });
    expect(onlyProblem(report)).toEqual({
      line: 2,
      column: "Date d'échéance",
      value: '31/02/2026',
      reason: 'date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
    });
  });

  it('accepts the English aliases', () => {
    const text =
      'invoice_number,customer_id,issue_date,due_date,amount_excl_tax,vat_amount,amount_incl_tax,amount_paid,currency,order_ref\n' +
      'F2026-0042,C002,2026-01-05,2026-02-04,"1,234.56",246.91,"1,481.47",100.5,EUR,"PO 12, phase 2"\n';
    const report = parseImportFile('invoices', utf8(text), {
      knownCustomerCodes: KNOWN_CUSTOMERS,
      steps: importableSteps(GREENOVA_LADDER),
    });
    expect(report.delimiter).toBe(',');
    expect(report.problems).toEqual([]);
    expect(report.rows[0]?.record).toMatchObject({
      customerCode: 'C002',
      amountExclTax: 123456,
      vatAmount: 24691,
      amountInclTax: 148147,
      amountPaid: 10050,
      orderRef: 'PO 12, phase 2',
    });
  });

  it('refuses a file whose required column is missing, naming it in French', () => {
    const text =
      'numero_facture;code_client;date_facture;montant_ht;montant_tva;montant_ttc\nF1;C001;05/01/2026;1;0;1\n';
    const report = parseImportFile('invoices', utf8(text), {
      knownCustomerCodes: KNOWN_CUSTOMERS,
      steps: importableSteps(GREENOVA_LADDER),
    });
    expect(report.fileErrors).toEqual(['colonne obligatoire manquante\u00a0: date_echeance']);
    expect(report.rows).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.totalLines).toBe(1);
  });

  it('lists several missing columns and recognises a file of another kind', () => {
    const report = parseImportFile('customers', utf8(csvOf(INVOICE_DEFAULTS, [{}])), {});
    expect(report.fileErrors).toEqual([
      'colonnes obligatoires manquantes\u00a0: raison_sociale, email, adresse, code_postal, ville',
      'ce fichier ressemble plutôt à un fichier de factures',
    ]);
  });

  it('warns about unknown columns and ignores them', () => {
    const report = invoices({ remarque: 'à voir' });
    expect(report.warnings).toEqual(['colonne inconnue ignorée\u00a0: «\u00a0remarque\u00a0»']);
    expect(report.rows).toHaveLength(1);
  });

  it('refuses a field given by two columns', () => {
    const text = 'code_client;customer_id;raison_sociale;email;adresse;code_postal;ville\n';
    const report = parseImportFile('customers', utf8(text), {});
    expect(report.fileErrors).toEqual([
      'colonne en double\u00a0: «\u00a0customer_id\u00a0» et «\u00a0code_client\u00a0» désignent toutes deux code_client',
    ]);
  });

  it('reports an empty file', () => {
    expect(parseImportFile('payments', utf8('\n\n'), { knownInvoices: KNOWN_INVOICES }).fileErrors).toEqual([
      'fichier vide\u00a0: aucune ligne d’en-tête',
    ]);
  });
});

describe('invoices', () => {
  it('parses a valid row into a typed invoice', () => {
    const report = invoices({
      montant_regle: '200',
      derniere_relance: 'J+3',
      date_derniere_relance: '2026-02-09',
    });
    expect(report.problems).toEqual([]);
    expect(report.rows).toEqual([
      {
        line: 2,
        record: {
          number: 'F2026-0042',
          customerCode: 'C001',
          issueDate: '2026-01-05',
          dueDate: '2026-02-04',
          amountExclTax: 100000,
          vatAmount: 20000,
          amountInclTax: 120000,
          amountPaid: 20000,
          currency: 'EUR',
          orderRef: 'BC-001',
          deliveryRef: null,
          lastStep: 'J+3',
          lastStepDate: '2026-02-09',
        },
      },
    ]);
    expect(report.totalLines).toBe(1);
  });

  it.each([
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1.234,56', 123456],
    ['1234.56', 123456],
    ['1234,5', 123450],
    ['1 234,56 €', 123456],
  ])('reads the amount %j', (amount, expected) => {
    const report = invoices({ montant_ht: amount, montant_tva: '0', montant_ttc: amount });
    expect(report.rows[0]?.record.amountInclTax).toBe(expected);
  });

  it('reads both date formats (and drops the time Excel may add)', () => {
    const report = invoices({ date_facture: '2026-01-05', date_echeance: '04/02/2026 00:00' });
    expect(report.rows[0]?.record).toMatchObject({ issueDate: '2026-01-05', dueDate: '2026-02-04' });
  });

  it('defaults an empty currency to EUR and an empty amount paid to 0', () => {
    expect(invoices({ devise: '', montant_regle: '' }).rows[0]?.record).toMatchObject({
      currency: 'EUR',
      amountPaid: 0,
    });
  });

  it.each([
    [
      { date_echeance: '31/02/2026' },
      'date_echeance',
      '31/02/2026',
      'date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
    ],
    [
      { date_facture: '5 janvier' },
      'date_facture',
      '5 janvier',
      'date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
    ],
    [
      { date_echeance: '04/01/2026' },
      'date_echeance',
      '04/01/2026',
      'échéance antérieure à la date de facture',
    ],
    [{ code_client: 'C999' }, 'code_client', 'C999', 'client inconnu\u00a0: C999'],
    [{ code_client: '' }, 'code_client', '', 'valeur obligatoire manquante'],
    [
      { montant_ttc: '1 200,05' },
      'montant_ttc',
      '1 200,05',
      `montant TTC ≠ HT + TVA (écart ${formatEuros(cents(5))})`,
    ],
    [{ montant_ht: '-1 000,00' }, 'montant_ht', '-1 000,00', 'montant négatif'],
    [
      { montant_tva: 'vingt' },
      'montant_tva',
      'vingt',
      'montant invalide\u00a0: attendu un nombre comme 1 234,56 ou 1234.56',
    ],
    [
      { montant_tva: ',' },
      'montant_tva',
      ',',
      'montant invalide\u00a0: attendu un nombre comme 1 234,56 ou 1234.56',
    ],
    [{ montant_regle: '1 200,01' }, 'montant_regle', '1 200,01', 'montant réglé supérieur au TTC'],
    [{ devise: 'USD' }, 'devise', 'USD', 'devise non gérée\u00a0: USD (seul l’euro est accepté)'],
    [
      { derniere_relance: 'J+5', date_derniere_relance: '10/02/2026' },
      'derniere_relance',
      'J+5',
      'étape de relance inconnue\u00a0: attendu J+3, J+10 ou J+20',
    ],
    [
      { derniere_relance: 'J+3' },
      'date_derniere_relance',
      '',
      'date de dernière relance manquante (obligatoire avec derniere_relance)',
    ],
  ])('refuses %j: column %s, value %j, « %s »', (cells, column, value, reason) => {
    const report = invoices({ numero_facture: 'F2026-0001' }, cells as Cells);
    expect(report.rows.map((r) => r.line)).toEqual([2]);
    expect(onlyProblem(report)).toEqual({ line: 3, column, value, reason });
  });

  it('accepts TTC = HT + TVA within one cent', () => {
    expect(invoices({ montant_ht: '100,00', montant_tva: '5,50', montant_ttc: '105,51' }).problems).toEqual(
      [],
    );
  });

  it.each(['J+3', 'j3', 'J3', 'J+03', 'j + 3'])('normalises the step %j to J+3', (step) => {
    const report = invoices({ derniere_relance: step, date_derniere_relance: '09/02/2026' });
    expect(report.rows[0]?.record.lastStep).toBe('J+3');
  });

  it('reads the steps of the configured ladder, by id or label, and names them when refusing', () => {
    const agency = JSON.parse(
      readFileSync(resolve(__dirname, '..', '..', 'examples', 'calendrier-agence.json'), 'utf8'),
    ) as { steps: Array<{ id: string; label: string }> };
    const read = (step: string) =>
      parseImportFile(
        'invoices',
        utf8(csvOf(INVOICE_DEFAULTS, [{ derniere_relance: step, date_derniere_relance: '09/02/2026' }])),
        {
          knownCustomerCodes: KNOWN_CUSTOMERS,
          steps: agency.steps,
        },
      );
    expect(read('R1').rows[0]?.record.lastStep).toBe('R1');
    expect(read('rappel a l’echeance').rows[0]?.record.lastStep).toBe('R1');
    expect(read('Mise en demeure').rows[0]?.record.lastStep).toBe('MED');
    expect(read('J+3').problems[0]?.reason).toBe('étape de relance inconnue\u00a0: attendu R1, R2 ou MED');
  });

  it('refuses an invoice number already used earlier in the file, naming that line', () => {
    const report = invoices({}, { numero_facture: 'F2026-0043' }, {}, { numero_facture: 'F2026-0043' });
    expect(report.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(report.problems).toEqual([
      expect.objectContaining({
        line: 4,
        column: 'numero_facture',
        reason: 'numéro de facture en double dans le fichier (déjà ligne 2)',
      }),
      expect.objectContaining({
        line: 5,
        column: 'numero_facture',
        reason: 'numéro de facture en double dans le fichier (déjà ligne 3)',
      }),
    ]);
  });

  it('collects every problem of a row, not only the first', () => {
    const report = invoices({
      code_client: 'C999',
      date_facture: '2026-13-01',
      montant_tva: 'x',
      devise: 'GBP',
    });
    expect(report.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'code_client'],
      [2, 'date_facture'],
      [2, 'montant_tva'],
      [2, 'devise'],
    ]);
    expect(report.rows).toEqual([]);
  });

  it('refuses an invoice number hiding a character, and cleans the order reference', () => {
    const report = invoices(
      { numero_facture: 'F2026\u202e-0042', reference_commande: 'BC\r\n  12' },
      { numero_facture: 'F2026-0043', reference_commande: 'BC\r\n  12\u2067' },
    );
    expect(report.rows.map((r) => r.record.orderRef)).toEqual(['BC 12']);
    expect(onlyProblem(report)).toMatchObject({ line: 2, column: 'numero_facture' });
    // The report shows where the hidden character is, without letting it reorder the line.
    expect(formatProblems(report)).toBe(
      'ligne 2, colonne numero_facture («\u00a0F2026\ufffd-0042\u00a0»)\u00a0: le numéro de facture contient ' +
        'un caractère invisible ou de contrôle (6e caractère)\u00a0: retirez-le de l’export',
    );
  });

  it('refuses a row with more values than columns (an unquoted delimiter) as a whole', () => {
    const text =
      csvOf(INVOICE_DEFAULTS, [{}]) +
      'F2026-0043;C001;05/01/2026;04/02/2026;1 000;00;200,00;1 200,00;;EUR;BC\n';
    const report = parseImportFile('invoices', utf8(text), {
      knownCustomerCodes: KNOWN_CUSTOMERS,
      steps: importableSteps(GREENOVA_LADDER),
    });
    const problem = onlyProblem(report);
    expect(problem).toMatchObject({ line: 3, column: '(ligne entière)', value: 'BC' });
    expect(problem.reason).toBe(
      '11 valeurs pour 10 colonnes (un «\u00a0;\u00a0» dans une valeur non entourée de guillemets\u00a0?)',
    );
  });
});

describe('customers', () => {
  it('parses a valid customer', () => {
    const report = customers({
      email: 'factures@sgh.example; relances@sgh.example,compta@sgh.example',
      adresse: "Parc d'activités des Chesnes | 12 rue du Ventoux",
      taux_penalites: '12,5 %',
      pays: 'FR',
    });
    expect(report.problems).toEqual([]);
    expect(report.rows[0]).toEqual({
      line: 2,
      record: {
        code: 'C001',
        legalName: 'Biocoop Lyon Croix-Rousse',
        siren: '812345676',
        billingEmails: ['factures@sgh.example', 'relances@sgh.example', 'compta@sgh.example'],
        phone: '04 72 00 14 21',
        address: {
          lines: ["Parc d'activités des Chesnes", '12 rue du Ventoux'],
          postalCode: '69004',
          city: 'Lyon',
          country: 'France',
        },
        salesRepEmail: 'claire.martin@greenova.example',
        risk: 'low',
        type: 'B2B',
        paymentTermsDays: 30,
        contractualPenaltyRateBp: 1250,
      },
    });
  });

  it('splits a multi-line address and keeps the line numbers of the following rows', () => {
    const report = customers(
      { adresse: 'Service des achats\nPlateau d’Ouillé' },
      { code_client: 'C002', segment_risque: 'inconnu' },
    );
    expect(report.rows[0]?.record.address.lines).toEqual(['Service des achats', 'Plateau d’Ouillé']);
    expect(onlyProblem(report).line).toBe(4);
  });

  it.each([
    ['faible', 'low'],
    ['Modéré', 'moderate'],
    ['modere', 'moderate'],
    ['ÉLEVÉ', 'high'],
    ['eleve', 'high'],
    ['low', 'low'],
    ['moderate', 'moderate'],
    ['high', 'high'],
    ['', 'moderate'],
  ])('reads the risk segment %j as %s', (segment, risk) => {
    expect(customers({ segment_risque: segment }).rows[0]?.record.risk).toBe(risk);
  });

  it.each([
    ['B2B', 'B2B'],
    ['b2c', 'B2C'],
    ['Professionnel', 'B2B'],
    ['particulier', 'B2C'],
    ['Acheteur public', 'PUBLIC'],
    ['public', 'PUBLIC'],
    ['', 'B2B'],
  ])('reads the customer type %j as %s', (type, expected) => {
    expect(customers({ type_client: type }).rows[0]?.record.type).toBe(expected);
  });

  it('accepts a B2C customer without SIREN', () => {
    const report = customers({ type_client: 'particulier', siren: '' });
    expect(report.problems).toEqual([]);
    expect(report.rows[0]?.record.siren).toBeNull();
  });

  it('defaults empty payment terms to 30 days and warns (only) beyond the 60-day cap', () => {
    expect(customers({ delai_paiement_jours: '' }).rows[0]?.record.paymentTermsDays).toBe(30);
    const report = customers({ delai_paiement_jours: '90' });
    expect(report.rows[0]?.record.paymentTermsDays).toBe(90);
    expect(report.warnings).toEqual([
      'ligne 2\u00a0: délai de paiement de 90 jours pour le client C001\u00a0: au-delà du plafond de 60 jours entre ' +
        'professionnels (article L441-10 du Code de commerce)',
    ]);
    expect(customers({ delai_paiement_jours: '90', type_client: 'B2C' }).warnings).toEqual([]);
  });

  it.each([
    [{ siren: '812 345 677' }, 'siren', '812 345 677', 'SIREN invalide (clé de contrôle)'],
    [{ siren: '81234567' }, 'siren', '81234567', 'SIREN invalide\u00a0: 9 chiffres attendus'],
    [
      { siren: '81234567600012' },
      'siren',
      '81234567600012',
      'SIRET saisi au lieu du SIREN\u00a0: indiquez les 9 premiers chiffres',
    ],
    [{ siren: '' }, 'siren', '', 'SIREN obligatoire pour un client professionnel (B2B)'],
    [{ type_client: 'B2C', siren: '123' }, 'siren', '123', 'SIREN invalide\u00a0: 9 chiffres attendus'],
    [
      { segment_risque: 'moyen' },
      'segment_risque',
      'moyen',
      'segment de risque inconnu\u00a0: attendu faible, modéré ou élevé',
    ],
    [
      { type_client: 'association' },
      'type_client',
      'association',
      'type de client inconnu\u00a0: attendu B2B (professionnel), B2C (particulier) ou PUBLIC (acheteur public)',
    ],
    [
      { delai_paiement_jours: '400' },
      'delai_paiement_jours',
      '400',
      'délai de paiement invalide\u00a0: nombre entier de jours entre 0 et 365 attendu',
    ],
    [
      { delai_paiement_jours: '30,5' },
      'delai_paiement_jours',
      '30,5',
      'délai de paiement invalide\u00a0: nombre entier de jours entre 0 et 365 attendu',
    ],
    [
      { email: 'compta@biocoop.example; compta-at-biocoop' },
      'email',
      'compta@biocoop.example; compta-at-biocoop',
      'adresse e-mail invalide\u00a0: compta-at-biocoop',
    ],
    [{ email: '' }, 'email', '', 'valeur obligatoire manquante'],
    [
      { commercial_email: 'claire.martin@greenova.example; karim.benali@greenova.example' },
      'commercial_email',
      'claire.martin@greenova.example; karim.benali@greenova.example',
      'une seule adresse e-mail attendue',
    ],
    [{ adresse: ' | ' }, 'adresse', '|', 'adresse vide'],
    [
      { code_postal: '1000' },
      'code_postal',
      '1000',
      'code postal invalide\u00a0: 5 chiffres attendus (zéro initial perdu\u00a0? 01000)',
    ],
    [
      { taux_penalites: '150' },
      'taux_penalites',
      '150',
      'taux de pénalités invalide\u00a0: pourcentage annuel entre 0 et 100 attendu (ex. 12 ou 12,5)',
    ],
    [{ raison_sociale: '' }, 'raison_sociale', '', 'valeur obligatoire manquante'],
  ])('refuses %j: column %s, value %j, « %s »', (cells, column, value, reason) => {
    const report = customers({ code_client: 'C000' }, { code_client: 'C001', ...cells });
    expect(report.rows.map((r) => r.line)).toEqual([2]);
    expect(onlyProblem(report)).toEqual({ line: 3, column, value, reason });
  });

  it('accepts a foreign postal code as written', () => {
    const report = customers({ pays: 'Belgique', code_postal: 'B-1000', ville: 'Bruxelles' });
    expect(report.rows[0]?.record.address).toMatchObject({ postalCode: 'B-1000', country: 'Belgique' });
  });

  it('refuses a customer code already used earlier in the file', () => {
    const problem = onlyProblem(customers({}, { raison_sociale: 'Autre' }));
    expect(problem).toEqual({
      line: 3,
      column: 'code_client',
      value: 'C001',
      reason: 'code client en double dans le fichier (déjà ligne 2)',
    });
  });

  it('reads Excel text cells written as ="…"', () => {
    expect(customers({ code_postal: '="01000"' }).rows[0]?.record.address.postalCode).toBe('01000');
  });

  it('cleans the names people will read: controls, line breaks, bidirectional marks, spaces, NFC', () => {
    const report = customers({
      // U+202E would show « emirC & tnopuD » as « Dupont & Crime »; NFD « é » is two code points.
      raison_sociale: '  Dupont\u202e &\u00a0\u00a0Fils\r\n  Société\u0007\tGe\u0301ne\u0301rale\u200b  ',
      telephone: '04\t72 00\u200f 14 21',
      ville: 'Saint-\u2066Étienne\u2069',
      adresse: 'Bâtiment\u0085 A | 12\u202a rue  du Ventoux',
    });
    expect(report.problems).toEqual([]);
    const customer = report.rows[0]!.record;
    expect(customer.legalName).toBe('Dupont & Fils Société Générale');
    expect(customer.legalName).toBe(customer.legalName.normalize('NFC'));
    expect(customer.phone).toBe('04 72 00 14 21');
    expect(customer.address).toMatchObject({
      city: 'Saint-Étienne',
      lines: ['Bâtiment A', '12 rue du Ventoux'],
    });
  });

  it('keeps a single no-break space, as French typography writes it', () => {
    const report = customers({ raison_sociale: 'Librairie «\u00a0Le Passage\u00a0»' });
    expect(report.rows[0]?.record.legalName).toBe('Librairie «\u00a0Le Passage\u00a0»');
  });

  it('refuses a legal name of 4 000 characters, naming the field, the limit and the length', () => {
    const name = 'A'.repeat(4000);
    const report = customers(
      { code_client: 'C000' },
      { code_client: 'C001' },
      { code_client: 'C002', raison_sociale: name },
    );
    expect(report.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(onlyProblem(report)).toEqual({
      line: 4,
      column: 'raison_sociale',
      // A problem keeps enough of the value to recognise it, not the whole of it.
      value: `${'A'.repeat(999)}…`,
      reason: 'la raison sociale dépasse 200 caractères (4\u202f000)',
    });
    expect(formatProblems(report)).toBe(
      `ligne 4, colonne raison_sociale («\u00a0${'A'.repeat(59)}…\u00a0»)\u00a0: la raison sociale dépasse 200 caractères (4\u202f000)`,
    );
  });

  it('counts characters as people do: 200 accented letters, decomposed in the file, are within the limit', () => {
    const name = 'e\u0301'.repeat(200);
    expect(customers({ raison_sociale: name }).rows[0]?.record.legalName).toBe('é'.repeat(200));
  });

  it.each([
    [
      { raison_sociale: '\u202e\u200b' },
      'raison_sociale',
      'rien de lisible\u00a0: seulement des caractères invisibles ou de contrôle',
    ],
    [{ ville: 'V'.repeat(101) }, 'ville', 'la ville dépasse 100 caractères (101)'],
    [{ telephone: '0'.repeat(41) }, 'telephone', 'le numéro de téléphone dépasse 40 caractères (41)'],
    [{ adresse: `12 ${'rue '.repeat(30)}` }, 'adresse', 'une ligne d’adresse dépasse 100 caractères (122)'],
    [{ adresse: 'a|b|c|d|e|f' }, 'adresse', 'adresse de 6 lignes\u00a0: 5 au plus'],
    [
      { email: `${'a'.repeat(990)}@example.fr` },
      'email',
      'la liste d’adresses e-mail dépasse 1\u202f000 caractères (1\u202f001)',
    ],
    [
      { code_client: 'C\u202e001' },
      'code_client',
      'le code client contient un caractère invisible ou de contrôle (2e caractère)\u00a0: retirez-le de l’export',
    ],
    [{ code_client: 'C'.repeat(41) }, 'code_client', 'le code client dépasse 40 caractères (41)'],
  ])('refuses %j in column %s: « %s »', (cells, column, reason) => {
    const report = customers({ code_client: 'C000' }, { code_client: 'C001', ...cells });
    expect(report.rows.map((r) => r.line)).toEqual([2]);
    expect(onlyProblem(report)).toMatchObject({ line: 3, column, reason });
  });
});

describe('payments', () => {
  it('attaches the payment to its invoice and customer', () => {
    const report = payments({ numero_facture: 'F2026-0043', moyen: '', reference: '' });
    expect(report.problems).toEqual([]);
    expect(report.rows[0]).toEqual({
      line: 2,
      record: {
        id: expect.stringMatching(/^[0-9a-f]{64}$/),
        invoiceNumber: 'F2026-0043',
        customerCode: 'C002',
        date: '2026-02-20',
        amount: 120000,
        method: null,
        reference: null,
      },
    });
  });

  it.each([
    [{ numero_facture: 'F2026-0999' }, 'numero_facture', 'F2026-0999', 'facture inconnue\u00a0: F2026-0999'],
    [{ montant: '0,00' }, 'montant', '0,00', 'montant nul\u00a0: un paiement doit être supérieur à 0'],
    [{ montant: '-50' }, 'montant', '-50', 'montant négatif'],
    [
      { date_paiement: '2026-02-30' },
      'date_paiement',
      '2026-02-30',
      'date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
    ],
  ])('refuses %j: column %s, value %j, « %s »', (cells, column, value, reason) => {
    const report = payments({}, cells);
    expect(onlyProblem(report)).toEqual({ line: 3, column, value, reason });
  });

  it('gives identical lines distinct ids, and the same ids when the file is imported again', () => {
    const first = payments({}, {}, { montant: '10,00' });
    const again = payments({}, {}, { montant: '10,00' });
    const ids = first.rows.map((r) => r.record.id);
    expect(new Set(ids).size).toBe(3);
    expect(again.rows.map((r) => r.record.id)).toEqual(ids);
  });

  it('stores method and reference cleaned, with the id the raw cells always gave', () => {
    const report = payments({ moyen: 'virement\u202e', reference: 'VIR  0220\tbis' });
    expect(report.rows[0]?.record).toMatchObject({ method: 'virement', reference: 'VIR 0220 bis' });
    // A file imported before the cleaning existed keeps its payments' ids: not applied twice.
    const identity = {
      invoiceNumber: 'F2026-0042',
      date: calendarDate(2026, 2, 20),
      amount: cents(120000),
      method: 'virement\u202e',
      reference: 'VIR  0220\tbis',
    };
    expect(report.rows[0]?.record.id).toBe(paymentId(identity, 0));
  });

  it('refuses an invoice number that hides a character, or that no storage key could hold', () => {
    const hidden = payments({}, { numero_facture: 'F2026\u202e-0042' });
    expect(onlyProblem(hidden).reason).toBe(
      'le numéro de facture contient un caractère invisible ou de contrôle (6e caractère)\u00a0: retirez-le de l’export',
    );
    expect(onlyProblem(payments({}, { numero_facture: 'F'.repeat(61) })).reason).toBe(
      'le numéro de facture dépasse 60 caractères (61)',
    );
  });

  it('derives the id from the values, not from how the file writes them', () => {
    const french = payments({ date_paiement: '20/02/2026', montant: '1 200,00' });
    const iso = payments({ date_paiement: '2026-02-20', montant: '1200.00' });
    expect(iso.rows[0]?.record.id).toBe(french.rows[0]?.record.id);
  });
});

describe('French report and rejected rows', () => {
  it('formats one line per problem', () => {
    const report = invoices({}, {}, { numero_facture: 'F2', date_echeance: '31/02/2026' });
    expect(formatProblems(report)).toBe(
      'ligne 3, colonne numero_facture («\u00a0F2026-0042\u00a0»)\u00a0: numéro de facture en double dans le fichier (déjà ligne 2)\n' +
        'ligne 4, colonne date_echeance («\u00a031/02/2026\u00a0»)\u00a0: date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj',
    );
  });

  it('formats file errors, empty values and warnings', () => {
    expect(
      formatProblems({
        fileErrors: ['colonne obligatoire manquante\u00a0: ville'],
        problems: [{ line: 4, column: 'email', value: '', reason: 'valeur obligatoire manquante' }],
        warnings: ['colonne inconnue ignorée\u00a0: «\u00a0remarque\u00a0»'],
      }),
    ).toBe(
      'fichier\u00a0: colonne obligatoire manquante\u00a0: ville\n' +
        'ligne 4, colonne email (vide)\u00a0: valeur obligatoire manquante\n' +
        'avertissement\u00a0: colonne inconnue ignorée\u00a0: «\u00a0remarque\u00a0»',
    );
  });

  it('writes the rejected lines back with the original header, delimiter and a motif_rejet column', () => {
    const text =
      'numero_facture,code_client,date_facture,date_echeance,montant_ht,montant_tva,montant_ttc,reference_commande\n' +
      'F1,C001,05/01/2026,04/02/2026,"1 000,00","200,00","1 200,00",ok\n' +
      'F2,C999,05/01/2026,31/02/2026,"1 000,00","200,00","1 200,00","Dupont, ""Fils"""\n' +
      'F3,C001,05/01/2026,04/02/2026,"1 000,00","200,00","1 200,00",ok\n' +
      'F4,C001,05/01/2026,04/02/2026,"1 000,00","200,00","1 200,05",ok\n';
    const report = parseImportFile('invoices', utf8(text), {
      knownCustomerCodes: KNOWN_CUSTOMERS,
      steps: importableSteps(GREENOVA_LADDER),
    });
    expect(report.rows.map((r) => r.line)).toEqual([2, 4]);
    const rejects = rejectsFileOf(report);
    expect(textOf(rejects)).toBe(
      '\ufeffnumero_facture,code_client,date_facture,date_echeance,montant_ht,montant_tva,montant_ttc,reference_commande,motif_rejet\r\n' +
        'F2,C999,05/01/2026,31/02/2026,"1 000,00","200,00","1 200,00","Dupont, ""Fils""",' +
        'code_client\u00a0: client inconnu\u00a0: C999\u00a0; date_echeance\u00a0: date invalide\u00a0: attendu jj/mm/aaaa ou aaaa-mm-jj\r\n' +
        `F4,C001,05/01/2026,04/02/2026,"1 000,00","200,00","1 200,05",ok,"montant_ttc\u00a0: montant TTC ≠ HT + TVA (écart ${formatEuros(cents(5))})"\r\n`,
    );

    // Corrected in Excel and imported again (with its BOM): the motive column is expected, and replaced if rejected again.
    const again = parseImportFile('invoices', rejects, {
      knownCustomerCodes: KNOWN_CUSTOMERS,
      steps: importableSteps(GREENOVA_LADDER),
    });
    expect(again.warnings).toEqual([]);
    expect(again.problems.map((p) => p.line)).toEqual([2, 2, 3]);
    expect(again.encoding).toBe('utf-8-bom');
    expect(textOf(rejectsFileOf(again)).split('\r\n')[0]).toBe(
      '\ufeffnumero_facture,code_client,date_facture,date_echeance,montant_ht,montant_tva,montant_ttc,reference_commande,motif_rejet',
    );
  });

  it('writes no cell a spreadsheet would run: formulas, signs and the motive get an apostrophe', () => {
    const header =
      'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;@montant_ttc;reference_commande';
    const text = [
      header,
      '=1+1;C001;05/01/2026;04/02/2026;-120,50;200,00;1 200,00;@SUM(A1:A9)',
      'F-2;-2+3;05/01/2026;04/02/2026;1 000,00;200,00;1 200,00;"=HYPERLINK(""http://evil.example"";""Cliquez"")"',
      'F-3;C001;05/01/2026;04/02/2026;1 000,00;200,00;1 200,00;ok',
      'F-4;C001;05/01/2026;04/02/2026;1 000,00;200,00;1 300,00;+33 4 72 00 14 21',
    ].join('\r\n');
    const context = { knownCustomerCodes: KNOWN_CUSTOMERS, steps: importableSteps(GREENOVA_LADDER) };
    const report = parseImportFile('invoices', utf8(text), context);
    expect(report.rows.map((r) => r.line)).toEqual([4]);

    const rejects = rejectsFileOf(report);
    expect([...rejects.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(textOf(rejects).split('\r\n')).toEqual([
      `\ufeff${header.replace('@montant_ttc', `"'@montant_ttc"`)};motif_rejet`,
      `"'=1+1";C001;05/01/2026;04/02/2026;"'-120,50";200,00;1 200,00;"'@SUM(A1:A9)";montant_ht\u00a0: montant négatif`,
      `F-2;"'-2+3";05/01/2026;04/02/2026;1 000,00;200,00;1 200,00;"'=HYPERLINK(""http://evil.example"";""Cliquez"")";` +
        'code_client\u00a0: client inconnu\u00a0: -2+3',
      `F-4;C001;05/01/2026;04/02/2026;1 000,00;200,00;1 300,00;"'+33 4 72 00 14 21";` +
        `"'@montant_ttc\u00a0: montant TTC ≠ HT + TVA (écart ${formatEuros(cents(10000))})"`,
      '',
    ]);

    // Imported again as it is: every value reads as in the original file, apostrophes gone.
    const again = parseImportFile('invoices', rejects, context);
    expect(again.problems.map((p) => [p.line, p.column, p.value])).toEqual([
      [2, 'montant_ht', '-120,50'],
      [3, 'code_client', '-2+3'],
      [4, '@montant_ttc', '1 300,00'],
    ]);
    const fixed = textOf(rejects)
      .replace('"\'-120,50"', '1 000,00')
      .replace('"\'-2+3"', 'C002')
      .replace('1 300,00', '1 200,00');
    const corrected = parseImportFile('invoices', utf8(fixed), context);
    expect(corrected.problems).toEqual([]);
    expect(corrected.rows.map((r) => [r.record.number, r.record.orderRef])).toEqual([
      ['=1+1', '@SUM(A1:A9)'],
      ['F-2', '=HYPERLINK("http://evil.example";"Cliquez")'],
      ['F-4', '+33 4 72 00 14 21'],
    ]);
  });

  it('writes an unreadable line whole into the first column', () => {
    const text =
      'numero_facture;date_paiement;montant\nF2026-0042;20/02/2026;10\n"F2026-0043"x;20/02/2026;10\n';
    const report = parseImportFile('payments', utf8(text), { knownInvoices: KNOWN_INVOICES });
    expect(report.rows).toHaveLength(1);
    expect(report.problems).toEqual([expect.objectContaining({ line: 3, column: '(ligne entière)' })]);
    expect(textOf(rejectsFileOf(report)).split('\r\n')[1]).toMatch(
      /^"""F2026-0043""x;20\/02\/2026;10";;;"texte après un guillemet fermant/,
    );
  });
});

describe('the examples/ files', () => {
  const read = (name: string) => readFileSync(join(__dirname, '..', '..', 'examples', name));

  it('are all valid, in every encoding and layout', () => {
    const clients = parseImportFile('customers', read('clients.csv'), {});
    expect(formatProblems(clients)).toBe('');
    expect(clients.rows.length).toBeGreaterThanOrEqual(8);
    const legalNames = clients.rows.map((r) => r.record.legalName);
    expect(legalNames).toEqual(
      expect.arrayContaining(["Société Générale d'Hygiène", 'Dupont & Fils <SARL>']),
    );
    expect(clients.rows.some((r) => r.record.type === 'B2C')).toBe(true);

    const knownCustomerCodes = new Set(clients.rows.map((r) => r.record.code));
    const known = new Map<string, { customerCode: string }>();
    const expectations: [string, string, string][] = [
      ['factures.csv', 'utf-8', ';'],
      ['factures-windows1252.csv', 'windows-1252', ';'],
      ['invoices-en.csv', 'utf-8-bom', ','],
    ];
    for (const [file, encoding, delimiter] of expectations) {
      const report = parseImportFile('invoices', read(file), {
        knownCustomerCodes,
        steps: importableSteps(GREENOVA_LADDER),
      });
      expect({ file, problems: formatProblems(report) }).toEqual({ file, problems: '' });
      expect([report.encoding, report.delimiter]).toEqual([encoding, delimiter]);
      expect(report.rows).toHaveLength(report.totalLines);
      for (const { record } of report.rows) known.set(record.number, { customerCode: record.customerCode });
    }
    expect(known.size).toBeGreaterThanOrEqual(20);

    const paid = parseImportFile('payments', read('paiements.csv'), { knownInvoices: known });
    expect(formatProblems(paid)).toBe('');
    expect(paid.rows.length).toBe(paid.totalLines);
  });

  it('keep the accents of the Windows-1252 file', () => {
    const report = parseImportFile('invoices', read('factures-windows1252.csv'), {
      knownCustomerCodes: new Set(['C002', 'C003', 'C008', 'C010']),
      steps: importableSteps(GREENOVA_LADDER),
    });
    expect(report.rows.map((r) => r.record.orderRef)).toContain('Blanchisserie « Hôtel du Parc »');
  });
});

describe('the dossier’s optional columns', () => {
  it('reads the legal form and the RCS of a customer, the delivery note of an invoice; absent, they are unknown', () => {
    const known = customers({ forme_juridique: 'SAS au capital de 10 000 €', rcs: 'RCS Lyon 552 100 554' });
    expect(known.rows[0]!.record).toMatchObject({
      legalForm: 'SAS au capital de 10 000 €',
      rcs: 'RCS Lyon 552 100 554',
    });
    expect(customers({}).rows[0]!.record).not.toHaveProperty('legalForm');
    expect(customers({}).rows[0]!.record).not.toHaveProperty('rcs');
    expect(invoices({ bon_livraison: 'BL-2026-0042' }).rows[0]!.record.deliveryRef).toBe('BL-2026-0042');
    expect(invoices({}).rows[0]!.record.deliveryRef).toBeNull();
  });
});

describe('the customers’ aliases', () => {
  it('reads the `alias` column, several names separated by « ; » or « | », each cleaned and kept once', () => {
    const report = customers({ alias: ' SGH ; Hygiène Générale| sgh |' });
    expect(report.rows[0]!.record.aliases).toEqual(['SGH', 'Hygiène Générale']);
    expect(customers({ sigle: 'ITM Vaise' }).rows[0]!.record.aliases).toEqual(['ITM Vaise']);
  });

  it('leaves a customer without aliases when the column is absent or empty', () => {
    expect(customers({}).rows[0]!.record).not.toHaveProperty('aliases');
    expect(customers({ alias: '' }).rows[0]!.record).not.toHaveProperty('aliases');
  });

  it('refuses an alias longer than 100 characters, naming it', () => {
    const report = customers({ alias: `SGH;${'x'.repeat(101)}` });
    expect(report.rows).toHaveLength(0);
    expect(JSON.stringify(report)).toContain('un alias dépasse 100 caractères');
  });
});
