import { formatEuros, parseAmountToCents, cents, InvalidAmountError } from '../../src/domain/money';

describe('parseAmountToCents', () => {
  it.each([
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1\u202f234,56 €', 123456],
    ['1234.56', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1.234.567', 123456700],
    ['1.234', 123400],
    ['12,5', 1250],
    ['0,07', 7],
    ['-12,50', -1250],
    ['(12,50)', -1250],
    ['100', 10000],
    [',50', 50],
  ])('%s → %i cents', (input, expected) => {
    expect(parseAmountToCents(input)).toBe(expected);
  });

  it.each([
    '',
    'abc',
    '12,345,67',
    '1,2,3',
    '12.5.5',
    '1 2 3,456',
    '--5',
    '12,345',
    ',',
    '.',
    ' , ',
    '12 34,56',
    '1 2,5',
  ])('rejects %j', (input) => {
    expect(() => parseAmountToCents(input)).toThrow(InvalidAmountError);
  });
});

describe('formatEuros', () => {
  it('groups thousands with no-break spaces and uses a decimal comma', () => {
    expect(formatEuros(cents(123456))).toBe('1\u00a0234,56\u00a0€');
    expect(formatEuros(cents(5))).toBe('0,05\u00a0€');
    expect(formatEuros(cents(-100000000))).toBe('-1\u00a0000\u00a0000,00\u00a0€');
    expect(formatEuros(cents(4000), { symbol: false })).toBe('40,00');
  });
});
