/**
 * Amounts as people write them in Switzerland, Belgium and on a trading floor (issue 16, twelfth
 * round: a Geneva controller): « 3'500.- » (apostrophes between thousands, « .- » for « no
 * cents »), « 1'250.50 » (a dot before the cents), « CHF 5'000 », « 2 000 francs », « 1,5 M€ »,
 * « 2 Mio », « 1 million d’euros ». Rewritten in the text, before commands and questions read it,
 * into the one form the amounts' readers know: the digits with a comma before the cents and a « € »
 * after (« 3500 € », « 1250,50 € », « 1500000 € ») — a unit said, so that a promise keeps its amount.
 * The ledger has one currency: a franc sign marks an amount, it converts nothing.
 *
 * Only digits written so are touched: « 10.12 » (a day), « 30-60j » (a range), « F2026-1042 » (an
 * invoice) and « le 3e » keep their meaning. Each rule is one linear pass of the text.
 */

/** A number as written: digits with apostrophes or spaces between thousands, and cents after a dot or a comma. */
const NUMBER = String.raw`\d{1,3}(?:['’´\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d{1,2}(?!\d))?|\d+(?:[.,]\d{1,2}(?!\d))?`;

/** The number words a franc may follow (« septante mille francs »). */
const NUMBER_WORDS =
  'mille|cents?|millions?|septante|huitante|octante|nonante|dix|vingts?|trente|quarante|cinquante|soixante|deux|trois|quatre|cinq|six|sept|huit|neuf|onze|douze|treize|quatorze|quinze|seize';

/** « 3'500 », « 12 500,5 » → « 3500 », « 12500,5 »: one run of digits, a comma before the cents. */
function plain(written: string): string {
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/u.exec(written)!;
  const whole = m[1]!.replace(/['’´\u00a0\u202f\u2009 ]/gu, '');
  return m[2] !== undefined ? `${whole},${m[2]}` : whole;
}

const RULES: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  // « 1,5 M€ », « 2 MEUR », « 2 Mio », « 1 million d’euros », « 3 millions de francs »: millions.
  [
    new RegExp(
      String.raw`(?<![\p{L}\p{N}.,'’])(\d+(?:[.,]\d+)?)\s*(?:M\s?€|M\s?EUR\b|m€|Mio\.?(?![\p{L}])|mio\.?(?![\p{L}])|millions?(?![\p{L}]))(?:\s*(?:d['’]\s*euros?|de\s+francs|€|EUR\b|euros?\b|CHF\b))?`,
      'gu',
    ),
    (_all, n) => `${Math.round(Number(n!.replace(',', '.')) * 1_000_000)} €`,
  ],
  // « 5 kCHF », « 10 kFr. »: thousands of francs.
  [/(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)\s*k(?:CHF|Fr\.?|SFr\.?)(?![\p{L}])/giu, (_all, n) => `${n!} k€`],
  // « CHF 5'000.- », « Fr. 3'500 », « SFr. 1'200.– », « EUR 5'000 »: the currency before the number.
  [
    new RegExp(
      String.raw`(?<![\p{L}])(?:CHF|SFr\.?|Fr\.|EUR)\s*(${NUMBER})(?:[.,][-–—]{1,2}(?![\p{N}]))?`,
      'gu',
    ),
    (_all, n) => `${plain(n!)} €`,
  ],
  // « 3'500.- », « 1200.– », « 3500,- »: an amount with no cents.
  [
    new RegExp(String.raw`(?<![\p{L}\p{N}.,'’])(${NUMBER})[.,][-–—]{1,2}(?![\p{N}])`, 'gu'),
    (_all, n) => `${plain(n!)} €`,
  ],
  // « 12'500 € », « 1'250.50 »: apostrophes between thousands, a dot before the cents — only ever
  // an amount, its unit added when none is said.
  [
    /(?<![\p{L}\p{N}.,'’])(\d{1,3}(?:['’´]\d{3})+(?:\.\d{1,2}(?!\d))?)(?![\p{N}'’])(\s*(?:€|eur(?:os?)?\b|chf\b|francs?\b|fr\.|k(?![\p{L}])|ke\b|keur\b))?/giu,
    (_all, n, unit) => (unit ? `${plain(n!)}${unit}` : `${plain(n!)} €`),
  ],
  // « 2 000 CHF », « septante mille francs », « 500 fr. »: the franc after the number is a unit.
  [
    new RegExp(
      String.raw`((?:\d|(?<![\p{L}])(?:${NUMBER_WORDS}))\s*)(?:CHF|francs?(?:\s+suisses)?|fr\.)(?![\p{L}])`,
      'giu',
    ),
    (_all, before) => `${before}€`,
  ],
];

/**
 * « à partir de 5 000 € », « dès 5'000.- », « dès nonante jours »: a lower bound before an amount or
 * days (« partir » is no reminder leaving, « dès » no article), written « au moins »; a date after
 * it (« à partir du 1er », « dès le 5 », « à partir de 15 novembre ») stays a date.
 */
const FROM_A_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:[àa]\s+partir\s+d(?:e\s+|['’]\s*)|dès\s+)(?=(\d[\d'’.,\s]*|(?:${NUMBER_WORDS}|un|une|cent)(?:[\s-]+(?:${NUMBER_WORDS}|et|un|une|cent))*)\s*(€|\p{L}*))`,
  'giu',
);
const MONTH =
  /^(?:janv|janvier|f[ée]vr?|f[ée]vrier|mars|avr|avril|mai|juin|juil|juillet|ao[uû]t|sept|septembre|oct|octobre|nov|novembre|d[ée]c|d[ée]cembre)$/iu;

/**
 * « à partir du 1er novembre », « à partir de 15 novembre », « à partir du début du mois »: a
 * period's start, as « depuis » says it (« partir » is no reminder leaving: it gave the planned
 * actions).
 */
const FROM_A_DATE = /(?<![\p{L}])[àa]\s+partir\s+(?:(du)\s|de\s+(?=d[ée]but|\d))/giu;

/** « en CHF », « en francs suisses », « en euros »: the currency of a figure, which the ledger has one of. */
const IN_A_CURRENCY = /(?<![\p{L}])en\s+(?:CHF|francs?(?:\s+suisses)?|euros?|EUR)(?![\p{L}])/giu;

/** The text with amounts written the Swiss, Belgian or trading-floor way in the digits the parser reads. */
export function withAmountForms(text: string): string {
  if (!/\d|franc|chf|eur|partir|dès|mille|cent|ante/i.test(text)) return text;
  let out = text
    .replace(IN_A_CURRENCY, ' ')
    .replace(FROM_A_NUMBER, (all: string, n: string, next: string) =>
      // « à partir de 2027 », « dès 2026 »: a year, not an amount.
      MONTH.test(next) || (/^(?:19|20)\d\d\s*$/.test(n) && !/^(?:€|eur|euros?|k|chf|francs?)$/i.test(next))
        ? all
        : 'au moins ',
    )
    .replace(FROM_A_DATE, (_all: string, du?: string) => (du ? 'depuis le ' : 'depuis '));
  for (const [re, to] of RULES) out = out.replace(re, (...args: string[]) => to(...args));
  return out;
}
