import { acronymOf, editDistance, findCustomers, normalizeText } from '../../src/domain/customer-search';
import { aCustomer } from '../support/fixtures';

const customers = [
  aCustomer({ code: 'C001', legalName: 'Biocoop Lyon Croix-Rousse' }),
  aCustomer({ code: 'C002', legalName: 'Société Générale d’Hygiène' }),
  aCustomer({ code: 'C003', legalName: 'Hôtel du Parc' }),
  aCustomer({ code: 'C010', legalName: 'Biocoop Part-Dieu' }),
  aCustomer({ code: 'C005', legalName: 'Dupont & Fils <SARL>' }),
];
const codes = (q: string) => findCustomers(q, customers).map((c) => c.code);

it('ignores accents, case, punctuation and apostrophes', () => {
  expect(normalizeText('Société Générale d’Hygiène')).toBe('societe generale dhygiene');
  expect(codes('societe generale d hygiene')).toEqual(['C002']);
  expect(codes('SOCIÉTÉ GÉNÉRALE D’HYGIÈNE')).toEqual(['C002']);
  expect(codes('hotel du parc')).toEqual(['C003']);
  expect(codes('dupont et fils')).toEqual(['C005']);
});

it('finds by code, by part of the name, and says when several match', () => {
  expect(codes('c001')).toEqual(['C001']);
  expect(codes('biocoop')).toEqual(['C001', 'C010']);
  expect(codes('biocoop croix rousse')).toEqual(['C001']);
  expect(codes('hygiene')).toEqual(['C002']);
});

it('forgives a typo in a longer word, not a different word', () => {
  expect(codes('biocop')).toEqual(['C001', 'C010']);
  expect(codes('generalle')).toEqual(['C002']);
  expect(codes('carrefour')).toEqual([]);
  expect(codes('')).toEqual([]);
  expect(editDistance('hygiene', 'hygienne')).toBe(1);
});

describe('acronyms and aliases', () => {
  const portfolio = [
    ...customers,
    aCustomer({ code: 'C007', legalName: 'Propreté Services Rhône-Alpes' }),
    aCustomer({ code: 'C012', legalName: 'Lyon Propreté Industrie' }),
    aCustomer({ code: 'C018', legalName: 'Intermarché Vaise', aliases: ['ITM Vaise', 'Inter V'] }),
  ];
  const find = (q: string) => findCustomers(q, portfolio).map((c) => c.code);

  it('finds a customer by the initials of its name’s significant words, not of its glue', () => {
    expect(acronymOf('Société Générale d’Hygiène')).toBe('sgh');
    expect(acronymOf('Propreté Services Rhône-Alpes')).toBe('psra');
    expect(acronymOf('Dupont & Fils <SARL>')).toBe('df');
    expect(acronymOf('Biocoop')).toBeNull();
    expect(find('SGH')).toEqual(['C002']);
    expect(find('sgh')).toEqual(['C002']);
    expect(find('PSRA')).toEqual(['C007']);
    expect(find('LPI')).toEqual(['C012']);
  });

  it('finds a customer by an alias, whole or by its words', () => {
    expect(find('ITM Vaise')).toEqual(['C018']);
    expect(find('itm')).toEqual(['C018']);
    expect(find('inter v')).toEqual(['C018']);
    expect(find('vaise')).toEqual(['C018']);
  });
});
