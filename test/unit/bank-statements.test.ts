/** Bank statements read from their bytes: CAMT.053 001.02 and 001.08, CFONB 120, and what is refused. */
import { calendarDate } from '../../src/domain/calendar-date';
import { cents } from '../../src/domain/money';
import { cfonbAmount, readStatement, type ParsedStatement } from '../../src/import/bank';
import { camt053, cfonb120, cfonbAmountField, type GenMovement } from '../support/bank-statements';

const DAY = calendarDate(2026, 11, 20);

const MOVEMENTS: GenMovement[] = [
  {
    direction: 'credit',
    amount: cents(123456),
    bookingDate: DAY,
    entryRef: 'BQ-0001',
    txs: [
      {
        amount: cents(123456),
        payerName: 'BIOCOOP LYON CROIX-ROUSSE',
        payerIban: 'FR7610107001011234567890129',
        endToEndId: 'E2E-42',
        remittance: ['REGLEMENT FACTURE F2026-1042'],
        references: ['F2026-1042'],
      },
    ],
  },
  {
    direction: 'debit',
    amount: cents(5000),
    bookingDate: DAY,
    entryRef: 'BQ-0002',
    txs: [{ amount: cents(5000), remittance: ['FRAIS'] }],
  },
  {
    direction: 'credit',
    amount: cents(30000),
    bookingDate: DAY,
    entryRef: 'BQ-0003',
    txs: [
      { amount: cents(10000), payerName: 'A', remittance: ['F1'] },
      { amount: cents(20000), payerName: 'B', remittance: ['F2'] },
    ],
  },
];

async function read(text: string | Uint8Array, chunk = 7): Promise<ParsedStatement> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return readStatement(
    (async function* () {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    })(),
  );
}

describe('CAMT.053', () => {
  it.each(['001.02', '001.08'] as const)(
    'reads entries, batches and remittance (%s), in small chunks',
    async (version) => {
      const parsed = await read(camt053(MOVEMENTS, { version }));
      expect(parsed.errors).toEqual([]);
      expect(parsed.format).toBe('camt053');
      expect(parsed.lines).toHaveLength(4);
      const [first, debit, a, b] = parsed.lines;
      expect(first).toMatchObject({
        direction: 'credit',
        amount: 123456,
        currency: 'EUR',
        bookingDate: DAY,
        entryRef: 'BQ-0001',
        txIndex: 0,
        endToEndId: 'E2E-42',
        remittance: ['REGLEMENT FACTURE F2026-1042'],
        references: ['F2026-1042'],
        payerName: 'BIOCOOP LYON CROIX-ROUSSE',
        payerIban: 'FR7610107001011234567890129',
        account: 'FR7630006000011234567890189',
      });
      expect(debit).toMatchObject({ direction: 'debit', amount: 5000 });
      expect([a!.amount, a!.txIndex, a!.entryRef]).toEqual([10000, 0, 'BQ-0003']);
      expect([b!.amount, b!.txIndex, b!.payerName]).toEqual([20000, 1, 'B']);
    },
  );

  it('names the line of a bad amount and refuses the whole statement', async () => {
    const text = camt053(MOVEMENTS).replace('<Amt Ccy="EUR">50.00</Amt>', '<Amt Ccy="EUR">50,00</Amt>');
    const parsed = await read(text);
    const line = text.split('\n').findIndex((l) => l.includes('50,00')) + 1;
    expect(parsed.errors).toEqual([expect.stringContaining(`ligne ${line}`)]);
    expect(parsed.errors[0]).toContain('«\u00a050,00\u00a0»');
  });

  it('refuses a batch whose transactions do not add up, and XML that is not a statement', async () => {
    const bad = await read(
      camt053(MOVEMENTS).replace('<Amt Ccy="EUR">300.00</Amt>', '<Amt Ccy="EUR">310.00</Amt>'),
    );
    expect(bad.errors).toEqual([expect.stringMatching(/ligne \d+\s: .*ne totalisent pas/u)]);
    const pain = await read(
      '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>',
    );
    expect(pain.errors[0]).toContain('n’est pas un relevé CAMT.053');
    const broken = await read(camt053(MOVEMENTS).replace('</Ntry>', ''));
    expect(broken.errors.join(' ')).toMatch(/mal formé/);
  });
});

describe('CFONB 120', () => {
  it('decodes signed amounts with their decimals', () => {
    expect(cfonbAmount('0000000012345{', 2)).toBe(123450);
    expect(cfonbAmount('0000000012345E', 2)).toBe(123455);
    expect(cfonbAmount('0000000012345}', 2)).toBe(-123450);
    expect(cfonbAmount('0000000012345R', 2)).toBe(-123459);
    expect(cfonbAmount('0000000000012C', 0)).toBe(12300);
    expect(cfonbAmount('00000000001230', 2)).toBeNull();
    expect(cfonbAmountField(-5000)).toBe('0000000000500}');
  });

  it('reads movements and their complements (payer, label, reference)', async () => {
    const parsed = await read(cfonb120(MOVEMENTS), 13);
    expect(parsed.errors).toEqual([]);
    expect(parsed.format).toBe('cfonb120');
    expect(parsed.lines).toHaveLength(4);
    expect(parsed.lines[0]).toMatchObject({
      direction: 'credit',
      amount: 123456,
      bookingDate: DAY,
      payerName: 'BIOCOOP LYON CROIX-ROUSSE',
      references: ['E2E-42', 'F2026-1042'],
      account: '30006 00001 12345678901',
    });
    expect(parsed.lines[0]!.remittance).toContain('REGLEMENT FACTURE F2026-1042');
    expect(parsed.lines[1]).toMatchObject({ direction: 'debit', amount: 5000 });
    // Each movement has its own number: two lines, two identities.
    expect(new Set(parsed.lines.map((l) => l.entryRef)).size).toBe(4);
  });

  it('names the line of a record that is not CFONB, and refuses what is not a statement at all', async () => {
    const lines = cfonb120(MOVEMENTS).split('\r\n');
    lines[2] = `09${lines[2]!.slice(2)}`;
    const parsed = await read(lines.join('\r\n'));
    expect(parsed.errors).toEqual([expect.stringContaining('ligne 3')]);
    const csv = await read('numero_facture;date_paiement;montant\nF2026-1;01/11/2026;100,00\n');
    expect(csv.errors).toEqual([expect.stringContaining('n’est pas un relevé bancaire')]);
    const short = [...cfonb120(MOVEMENTS).split('\r\n')];
    short[1] = short[1]!.slice(0, 100) + 'X'.repeat(30);
    expect((await read(short.join('\r\n'))).errors[0]).toContain('ligne 2');
  });
});
