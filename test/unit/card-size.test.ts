import { Writable } from 'node:stream';
import { buildActionDetailCard } from '../../src/bot/controller/action-detail-card';
import { cardSize, MAX_CARD_BYTES, type CardJson } from '../../src/bot/card-templates';
import { inertActivity } from '../../src/bot/outgoing-text';
import { createLogger } from '../../src/config/logger';
import { newAction } from '../../src/domain/actions';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { cents, formatEuros } from '../../src/domain/money';
import { cardText } from '../support/bot';

const MONDAY = calendarDate(2026, 11, 23);

it('lists forty invoices on a row’s detail and counts the rest, under 28 KB', () => {
  const invoices = Array.from({ length: 300 }, (_, i) => ({
    number: `FA/2026/${String(i).padStart(6, '0')}`,
    issueDate: '2026-10-01' as CalendarDate,
    dueDate: '2026-10-31' as CalendarDate,
    amountInclTax: cents(10_000),
    balance: cents(10_000),
    daysLate: 23,
  }));
  const action = newAction({
    id: `${MONDAY}|C1|J+3`,
    date: MONDAY,
    customerCode: 'C1',
    customerName: 'Grossiste Rhône-Alpes',
    risk: 'moderate',
    salesRepEmail: null,
    step: 'J+3',
    channel: 'email',
    invoices,
    total: cents(3_000_000),
    maxDaysLate: 23,
    alerts: [],
  });
  const card = buildActionDetailCard(action, MONDAY, {});
  expect(cardSize(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
  const text = cardText(card);
  expect(text).toContain('FA/2026/000039');
  expect(text).not.toContain('FA/2026/000040');
  expect(text).toContain(
    `et 260 autres factures (${formatEuros(cents(2_600_000))}) : voir l’historique du client`,
  );
});

it('replaces a card Teams would refuse with a short French card, and logs it', () => {
  const lines: string[] = [];
  const logger = createLogger(
    { LOG_LEVEL: 'info', LOG_FORMAT: 'json', NODE_ENV: 'test' },
    'test',
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  const huge: CardJson = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: Array.from({ length: 100 }, (_, i) => ({ type: 'TextBlock', text: `${i} ${'é'.repeat(500)}` })),
  };
  const activity = {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: huge }],
  };
  inertActivity(activity, logger);
  const sent = activity.attachments[0]!.content as CardJson;
  expect(cardSize(sent)).toBeLessThan(1024);
  expect(cardText(sent)).toContain('Cette carte est trop volumineuse pour Teams');
  expect(lines.join('')).toContain('over 28 KB');
});
