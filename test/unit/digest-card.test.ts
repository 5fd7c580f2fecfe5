import { textContext } from '../../src/i18n/reasons';
import { buildDigestCard } from '../../src/bot/controller/digest-card';
import { cardSize, MAX_CARD_BYTES } from '../../src/bot/card-templates';
import { newAction, type DunningAction } from '../../src/domain/actions';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { cents } from '../../src/domain/money';
import type { DailyDigest } from '../../src/application/day/digest';
import { cardText } from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);
const steps = [
  ['J-5', 'email'],
  ['J+3', 'email'],
  ['J+10', 'letter'],
  ['J+20', 'registered_letter'],
  ['J+30', 'transfer'],
] as const;

function action(
  i: number,
  step: (typeof steps)[number],
  overrides: Partial<DunningAction> = {},
): DunningAction {
  return {
    ...newAction({
      id: `${MONDAY}|C${i}|${step[0]}`,
      date: MONDAY,
      customerCode: `C${i}`,
      customerName: `Client numéro ${i} — Société d’exemple`,
      risk: 'moderate',
      salesRepEmail: 'claire.martin@greenova.example',
      step: step[0],
      channel: step[1],
      invoices: [
        {
          number: `F2026-${1000 + i}`,
          issueDate: '2026-10-01' as CalendarDate,
          dueDate: '2026-10-31' as CalendarDate,
          amountInclTax: cents(120000),
          balance: cents(120000),
          daysLate: 23,
        },
      ],
      total: cents(120000 + i),
      maxDaysLate: 23,
      alerts: [],
    }),
    ...overrides,
  };
}

const digest = (actions: DunningAction[]): DailyDigest => ({
  date: MONDAY,
  actions,
  promisesDue: [],
  openDisputes: [],
  warnings: [],
});
const options = {
  ladder: GREENOVA_LADDER,
  texts: textContext(GREENOVA_LADDER, 'Cabinet Aptos Avocats'),
  canAct: true,
  refreshUserIds: ['29:camille'],
  documentUrl: (id: string) => `http://x/documents/${id}`,
};

function buttons(card: unknown): Array<{ title: string; verb?: string; url?: string; data?: unknown }> {
  const found: Array<{ title: string; verb?: string; url?: string; data?: unknown }> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (
        typeof o.type === 'string' &&
        o.type.startsWith('Action.') &&
        o !== (card as Record<string, unknown>).refresh
      ) {
        found.push(o as { title: string });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk((card as Record<string, unknown>).body);
  return found;
}

it('titles the card with the day in French, totals each step and lists one section per step', () => {
  const card = buildDigestCard(digest(steps.map((s, i) => action(i, s))), options);
  const text = cardText(card);
  expect(text).toContain('Relances du lundi 23 novembre 2026');
  for (const title of [
    'Prévenance (avant échéance)',
    'J+3 — e-mails de relance',
    'J+10 — courriers de relance',
    'J+20 — mises en demeure (LRAR)',
    'J+30 — transmissions au cabinet',
  ]) {
    expect(text).toContain(title);
  }
  expect(buttons(card).map((b) => b.title)).toEqual(
    expect.arrayContaining([
      'Envoyer l’e-mail',
      'Générer le courrier',
      'Générer la mise en demeure',
      'Transmettre à Aptos',
    ]),
  );
  expect(card.version).toBe('1.5');
  expect((card.refresh as { userIds: string[] }).userIds).toEqual(['29:camille']);
});

it('shows who did what, and the next button once a letter is generated', () => {
  const done = action(1, steps[1], {
    status: 'sent',
    decidedBy: { id: 'a', name: 'Camille Roux' },
    decidedAt: '2026-11-23T08:12:00Z',
  });
  const generated = action(2, steps[3], {
    status: 'generated',
    decidedBy: { id: 'a', name: 'Camille Roux' },
    decidedAt: '2026-11-23T09:00:00Z',
    details: { documentId: 'doc-1' },
  });
  const card = buildDigestCard(digest([done, generated]), options);
  const text = cardText(card);
  expect(text).toContain('✅ E-mail envoyé par Camille Roux le 23/11/2026 à 09:12');
  expect(text).toContain('N° de la lettre recommandée');
  const titles = buttons(card).map((b) => b.title);
  expect(titles).toContain('Marquer envoyée en LRAR');
  expect(titles).not.toContain('Envoyer l’e-mail');
  expect(buttons(card).find((b) => b.title === 'Ouvrir le document')?.url).toBe('http://x/documents/doc-1');
});

it('shows an e-mail « à vérifier » of an earlier day with its two choices, on today’s card', () => {
  const friday = calendarDate(2026, 11, 20);
  const uncertain = action(1, steps[1], {
    date: friday,
    status: 'uncertain',
    note: { kind: 'failed', failure: { code: 'uncertain', reason: 'la connexion a été perdue' } },
  });
  const queued = action(2, steps[1], { status: 'queued', decidedBy: { id: 'a', name: 'Camille Roux' } });
  const card = buildDigestCard(digest([uncertain, queued]), options);
  const text = cardText(card);
  expect(text).toContain('⚠ À vérifier : la connexion a été perdue.');
  expect(text).toContain('⏳ En file d’attente (« Tout envoyer » de Camille Roux)');
  const found = buttons(card);
  expect(found.map((b) => b.title)).toEqual(expect.arrayContaining(['Confirmer l’envoi', 'Renvoyer']));
  expect(found.find((b) => b.title === 'Renvoyer')?.data).toMatchObject({
    date: friday,
    customer: 'C1',
    step: 'J+3',
    day: MONDAY,
  });
  // A queued e-mail has no button to act: it is on its way (its customer's card still opens).
  expect(
    found.filter((b) => (b.data as { customer?: string } | undefined)?.customer === 'C2').map((b) => b.verb),
  ).toEqual(['customer.open']);
});

it('gives a director no button to act', () => {
  const card = buildDigestCard(digest(steps.map((s, i) => action(i, s))), { ...options, canAct: false });
  // Only the customer's card, which a director reads.
  expect(buttons(card).map((b) => b.verb)).toEqual(steps.map(() => 'customer.open'));
  expect(cardText(card)).toContain('Lecture seule');
});

it('stays under 28 KB at 1,000 actions, pages through them, and keeps complete totals', () => {
  const many = Array.from({ length: 1000 }, (_, i) => action(i, steps[i % steps.length]!));
  const card = buildDigestCard(digest(many), options);
  expect(cardSize(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
  const text = cardText(card);
  expect(text).toContain('1000 actions à mener');
  expect(text).toContain('200 clients');
  const next = buttons(card).filter((b) => b.verb === 'digest.page');
  expect(next.length).toBe(5);
  expect(next[0]!.title).toMatch(/Page suivante \(2\/\d+\)/);
  const page2 = buildDigestCard(digest(many), { ...options, pages: { 'J+3': 1 } });
  expect(cardText(page2)).not.toEqual(text);
  expect(cardSize(page2)).toBeLessThanOrEqual(MAX_CARD_BYTES);
});
