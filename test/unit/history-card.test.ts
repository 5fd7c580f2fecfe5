/**
 * The history card reads each journal entry in French: its label, then its details joined by
 * « — », with French typography.
 */
import { buildHistoryCard } from '../../src/bot/history/history-card';
import type { CalendarDate } from '../../src/domain/calendar-date';
import type { JournalEntry } from '../../src/domain/journal';

const entry = (overrides: Partial<JournalEntry>): JournalEntry => ({
  id: '1',
  at: '2026-11-23T08:15:00.000Z',
  date: '2026-11-23' as CalendarDate,
  actor: { id: 'u1', name: 'Camille Roux' },
  action: 'action.postponed',
  target: { invoiceNumbers: ['F2026-0412', 'F2026-0437'] },
  details: {},
  outcome: 'ok',
  ...overrides,
});

function texts(entries: JournalEntry[]): string[] {
  const card = buildHistoryCard({
    title: 'Historique',
    entries,
    page: 0,
    pageData: {},
    documentUrl: (id) => `https://relances.example/documents/${id}`,
  });
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'text' && typeof v === 'string') found.push(v);
        else walk(v);
      }
    }
  };
  walk(card);
  return found;
}

describe('history card', () => {
  it('labels the action and lists every detail, with no-break spaces before « : » and inside « »', () => {
    const shown = texts([
      entry({
        details: {
          step: 'J+20',
          note: 'rappeler lundi',
          reason: 'client en congés',
          promisedDate: '2026-11-30',
          until: '2026-12-04',
          lrar: '1A 234 567 8901 2',
          to: ['compta@sgh.example', 'dg@sgh.example'],
        },
      }),
    ]);
    expect(shown).toContain(
      'F2026-0412, F2026-0437 — étape J+20 — «\u00a0rappeler lundi\u00a0» — motif\u00a0: client en congés — ' +
        'promis pour le 30/11/2026 — jusqu’au 04/12/2026 — LRAR n° 1A 234 567 8901 2 — ' +
        'à compta@sgh.example, dg@sgh.example',
    );
    expect(shown.some((t) => t.includes('— Relance reportée — Camille Roux'))).toBe(true);
  });

  it('names an unknown action code in words (never the code), and shows the reason of a refusal', () => {
    const shown = texts([
      entry({ action: 'custom.unknown_code', target: {}, outcome: 'refused', reason: 'date invalide' }),
    ]);
    expect(shown.some((t) => t.includes('— Autre événement — Camille Roux'))).toBe(true);
    expect(shown.join()).not.toContain('custom.unknown_code');
    expect(shown).toContain('date invalide');
  });
});
