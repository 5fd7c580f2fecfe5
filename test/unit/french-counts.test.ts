/**
 * The texts that show a count agree with it (« 1 facture », « 2 factures », « 0 facture »): no
 * « facture(s) » left on a card, in a chat answer or on the command line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fr } from '../../src/i18n/fr';

describe('counts in the French texts', () => {
  it('the digest agrees its actions, customers and invoices', () => {
    expect(fr.digest.subtitle(1, '10 €')).toBe('1 action à mener — 10 € à recouvrer');
    expect(fr.digest.subtitle(3, '10 €')).toBe('3 actions à mener — 10 € à recouvrer');
    expect(fr.digest.total(1, '10 €', 0)).toBe('1 client — 10 € — tout est traité');
    expect(fr.digest.total(2, '10 €', 1)).toBe('2 clients — 10 € — 1 à traiter');
    expect(fr.digest.sectionSummary(0, '0 €')).toBe('0 client, 0 €');
    expect(fr.digest.sectionSummary(5, '10 €')).toBe('5 clients, 10 €');
    expect(fr.digest.rowDetail(1, 'F1', '3 j de retard', 'risque faible')).toBe(
      '1 facture\u00a0: F1 — 3 j de retard — risque faible',
    );
    expect(fr.digest.rowDetail(2, 'F1, F2', '3 j de retard', 'risque faible')).toBe(
      '2 factures\u00a0: F1, F2 — 3 j de retard — risque faible',
    );
  });

  it('the daily job’s summary and lines agree', () => {
    expect(fr.job.summary('23/11/2026', 1, 0)).toBe(
      'Relances du 23/11/2026\u00a0: 1 action proposée (0 nouvelle).',
    );
    expect(fr.job.summary('23/11/2026', 4, 2)).toBe(
      'Relances du 23/11/2026\u00a0: 4 actions proposées (2 nouvelles).',
    );
    const line = { step: 'J+3', customerName: 'Biocoop', total: 12_345, maxDaysLate: 4, status: 'proposed' };
    expect(fr.jobCli.actionLine({ ...line, invoices: [1] })).toBe(
      'J+3   Biocoop — 1 facture, 123,45\u00a0€, 4 j de retard',
    );
    expect(fr.jobCli.actionLine({ ...line, invoices: [1, 2] })).toBe(
      'J+3   Biocoop — 2 factures, 123,45\u00a0€, 4 j de retard',
    );
  });

  it('history, sales notices and answer cards agree', () => {
    expect(fr.history.count(1)).toBe('1 décision et événement au journal, du plus récent au plus ancien');
    expect(fr.history.count(7)).toBe('7 décisions et événements au journal, du plus récent au plus ancien');
    expect(fr.sales.daysLate(1)).toBe('1 jour');
    expect(fr.sales.daysLate(45)).toBe('45 jours');
    expect(fr.questions.facts.paidLastYearValue(1, '10 €')).toBe('1 facture, 10 €');
    expect(fr.questions.facts.paidLastYearValue(0, '0 €')).toBe('0 facture, 0 €');
    expect(fr.questions.facts.countAmount(12, '10 €')).toBe('12 factures, 10 € TTC');
    expect(fr.questions.notes.historyMore(1)).toBe(
      '… et 1 autre\u00a0: «\u00a0historique client\u00a0» pour tout voir.',
    );
    expect(fr.questions.notes.historyMore(4)).toBe(
      '… et 4 autres\u00a0: «\u00a0historique client\u00a0» pour tout voir.',
    );
  });
});

/**
 * Every text function of src/i18n, called with counts 0, 1, 2 and 5 in every position (and names
 * elsewhere): none writes « (s) », and a count agrees with its noun (« 1 facture », « 2 factures »).
 * Texts added later are covered without a change here.
 */
describe('every French text, rendered with counts', () => {
  const NOUNS = [
    'facture',
    'jour',
    'client',
    'action',
    'e-mail',
    'relance',
    'décision',
    'ligne',
    'paiement',
    'courrier',
    'échéance',
    'commercial',
    'document',
    'erreur',
    'rejet',
    'autre',
  ];
  const PLURAL = (noun: string) => (noun === 'commercial' ? 'commerciaux' : `${noun}s`);
  const singularAfterMany = new RegExp(
    `(?<![\\d,.\\u00a0 ])([2-9]|[1-9]\\d+) (${NOUNS.join('|')})(?![\\p{L}-])`,
    'u',
  );
  const pluralAfterOne = new RegExp(
    `(?<![\\d,.\\u00a0 ])([01]) (${NOUNS.map(PLURAL).join('|')})(?![\\p{L}-])`,
    'u',
  );

  /** Each function found in the i18n modules' exports, with its path. */
  function textFunctions(): Array<[string, (...args: unknown[]) => unknown]> {
    const found: Array<[string, (...args: unknown[]) => unknown]> = [];
    const seen = new Set<unknown>();
    const visit = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        found.push([path, () => value]);
        return;
      }
      if (seen.has(value)) return;
      if (typeof value === 'function') {
        seen.add(value);
        found.push([path, value as (...args: unknown[]) => unknown]);
      } else if (value && typeof value === 'object') {
        seen.add(value);
        for (const [key, v] of Object.entries(value)) visit(v, `${path}.${key}`);
      }
    };
    const dir = join(__dirname, '../../src/i18n');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      visit(require(join(dir, file)) as unknown, file);
    }
    return found;
  }

  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];

  /** What a function says with counts in some positions and names in the others. */
  function renderings(fn: (...args: unknown[]) => unknown): string[] {
    const arity = Math.min(fn.length, 5);
    const out: string[] = [];
    for (const n of [0, 1, 2, 5]) {
      for (let mask = 0; mask < 1 << arity; mask++) {
        const args = Array.from({ length: arity }, (_, k) => (mask & (1 << k) ? n : 'Biocoop'));
        try {
          out.push(...strings(fn(...args)));
        } catch {
          // A function of structured data (a reason code, a ladder): rendered by its own tests.
        }
      }
    }
    return out;
  }

  const FUNCTIONS = textFunctions();

  it('finds the text functions (the walk itself works)', () => {
    expect(FUNCTIONS.length).toBeGreaterThan(200);
    expect(FUNCTIONS.map(([path]) => path)).toEqual(expect.arrayContaining(['fr.ts.fr.digest.subtitle']));
  });

  it('no text writes « (s) », and counts agree with their nouns', () => {
    const problems: string[] = [];
    let rendered = 0;
    for (const [path, fn] of FUNCTIONS) {
      for (const text of renderings(fn)) {
        rendered++;
        if (/\((s|es|x|e)\)/.test(text)) problems.push(`${path}: ${text}`);
        const many = singularAfterMany.exec(text);
        if (many) problems.push(`${path}: « ${many[0]} » in ${text}`);
        const one = pluralAfterOne.exec(text);
        if (one) problems.push(`${path}: « ${one[0]} » in ${text}`);
      }
    }
    expect(rendered).toBeGreaterThan(1000);
    expect([...new Set(problems)]).toEqual([]);
  });

  /**
   * Texts read by the person installing or running Relances (settings, command line, the Teams
   * package, the HTTP edge's answers to machines, template errors in the logs) may name settings:
   * that is their job. Everything else — read by the controller, a rep, the director, a customer,
   * the firm — names no setting.
   */
  const OPERATOR_TEXTS = [
    'settings.ts',
    'app-package.ts',
    'cli.ts',
    'document-errors.ts',
    'fr.ts.fr.startup',
    'fr.ts.fr.importCli',
    'fr.ts.fr.repairViews',
    'fr.ts.fr.playgroundAs',
    'fr.ts.fr.jobRoute',
    'fr.ts.fr.errors.loopbackOnly',
  ];

  it('no text read by users names a setting', () => {
    const problems: string[] = [];
    for (const [path, fn] of FUNCTIONS) {
      if (OPERATOR_TEXTS.some((prefix) => path.startsWith(prefix))) continue;
      for (const text of renderings(fn)) {
        const setting = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\bBOT_ID\b|\.env\b/.exec(text);
        if (setting) problems.push(`${path}: « ${setting[0]} » in ${text}`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('nor does any template of a card, an e-mail or a letter', () => {
    for (const dir of ['templates/email', 'templates/letters', 'cards']) {
      const root = join(__dirname, '../..', dir);
      for (const file of readdirSync(root)) {
        expect(`${dir}/${file}: ${readFileSync(join(root, file), 'utf8')}`).not.toMatch(/\w\((s|es|x|e)\)/);
      }
    }
  });
});
