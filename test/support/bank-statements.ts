/**
 * Bank statements written for tests and the bench: CAMT.053 (001.02 and 001.08) and CFONB 120
 * from the same movements, and a realistic statement over a generated ledger whose truth is known
 * (which invoices each credit pays), to measure how often matching is automatic and never wrong.
 */
import { addDays, type CalendarDate } from '../../src/domain/calendar-date';
import { EMPTY_DUNNING, type Customer, type Invoice } from '../../src/domain/ledger';
import { cents, type Cents } from '../../src/domain/money';
import { aCustomer } from './fixtures';

export interface GenTx {
  amount: Cents;
  endToEndId?: string;
  remittance?: string[];
  references?: string[];
  payerName?: string;
  payerIban?: string;
}

export interface GenMovement {
  direction: 'credit' | 'debit';
  amount: Cents;
  bookingDate: CalendarDate;
  entryRef: string;
  label?: string;
  /** One transaction (most entries) or several (a batch). */
  txs: GenTx[];
}

export const COMPANY_IBAN = 'FR7630006000011234567890189';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const dec = (c: Cents) => (c / 100).toFixed(2);

export function camt053(
  movements: readonly GenMovement[],
  options: { version?: '001.02' | '001.08'; iban?: string } = {},
): string {
  const version = options.version ?? '001.02';
  const v8 = version === '001.08';
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.${version}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    '  <BkToCstmrStmt>',
    '    <GrpHdr><MsgId>STMT-1</MsgId><CreDtTm>2026-11-23T06:00:00+01:00</CreDtTm></GrpHdr>',
    '    <Stmt>',
    '      <Id>STMT-1</Id>',
    `      <Acct><Id><IBAN>${options.iban ?? COMPANY_IBAN}</IBAN></Id><Ccy>EUR</Ccy></Acct>`,
  ];
  for (const m of movements) {
    const ind = m.direction === 'credit' ? 'CRDT' : 'DBIT';
    out.push(
      '      <Ntry>',
      `        <Amt Ccy="EUR">${dec(m.amount)}</Amt>`,
      `        <CdtDbtInd>${ind}</CdtDbtInd>`,
      v8 ? '        <Sts><Cd>BOOK</Cd></Sts>' : '        <Sts>BOOK</Sts>',
      `        <BookgDt><Dt>${m.bookingDate}</Dt></BookgDt>`,
      `        <ValDt><Dt>${m.bookingDate}</Dt></ValDt>`,
      `        <AcctSvcrRef>${xml(m.entryRef)}</AcctSvcrRef>`,
      '        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>',
      '        <NtryDtls>',
    );
    if (m.txs.length > 1) out.push(`          <Btch><NbOfTxs>${m.txs.length}</NbOfTxs></Btch>`);
    for (const tx of m.txs) {
      out.push('          <TxDtls>');
      out.push(`            <Refs><EndToEndId>${xml(tx.endToEndId ?? 'NOTPROVIDED')}</EndToEndId></Refs>`);
      if (v8) out.push(`            <Amt Ccy="EUR">${dec(tx.amount)}</Amt><CdtDbtInd>${ind}</CdtDbtInd>`);
      else out.push(`            <AmtDtls><TxAmt><Amt Ccy="EUR">${dec(tx.amount)}</Amt></TxAmt></AmtDtls>`);
      if (tx.payerName || tx.payerIban) {
        out.push('            <RltdPties>');
        if (tx.payerName)
          out.push(
            v8
              ? `              <Dbtr><Pty><Nm>${xml(tx.payerName)}</Nm></Pty></Dbtr>`
              : `              <Dbtr><Nm>${xml(tx.payerName)}</Nm></Dbtr>`,
          );
        if (tx.payerIban)
          out.push(`              <DbtrAcct><Id><IBAN>${tx.payerIban}</IBAN></Id></DbtrAcct>`);
        out.push('            </RltdPties>');
      }
      if (tx.remittance?.length || tx.references?.length) {
        out.push('            <RmtInf>');
        for (const u of tx.remittance ?? []) out.push(`              <Ustrd>${xml(u)}</Ustrd>`);
        for (const r of tx.references ?? [])
          out.push(
            `              <Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${xml(r)}</Ref></CdtrRefInf></Strd>`,
          );
        out.push('            </RmtInf>');
      }
      out.push('          </TxDtls>');
    }
    out.push('        </NtryDtls>', '      </Ntry>');
  }
  out.push('    </Stmt>', '  </BkToCstmrStmt>', '</Document>', '');
  return out.join('\n');
}

const POS = '{ABCDEFGHI';
const NEG = '}JKLMNOPQR';

/** A CFONB amount field: 14 characters, the last one carrying the sign and the last digit. */
export function cfonbAmountField(signedCents: number): string {
  const digits = String(Math.abs(signedCents)).padStart(14, '0');
  const last = Number(digits[13]);
  return digits.slice(0, 13) + (signedCents < 0 ? NEG[last] : POS[last]);
}

const jjmmaa = (d: CalendarDate) => `${d.slice(8, 10)}${d.slice(5, 7)}${d.slice(2, 4)}`;
const field = (text: string, width: number) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().slice(0, width).padEnd(width, ' ');

export function cfonb120(
  movements: readonly GenMovement[],
  options: { bank?: string; branch?: string; account?: string; date?: CalendarDate } = {},
): string {
  const bank = options.bank ?? '30006';
  const branch = options.branch ?? '00001';
  const account = (options.account ?? '12345678901').padStart(11, '0');
  const head = (code: string, op = '    ') => `${code}${bank}${op}${branch}EUR2 ${account}`;
  const balance = (code: string, date: CalendarDate, amount: number) =>
    `${head(code)}  ${jjmmaa(date)}${' '.repeat(50)}${cfonbAmountField(amount)}${' '.repeat(16)}`;
  const first = movements[0]?.bookingDate ?? options.date ?? ('2026-11-23' as CalendarDate);
  const lines = [balance('01', first, 0)];
  let total = 0;
  movements.forEach((m, index) => {
    // A batch has no CFONB equivalent: each of its transactions is one movement.
    m.txs.forEach((tx, i) => {
      const signed = m.direction === 'credit' ? tx.amount : -tx.amount;
      total += signed;
      const number = String((index * 10 + i) % 10_000_000).padStart(7, '0');
      const label = field(m.label ?? `VIR SEPA ${tx.payerName ?? ''}`, 31);
      const ref = field(tx.endToEndId ?? '', 16);
      const op = m.direction === 'credit' ? '0005' : '0117';
      lines.push(
        `${head('04', op)}05${jjmmaa(m.bookingDate)}  ${jjmmaa(m.bookingDate)}${label}  ${number}  ${cfonbAmountField(signed)}${ref}`,
      );
      const complement = (q: string, text: string) =>
        `${head('05', op)}05${jjmmaa(m.bookingDate)}     ${q}${field(text, 70)}  `;
      if (tx.payerName) lines.push(complement('NPY', tx.payerName));
      for (const r of tx.remittance ?? []) lines.push(complement('LIB', r));
      for (const r of tx.references ?? []) lines.push(complement('RCN', r));
    });
  });
  const last = movements[movements.length - 1]?.bookingDate ?? first;
  lines.push(balance('07', last, total));
  for (const l of lines)
    if (l.length !== 120) throw new Error(`CFONB record of ${l.length} characters: ${l}`);
  return lines.join('\r\n') + '\r\n';
}

/** A deterministic pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Biocoop',
  'Jardins',
  'Provence',
  'Alpes',
  'Hygiène',
  'Services',
  'Nettoyage',
  'Rhône',
  'Atlantique',
  'Bretagne',
  'Lumière',
  'Horizon',
  'Vallée',
  'Océan',
  'Forêt',
  'Azur',
  'Garonne',
  'Loire',
  'Normandie',
  'Savoie',
];

export interface RealisticStatement {
  customers: Customer[];
  invoices: Invoice[];
  movements: GenMovement[];
  /** entryRef|txIndex → the invoices the credit really pays (and how much each); null: not a customer payment. */
  truth: Map<string, Array<{ invoiceNumber: string; amount: Cents }> | null>;
  ibans: Map<string, string>;
}

/**
 * A ledger of `customerCount` customers with open invoices, and a statement of `credits` customer
 * credits plus noise: 45 % clear references (in every way people write them), 20 % names and
 * amounts only, 10 % grouped payments (one credit, several invoices, numbers listed), 8 % partial
 * payments with the number, 7 % batched entries, 10 % noise (debits, bank interest, refunds).
 */
export function realisticStatement(seed: number, credits: number, today: CalendarDate): RealisticStatement {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const customerCount = Math.max(20, Math.ceil(credits / 6));
  const customers: Customer[] = [];
  for (let i = 0; i < customerCount; i++) {
    const code = `C${String(i + 1).padStart(5, '0')}`;
    customers.push(
      aCustomer({
        code,
        legalName: `${pick(NAMES)} ${pick(NAMES)} ${code.slice(1)} SAS`,
        siren: null,
      }),
    );
  }
  const invoices: Invoice[] = [];
  const byCustomer = new Map<string, Invoice[]>();
  let seq = 1000;
  for (const customer of customers) {
    const list: Invoice[] = [];
    const count = 8 + Math.floor(random() * 6);
    for (let k = 0; k < count; k++) {
      const ttc = cents(5_000 + Math.floor(random() * 500_000));
      const issue = addDays(today, -20 - Math.floor(random() * 100));
      const invoice: Invoice = {
        number: `F2026-${String(seq++).padStart(5, '0')}`,
        customerCode: customer.code,
        issueDate: issue,
        dueDate: addDays(issue, 30),
        amountExclTax: cents(Math.round(ttc / 1.2)),
        vatAmount: cents(ttc - Math.round(ttc / 1.2)),
        amountInclTax: ttc,
        amountPaid: cents(0),
        currency: 'EUR',
        orderRef: null,
        status: 'open',
        dunning: { ...EMPTY_DUNNING },
        closedOn: null,
        appliedPaymentIds: [],
      };
      list.push(invoice);
      invoices.push(invoice);
    }
    byCustomer.set(customer.code, list);
  }
  const ibans = new Map<string, string>();
  const ibanOf = (code: string) => {
    let iban = [...ibans].find(([, c]) => c === code)?.[0];
    if (!iban) {
      iban = `FR76${String(10_000_000 + ibans.size).padStart(23, '0')}`;
      ibans.set(iban, code);
    }
    return iban;
  };
  const available = new Map([...byCustomer].map(([c, l]) => [c, [...l]]));
  const take = (code: string, n = 1) => {
    const list = available.get(code)!;
    return list.splice(0, Math.min(n, list.length));
  };
  const movements: GenMovement[] = [];
  const truth: RealisticStatement['truth'] = new Map();
  const writeNumber = (number: string) => {
    const tail = number.split('-')[1]!;
    return pick([
      number,
      `FACTURE ${number}`,
      `REGLEMENT FACT ${number}`,
      number.replace('-', ' '),
      `F ${number.slice(1, 5)} ${tail}`,
      `Paiement facture n° ${number}`,
    ]);
  };
  let ref = 0;
  const date = (k: number) => addDays(today, -(k % 3));
  for (let k = 0; k < credits; k++) {
    const customer = pick(customers);
    const name = customer.legalName.toUpperCase();
    const entryRef = `REF${String(++ref).padStart(8, '0')}`;
    const r = random();
    const credit = (
      amount: Cents,
      tx: Omit<GenTx, 'amount'>,
      paid: Array<{ invoiceNumber: string; amount: Cents }> | null,
    ) => {
      movements.push({
        direction: 'credit',
        amount,
        bookingDate: date(k),
        entryRef,
        txs: [{ amount, ...tx }],
      });
      truth.set(`${entryRef}|0`, paid);
    };
    if (r < 0.45) {
      const [inv] = take(customer.code);
      if (!inv) continue;
      const where = random();
      const text = writeNumber(inv.number);
      credit(
        inv.amountInclTax,
        {
          payerName: name,
          payerIban: random() < 0.7 ? ibanOf(customer.code) : undefined,
          ...(where < 0.6
            ? { remittance: [text] }
            : where < 0.85
              ? { references: [inv.number] }
              : { endToEndId: inv.number }),
        },
        [{ invoiceNumber: inv.number, amount: inv.amountInclTax }],
      );
    } else if (r < 0.65) {
      const [inv] = take(customer.code);
      if (!inv) continue;
      credit(
        inv.amountInclTax,
        { payerName: name, payerIban: ibanOf(customer.code), remittance: ['VIREMENT'] },
        [{ invoiceNumber: inv.number, amount: inv.amountInclTax }],
      );
    } else if (r < 0.75) {
      const group = take(customer.code, 2 + Math.floor(random() * 3));
      if (group.length < 2) continue;
      const total = cents(group.reduce((s, i) => s + i.amountInclTax, 0));
      credit(
        total,
        { payerName: name, remittance: [`FACTURES ${group.map((i) => i.number).join(' ')}`] },
        group.map((i) => ({ invoiceNumber: i.number, amount: i.amountInclTax })),
      );
    } else if (r < 0.83) {
      const [inv] = take(customer.code);
      if (!inv) continue;
      const part = cents(Math.round(inv.amountInclTax * (0.3 + random() * 0.4)));
      credit(part, { payerName: name, remittance: [`ACOMPTE ${inv.number}`] }, [
        { invoiceNumber: inv.number, amount: part },
      ]);
    } else if (r < 0.9) {
      const others = [customer, pick(customers), pick(customers)].filter((c, i, all) => all.indexOf(c) === i);
      const txs: GenTx[] = [];
      for (const c of others) {
        const [inv] = take(c.code);
        if (!inv) continue;
        truth.set(`${entryRef}|${txs.length}`, [{ invoiceNumber: inv.number, amount: inv.amountInclTax }]);
        txs.push({
          amount: inv.amountInclTax,
          payerName: c.legalName.toUpperCase(),
          remittance: [inv.number],
        });
      }
      if (txs.length === 0) continue;
      movements.push({
        direction: 'credit',
        amount: cents(txs.reduce((s, t) => s + t.amount, 0)),
        bookingDate: date(k),
        entryRef,
        txs,
      });
    } else {
      const kind = random();
      const amount = cents(100 + Math.floor(random() * 200_000));
      if (kind < 0.6) {
        movements.push({
          direction: 'debit',
          amount,
          bookingDate: date(k),
          entryRef,
          txs: [{ amount, payerName: 'URSSAF', remittance: ['PRLV SEPA URSSAF'] }],
        });
        truth.set(`${entryRef}|0`, null);
      } else
        credit(
          amount,
          {
            payerName: kind < 0.8 ? 'BANQUE INTERETS' : 'REMBOURSEMENT ASSURANCE AXA',
            remittance: ['INTERETS CREDITEURS'],
          },
          null,
        );
    }
  }
  return { customers, invoices, movements, truth, ibans };
}
