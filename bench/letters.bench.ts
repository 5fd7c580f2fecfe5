/**
 * The J+20 formal notice (mise en demeure), the heaviest letter a controller generates from the card:
 * - `letters per second, J+20 formal notice`: N notices of one customer with two invoices, rendered
 *   one after the other as the card's button does (template, markup, layout, packing), median of 3
 *   rounds — goal ≥ 100/s, so that even a month-end batch is instant;
 * - `J+20 letter / bare docx document`: one notice's time over the time the `docx` library alone
 *   takes to build and pack a plain document carrying the same text (the notice's own paragraphs and
 *   table rows, no styling). Informative: it says what our layout costs on top of docx itself, which
 *   an absolute time on this machine cannot.
 */
import { performance } from 'node:perf_hooks';
import { Document, Footer, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { companyIdentity, lawFirm } from '../src/config/identity';
import { parseSettings } from '../src/config/settings';
import { addDays, type CalendarDate } from '../src/domain/calendar-date';
import { EMPTY_DUNNING, type Customer, type Invoice } from '../src/domain/ledger';
import { cents } from '../src/domain/money';
import { DEFAULT_RATE_TABLE } from '../src/domain/rate-table';
import { docxFooterText, docxText } from '../test/support/docx-text';
import { renderFormalNotice } from '../src/documents/letters';
import type { FormalNoticeInput } from '../src/application/ports';
import { median, type BenchContext, type Figure, type Suite } from './figures';

const RATE = 'letters per second, J+20 formal notice';
const RATIO = 'J+20 letter / bare docx document';
const RATE_GOAL = 100;
const ROUNDS = 3;
/**
 * Untimed renders first: the template cache and V8's optimiser would otherwise bill round 1 (with
 * 5, the rounds still sped up from 14 to 10 ms a notice).
 */
const WARM_UP = 30;

function noticeInput(today: CalendarDate): FormalNoticeInput {
  const parsed = parseSettings({});
  if (!parsed.ok) throw new Error(`default settings refused: ${JSON.stringify(parsed.errors)}`);
  const settings = parsed.settings;
  const customer: Customer = {
    code: 'C0042',
    legalName: 'Société Générale d’Hygiène',
    siren: '552100554',
    address: {
      lines: ['Service comptabilité fournisseurs', '8 avenue Jean Jaurès'],
      postalCode: '69007',
      city: 'Lyon',
      country: 'France',
    },
    billingEmails: ['compta@sgh.example'],
    phone: '04 72 00 00 00',
    salesRepEmail: 'claire.martin@greenova.example',
    risk: 'high',
    type: 'B2B',
    paymentTermsDays: 30,
    contractualPenaltyRateBp: null,
  };
  // Two invoices past J+20, one partly paid: the claim table, the penalties and the balance all
  // have something to show, as in a real notice.
  const invoice = (
    number: string,
    dueInDays: number,
    ht: number,
    paid: number,
    orderRef: string,
  ): Invoice => {
    const vat = Math.round(ht / 5);
    return {
      number,
      customerCode: customer.code,
      issueDate: addDays(today, dueInDays - 30),
      dueDate: addDays(today, dueInDays),
      amountExclTax: cents(ht),
      vatAmount: cents(vat),
      amountInclTax: cents(ht + vat),
      amountPaid: cents(paid),
      currency: 'EUR',
      orderRef,
      status: paid > 0 ? 'partially_paid' : 'open',
      dunning: { ...EMPTY_DUNNING },
      closedOn: null,
      appliedPaymentIds: [],
    };
  };
  return {
    company: companyIdentity(settings),
    lawFirm: lawFirm(settings),
    customer,
    invoices: [
      invoice('F2026-0412', -50, 154_000, 0, 'BC-2026-118'),
      invoice('F2026-0437', -36, 98_050, 30_000, 'BC-2026-131'),
    ],
    today,
    rates: DEFAULT_RATE_TABLE,
    previousReminders: [
      { date: addDays(today, -33), channel: 'email' },
      { date: addDays(today, -26), channel: 'letter' },
    ],
  };
}

/**
 * A plain Document with the notice's text: each line of `docxText` a paragraph, and each run of
 * lines with the same number of tab-separated cells a table of those rows (the letter's head and
 * its claim table come back that way). The footer keeps its text too: the legal mentions are
 * content, not layout.
 */
function bareDocumentOf(bodyText: string, footerText: string): () => Document {
  const blocks: Array<{ kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] }> = [];
  for (const line of bodyText.split('\n')) {
    if (!line.includes('\t')) {
      blocks.push({ kind: 'paragraph', text: line });
      continue;
    }
    const cells = line.split('\t');
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'table' && last.rows[0]!.length === cells.length) last.rows.push(cells);
    else blocks.push({ kind: 'table', rows: [cells] });
  }
  const footerLines = footerText.split('\n');
  // The split is done once; what is timed is building the docx objects and packing, as in a render.
  return () =>
    new Document({
      sections: [
        {
          footers: {
            default: new Footer({
              children: footerLines.map((text) => new Paragraph({ children: [new TextRun(text)] })),
            }),
          },
          children: blocks.map((block) =>
            block.kind === 'paragraph'
              ? new Paragraph({ children: [new TextRun(block.text)] })
              : new Table({
                  rows: block.rows.map(
                    (row) =>
                      new TableRow({
                        children: row.map(
                          (text) =>
                            new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] }),
                        ),
                      }),
                  ),
                }),
          ),
        },
      ],
    });
}

/** Milliseconds for `count` sequential calls. */
async function sequentialMs(count: number, fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) await fn();
  return performance.now() - start;
}

export const lettersSuite: Suite = {
  name: 'letters',
  figureNames: () => [RATE, RATIO],
  async *run(context: BenchContext): AsyncIterable<Figure> {
    const count = context.quick ? 50 : 200;
    const input = noticeInput(context.today);
    const notice = await renderFormalNotice(input);
    const bare = bareDocumentOf(await docxText(notice), await docxFooterText(notice));
    const bareBytes = await Packer.toBuffer(bare());
    context.log(
      `letters: one notice is ${Math.round(notice.length / 1024)} KB, ` +
        `its bare counterpart ${Math.round(bareBytes.length / 1024)} KB`,
    );
    for (let i = 0; i < WARM_UP; i++) {
      await renderFormalNotice(input);
      await Packer.toBuffer(bare());
    }

    // Alternating the two in each round spreads any drift (GC, a neighbour's process) over both.
    const letterRounds: number[] = [];
    const bareRounds: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const letters = await sequentialMs(count, () => renderFormalNotice(input));
      const plain = await sequentialMs(count, () => Packer.toBuffer(bare()));
      letterRounds.push(letters);
      bareRounds.push(plain);
      context.log(
        `letters round ${round + 1}: ${count} notices in ${Math.round(letters)} ms ` +
          `(${(letters / count).toFixed(2)} ms each), bare ${(plain / count).toFixed(2)} ms each`,
      );
    }
    const letterMs = median(letterRounds) / count;
    const bareMs = median(bareRounds) / count;
    yield { name: RATE, value: 1000 / letterMs, unit: 'letters/s', goal: RATE_GOAL, better: 'higher' };
    yield { name: RATIO, value: letterMs / bareMs, unit: 'ratio', goal: null, better: 'lower' };
  },
};
