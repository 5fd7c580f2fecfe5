/**
 * « quelles lettres recommandées partent aujourd’hui ? »: the day's proposals of one step, and a
 * card that says which step it lists; « … demain ? »: a day whose proposals are not made yet.
 */
import { buildAnswerCard } from '../../src/bot/questions/answer-card';
import { newAction, type DunningAction } from '../../src/domain/actions';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import type { Channel } from '../../src/domain/ladder';
import { cents } from '../../src/domain/money';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { viewOf, type QueryAnswer } from '../../src/questions/registry';
import { EVERYONE } from '../../src/questions/scope';
import { QueryService } from '../../src/questions/service';
import type { QuerySources } from '../../src/questions/sources';
import { aCustomer } from '../support/fixtures';
import { cardText } from '../support/bot';

const TODAY = calendarDate(2026, 11, 23);
const customers = [
  aCustomer({ code: 'C001', legalName: 'Biocoop Lyon Croix-Rousse' }),
  aCustomer({ code: 'C002', legalName: 'Société Générale d’Hygiène' }),
  aCustomer({ code: 'C003', legalName: 'Hôtel du Parc' }),
];

function action(
  date: CalendarDate,
  code: string,
  step: string,
  channel: Channel,
  euros: number,
): DunningAction {
  const customer = customers.find((c) => c.code === code)!;
  return newAction({
    id: `${date}|${code}|${step}`,
    date,
    customerCode: code,
    customerName: customer.legalName,
    risk: customer.risk,
    salesRepEmail: null,
    step,
    channel,
    invoices: [],
    total: cents(euros * 100),
    maxDaysLate: 25,
    alerts: [],
  });
}

const actions = [
  action(TODAY, 'C001', 'J+20', 'registered_letter', 1200),
  action(TODAY, 'C002', 'J+3', 'email', 300),
  action(TODAY, 'C003', 'J+20', 'registered_letter', 800),
];

const sources: QuerySources = {
  invoices: {
    listOpen: async () => [],
    listDueIn: async () => [],
    listByCustomer: async () => [],
    scanAll: async function* () {},
  },
  customers: { list: async () => customers },
  payments: { listByMonth: async () => [] },
  journal: { listForDays: async () => [], listForCustomer: async () => [] },
  actions: { listForDate: async (date) => actions.filter((a) => a.date === date) },
};

async function ask(text: string): Promise<QueryAnswer> {
  const parsed = parseQuestion(text, { today: TODAY, customers });
  if (parsed.kind !== 'query') throw new Error(`${text}: ${parsed.kind}`);
  const outcome = await new QueryService(sources).execute(parsed.query, { scope: EVERYONE, today: TODAY });
  if (outcome.kind !== 'answer') throw new Error(`${text}: ${outcome.kind}`);
  return outcome.answer;
}

it('lists only the registered letters of the day, and says the step on the card', async () => {
  const answer = await ask('quelles lettres recommandées partent aujourd’hui ?');
  const view = viewOf(answer);
  expect(view.tables![0]!.rows.map((r) => [r[0], r[1]])).toEqual([
    ['Biocoop Lyon Croix-Rousse', 'J+20'],
    ['Hôtel du Parc', 'J+20'],
  ]);
  expect(view.headline).toBe(
    '2 relances à l’étape J+20 proposées le 23 novembre 2026 : 2\u00a0000,00\u00a0€ à recouvrer',
  );
  expect(view.subtitle ?? '').not.toContain('dernière relance');
  expect(cardText(buildAnswerCard(answer, 0))).toContain('à l’étape J+20');
});

it('says when no action of that step is proposed', async () => {
  const view = viewOf(await ask('qui passe au cabinet aujourd’hui ?'));
  expect(view.headline).toBe('Aucune relance à l’étape J+30 proposée le 23 novembre 2026');
  expect(view.tables![0]!.rows).toEqual([]);
});

it('keeps the whole day when no step is asked', async () => {
  const view = viewOf(await ask('que dois-je faire aujourd’hui ?'));
  expect(view.tables![0]!.rows).toHaveLength(3);
  expect(view.headline).toMatch(/^3 relances proposées le 23 novembre 2026/);
});

it('says that tomorrow’s proposals are not made yet, instead of today’s figures', async () => {
  const view = viewOf(await ask('quels mails de relance demain ?'));
  expect(view.headline).toBe('Les relances à l’étape J+3 du 24 novembre 2026 ne sont pas encore proposées');
  expect(view.tables![0]!.rows).toEqual([]);
  expect(view.notes).toEqual([
    'Les relances d’un jour sont proposées le matin même, d’après les factures et les paiements connus à ce moment-là.',
  ]);
});
