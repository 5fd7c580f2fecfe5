/**
 * The journal as people read it — the history card, the answers to « journal » and « solde
 * client », the litigation dossier's history: every event type the code journals has a French
 * sentence (never `mandate.generated`), and customers appear by name, never by their code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildHistoryCard } from '../../src/bot/history/history-card';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import type { Customer } from '../../src/domain/ledger';
import type { JournalEntry } from '../../src/domain/journal';
import { historyRows } from '../../src/i18n/journal-history';
import { JOURNAL_ACTION_LABELS, journalLabel } from '../../src/i18n/journal';
import { viewOf } from '../../src/questions/registry';
import { EVERYONE } from '../../src/questions/scope';
import { QueryService } from '../../src/questions/service';
import type { QuerySources } from '../../src/questions/sources';
import { cardText } from '../support/bot';

const TODAY = calendarDate(2026, 11, 23);
const CODE = 'C042';
const NAME = 'Biocoop Lyon Part-Dieu';

/** Every journal code literally written in the code (journal entries and the card verbs refused). */
function codesInSource(): string[] {
  const families = new Set(Object.keys(JOURNAL_ACTION_LABELS).map((code) => code.split('.')[0]!));
  const found = new Set<string>(['import.customers', 'import.invoices', 'import.payments']);
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'i18n') walk(path);
      } else if (name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/'([a-z_]+)\.([a-zA-Z_]+)'/g)) {
          if (families.has(m[1]!)) found.add(`${m[1]}.${m[2]}`);
        }
      }
    }
  };
  walk(join(__dirname, '../../src'));
  return [...found].sort();
}

const CODES = codesInSource();

const entryFor = (action: string, k: number): JournalEntry => ({
  id: `2026-11-23T09:${String(k % 60).padStart(2, '0')}:00.000Z|${String(k).padStart(4, '0')}`,
  at: '2026-11-23T09:00:00.000Z',
  date: TODAY,
  actor: { id: 'u1', name: 'Camille Roux' },
  action,
  target: { customerCodes: [CODE], invoiceNumbers: ['F2026-0412'] },
  details: { step: 'J+10' },
  outcome: 'ok',
});

const ENTRIES = CODES.map(entryFor);

function sources(entries: JournalEntry[]): QuerySources {
  const customer = { code: CODE, legalName: NAME, risk: 'low' } as Customer;
  return {
    invoices: {
      listOpen: async () => [],
      listDueIn: async () => [],
      listByCustomer: async () => [],
      scanAll: async function* () {},
    },
    customers: { list: async () => [customer] },
    payments: { listByMonth: async () => [] },
    journal: {
      listForDays: async (from: CalendarDate, to: CalendarDate) =>
        entries.filter((e) => e.date >= from && e.date <= to),
      listForCustomer: async (code: string) => entries.filter((e) => e.target.customerCodes?.includes(code)),
    },
    actions: { listForDate: async () => [] },
  };
}

const noRawCode = (text: string) => {
  for (const code of CODES) expect(text).not.toContain(code);
};

describe('journal entries as people read them', () => {
  it('finds the codes the code journals (the scan itself works)', () => {
    expect(CODES).toEqual(
      expect.arrayContaining(['mandate.generated', 'email.sent', 'salesrep.unreachable', 'row.postpone']),
    );
    expect(CODES.length).toBeGreaterThan(40);
  });

  it.each(CODES)('« %s » has its own French label', (code) => {
    expect(JOURNAL_ACTION_LABELS[code]).toBeDefined();
    expect(journalLabel(code)).not.toContain(code);
    expect(journalLabel(code)).toMatch(/^[A-ZÉÈ«]/);
  });

  it('a code this version does not know is named by its family, never shown raw', () => {
    expect(journalLabel('letter.archived')).toBe('Courrier — autre événement');
    expect(journalLabel('zzz.unknown')).toBe('Autre événement');
  });

  it('the history card shows every event in French, without a code', () => {
    const text = cardText(
      buildHistoryCard(
        {
          title: `Historique du client ${NAME}`,
          entries: ENTRIES,
          page: 0,
          pageData: {},
          documentUrl: (id) => id,
        },
        ENTRIES.length,
      ),
    );
    noRawCode(text);
    expect(text).not.toContain(CODE);
  });

  it('the litigation dossier’s history labels every event', () => {
    for (const row of historyRows(ENTRIES)) {
      expect(CODES).not.toContain(row.label);
    }
  });

  it('« journal » answers name the customers, not their codes', async () => {
    const outcome = await new QueryService(sources(ENTRIES)).execute(
      { intent: 'journal_activity', period: { from: TODAY, to: TODAY } },
      { scope: EVERYONE, today: TODAY },
    );
    if (outcome.kind !== 'answer') throw new Error(outcome.kind);
    const view = viewOf(outcome.answer);
    const text = JSON.stringify(view.tables);
    expect(view.tables![0]!.rows).toHaveLength(ENTRIES.length);
    expect(text).toContain(NAME);
    expect(text).not.toContain(CODE);
    noRawCode(text);
  });

  it('the customer’s balance lists its journal with the customer’s name', async () => {
    const outcome = await new QueryService(sources(ENTRIES.slice(0, 5))).execute(
      { intent: 'customer_balance', customerCodes: [CODE] },
      { scope: EVERYONE, today: TODAY },
    );
    if (outcome.kind !== 'answer') throw new Error(outcome.kind);
    const text = JSON.stringify(viewOf(outcome.answer));
    expect(text).toContain(NAME);
    expect(text).not.toContain(CODE);
    noRawCode(text);
  });
});
