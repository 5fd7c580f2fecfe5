/**
 * « Vouliez-vous dire le client … ? » on an answer card: the line after the answer, one button per
 * customer re-running the same query with it, and the paging buttons kept.
 */
import { renderAnswerCard } from '../../src/bot/questions/answer-card';
import { didYouMeanSuggestion } from '../../src/bot/questions/did-you-mean';
import type { StructuredQuery } from '../../src/questions/query';
import { col } from '../../src/questions/view/answer-view';
import { cardText } from '../support/bot';

const query: StructuredQuery = { intent: 'unpaid_invoices', asOf: '2026-10-31' as StructuredQuery['asOf'] };
const view = {
  headline: '12 factures impayées : 3 400,00 € TTC',
  tables: [
    {
      title: 'Factures',
      columns: [col('Facture', 1)],
      rows: Array.from({ length: 12 }, (_, i) => [`F2026-${1000 + i}`]),
    },
  ],
};

function executes(card: unknown): Array<{ title: string; data: unknown }> {
  const found: Array<{ title: string; data: unknown }> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute') found.push(record as { title: string; data: unknown });
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

it('names the one customer, with a button answering the same question for it', () => {
  const suggestion = didYouMeanSuggestion(query, {
    mention: 'total',
    candidates: [{ code: 'C017', name: 'Pressing Total Net' }],
  });
  const card = renderAnswerCard(view, query, 0, suggestion);
  expect(cardText(card)).toContain('Vouliez-vous dire le client « Pressing Total Net » ?');
  expect(cardText(card)).toContain('12 factures impayées');
  const buttons = executes(card);
  expect(buttons.map((b) => b.title)).toEqual(['Voir la suite (2/2) →', 'Pressing Total Net']);
  expect(buttons[1]!.data).toEqual({ q: { ...query, customerCodes: ['C017'] } });
});

it('names several customers with « ou », one button each', () => {
  const suggestion = didYouMeanSuggestion(query, {
    mention: 'lyon',
    candidates: [
      { code: 'C001', name: 'Biocoop Lyon Croix-Rousse' },
      { code: 'C012', name: 'Lyon Propreté Industrie' },
    ],
  });
  const card = renderAnswerCard(view, query, 0, suggestion);
  expect(cardText(card)).toContain(
    'Vouliez-vous dire l’un des clients « Biocoop Lyon Croix-Rousse » ou « Lyon Propreté Industrie » ?',
  );
  expect(executes(card).map((b) => b.data)).toContainEqual({ q: { ...query, customerCodes: ['C012'] } });
});

it('adds nothing without a suggestion', () => {
  expect(didYouMeanSuggestion(query, undefined)).toBeUndefined();
  expect(cardText(renderAnswerCard(view, query, 0, undefined))).not.toContain('Vouliez-vous dire');
});
