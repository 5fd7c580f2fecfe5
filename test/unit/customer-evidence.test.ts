/**
 * Customers named on evidence (src/questions/parser/customer-evidence.ts and customers.ts), against
 * the evaluation portfolio (test/nlu/portfolio.json): ordinary words are never names, acronyms and
 * aliases are, « vouliez-vous dire » is offered for a word that may be both, and « aucun client »
 * only for a word placed like a name.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCalendarDate } from '../../src/domain/calendar-date';
import {
  parseQuestion,
  parseWithoutCustomers,
  type ParseResult,
} from '../../src/questions/parser/parse-question';
import { aCustomer } from '../support/fixtures';

const portfolio = JSON.parse(readFileSync(resolve(__dirname, '../nlu/portfolio.json'), 'utf8')) as {
  today: string;
  lawFirm: string;
  customers: Array<{ code: string; legalName: string; aliases?: string[] }>;
};
const today = parseCalendarDate(portfolio.today);
const customers = portfolio.customers.map((c) => aCustomer({ ...c }));
const parse = (text: string): ParseResult =>
  parseQuestion(text, { today, customers, lawFirm: portfolio.lawFirm });

/** The customers a question was read as naming, whatever its intent. */
function named(text: string): string[] | string {
  const result = parse(text);
  if (result.kind === 'ambiguous_customer') return result.candidates.map((c) => c.code);
  if (result.kind === 'query') return [...(result.query.customerCodes ?? [])];
  if (result.kind === 'unknown_customer') return `unknown: ${result.mention}`;
  if (result.kind === 'not_understood') return result.understood.customerCodes ?? [];
  return result.kind;
}

describe('an ordinary word is never a customer', () => {
  it.each([
    // The examples (informal words, « va mieux », ordinary words of a question).
    'c koi le total des impayes a fin octobre',
    'qui nous doit le plus de fric ?',
    'ça va mieux que le mois dernier les retards ?',
    'bilan des impayés',
    'fais le point sur les impayés',
    'état des impayés',
    'total des impayés',
    'kon en est des impayés ?',
    // Ordinal days and numbers.
    'impayés échus le 5',
    'impayés depuis le 1er octobre',
    'impayés échus le 2e jour du mois',
    // Invoice numbers, even after « de » or « sur ».
    'impayés de F2026-1042',
    'impayés sur F2026-1042',
    // A short word does not prefix-match a name (« va », « bon », « pas »).
    'impayés va',
    'impayés vai',
    'impayés nat',
    'factures facturées en octobre toujours pas payées',
    // Words that look like a name's place but are not (a partitive « des », « mes clients »).
    'ça traîne trop, je veux la liste des fact. échues non payées',
    'est-ce que mes clients contestent des factures ?',
    'qu’a fait le contrôleur de crédit la semaine dernière ?',
    // English words.
    'show me overdue invoices above 60 days',
  ])('« %s »', (text) => {
    expect(named(text)).toEqual([]);
  });

  it('« Lyon », « Services », « Les » alone name nobody (they are shared, generic words)', () => {
    expect(named('impayés services')).toEqual([]);
    expect(named('impayés à Lyon')).toEqual([]);
    expect(named('impayés des Les')).toEqual([]);
  });
});

describe('a customer is named', () => {
  it.each([
    ['impayés de Biocoop Lyon', ['C001']],
    ['impayés de biocoop croixrousse', ['C001']],
    ['combien nous doit biocop lyon', ['C001']],
    ['impayés de biocoop', ['C001', 'C011']],
    ['impayés des tilleuls', ['C014']],
    ['solde naturalia', ['C010']],
    ['combien doit Vaise ?', ['C018']],
    ['solde vie claire', ['C006']],
    ['impayés du restaurant au bon point', ['C016']],
    ['combien nous doit le pressing total net', ['C017']],
    ['solde hôtel du parc', ['C003']],
    ['impayés part-dieu', ['C010', 'C011']],
    ['combien nous doit C007', ['C007']],
    ['combien doit mon client l’hotel du parq', ['C003']],
  ])('« %s » → %j', (text, codes) => {
    expect(named(text)).toEqual(codes);
  });

  it('by the acronym of its name’s significant words, in capitals or not', () => {
    expect(named('impayés de la SGH')).toEqual(['C002']);
    expect(named('impayés de la sgh')).toEqual(['C002']);
    expect(named('combien nous doit PSRA')).toEqual(['C007']);
    expect(named('retards de LPI')).toEqual(['C012']);
    expect(named('impayés du CHV')).toEqual(['C004']);
  });

  it('by an alias, whole or by its words', () => {
    expect(named('combien doit ITM Vaise')).toEqual(['C018']);
    expect(named('solde de naturalia pd')).toEqual(['C010']);
    expect(named('impayés ITM')).toEqual(['C018']);
  });

  it('by an acronym only when it is not a word of the question', () => {
    const withDso = [...customers, aCustomer({ code: 'C099', legalName: 'Dupuis Services Ouest' })];
    const result = parseQuestion('DSO ?', { today, customers: withDso });
    expect(result).toEqual({ kind: 'query', query: { intent: 'dso' } });
  });

  it('forgives a typo on a long word only', () => {
    expect(named('solde naturalai')).toEqual(['C010']);
    expect(named('combien doit vaize')).toEqual('unknown: vaize');
  });
});

describe('« vouliez-vous dire le client … ? »', () => {
  it('answers without the word and offers the customers whose name has it', () => {
    expect(parse('services impayés')).toEqual({
      kind: 'query',
      query: { intent: 'unpaid_invoices' },
      didYouMean: {
        mention: 'services',
        candidates: [{ code: 'C007', name: 'Propreté Services Rhône-Alpes' }],
      },
    });
    // A word of the domain (« le point sur », « le total ») is read as such: no customer offered for
    // it (issue 16, eighteenth round: ../../src/questions/parser/name-words.ts).
    expect(parse('fais le point sur les impayés')).toEqual({
      kind: 'query',
      query: { intent: 'unpaid_invoices' },
    });
    expect(parse('c koi le total des impayes a fin octobre')).toEqual({
      kind: 'query',
      query: { intent: 'unpaid_invoices', asOf: '2026-10-31' },
    });
  });

  it('offers every customer a shared word may name, and none for an ordinary short word', () => {
    const lyon = parse('impayés de lyon');
    expect(lyon.kind === 'query' && lyon.didYouMean?.candidates.map((c) => c.code)).toEqual(['C001', 'C012']);
    const pas = parse('factures toujours pas payées');
    expect(pas.kind === 'query' && pas.didYouMean).toBeUndefined();
  });

  it('is not offered when a customer is named', () => {
    const result = parse('total des impayés de biocoop lyon');
    expect(result).toEqual({ kind: 'query', query: { intent: 'unpaid_invoices', customerCodes: ['C001'] } });
  });
});

describe('« aucun client » only for a word placed like a name', () => {
  it.each([
    ['impayés de Carrefour', 'Carrefour'],
    ['litiges avec auchan', 'auchan'],
    ['DSO de Franprix ?', 'Franprix'],
    ['situation du client Decathlon', 'Decathlon'],
    ['factures contestées par le Novotel', 'Novotel'],
    ['echeancier de la clinique du val d’ouest', 'clinique du val d’ouest'],
    ['la SNCF est au contentieux ?', 'SNCF'],
    // A customer's balance needs a customer: the word left is the name asked for.
    ['combien nous doit leclerc', 'leclerc'],
  ])('« %s » → « %s »', (text, mention) => {
    const result = parse(text);
    expect(result.kind).toBe('unknown_customer');
    expect(result.kind === 'unknown_customer' && result.mention).toBe(mention);
  });

  it('a word placed like no name is ignored when the question is understood, else not understood', () => {
    expect(parse('la liste de mes impayés zorglub')).toEqual({
      kind: 'query',
      query: { intent: 'unpaid_invoices' },
    });
    expect(parse('le chat est sur la table').kind).toBe('not_understood');
  });

  it('capitals say nothing in a question typed all in capitals', () => {
    expect(named('QUELS IMPAYES CE MOIS ?')).toEqual([]);
    expect(named('COMBIEN NOUS DOIT SOCIETE GENERALE DHYGIENE')).toEqual(['C002']);
  });
});

describe('parsing before reading the customers', () => {
  it('asks for the customers whenever a word could name one or be offered as one', () => {
    const early = (text: string) => parseWithoutCustomers(text, { today });
    expect(early('impayés de la SGH')).toBeNull();
    expect(early('total des impayés')).toBeNull();
    expect(early('combien nous doit C007 ?')).toBeNull();
    expect(early('impayés JB')).toBeNull();
    expect(early('balance âgée')).toEqual({ kind: 'query', query: { intent: 'aged_balance' } });
    expect(early('quels impayés ce mois ?')).not.toBeNull();
  });
});
