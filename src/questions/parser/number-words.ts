/**
 * Numbers dictated to a phone or written in words: « mille deux cents euros », « plus de trente
 * jours », « quatre-vingt-dix jours », « entre trente et soixante jours », « le quinze décembre »,
 * « vingt et un jours ». A run of number words is rewritten into one number — the same token the
 * digits give — when a unit follows it (days, months, weeks, euros, a month's name), or when it is
 * the first bound of a range whose second bound has one (« entre trente et soixante jours »); a
 * year in words follows a month (« octobre deux mille vingt-cinq »), and a ranking's size follows
 * « top » (« top cinq », « le top dix des mauvais payeurs »). Elsewhere the words stay words: « les
 * trois plus gros » ranks all, as the evaluation's brief labels it (a size in digits only,
 * test/nlu/README.md), and a lone « un » / « une » is an article.
 */
import { wordToken } from './rewrite';
import type { Token } from './tokens';

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  // Belgian and Swiss French: « septante » 70, « huitante » / « octante » 80, « nonante » 90.
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
};

const MONTHS = new Set(
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(' '),
);

/** What may follow a number in words for it to be read as one. */
const AFTER = new Set([
  ...'jours jour j jrs jr mois semaines semaine ans an euros euro eur € k ke keur balles'.split(' '),
  ...MONTHS,
]);
/** « trente derniers jours », « trois prochains mois »: the unit one word further. */
const BETWEEN = new Set('derniers dernieres prochains prochaines premiers premieres'.split(' '));

const isNumberWord = (norm: string | undefined): boolean =>
  norm !== undefined &&
  (norm in UNITS ||
    norm === 'cent' ||
    norm === 'cents' ||
    norm === 'mille' ||
    norm === 'million' ||
    norm === 'millions');

const DIGITS_BEFORE_MULTIPLIER = /^\d{1,3}(?:[.,]\d{1,3})?$/;
const MULTIPLIERS = new Set(['mille', 'million', 'millions']);
const startsRun = (tokens: readonly Token[], i: number): boolean =>
  isNumberWord(tokens[i]!.norm) ||
  (DIGITS_BEFORE_MULTIPLIER.test(tokens[i]!.norm) && MULTIPLIERS.has(tokens[i + 1]?.norm ?? ''));

/** The run of number words from `start`: its value and how many tokens it takes, or null. */
function readRun(
  tokens: readonly Token[],
  start: number,
): { value: number; length: number; words: number } | null {
  let total = 0;
  let current = 0;
  let i = start;
  let words = 0;
  // « 2 mille euros », « 1,5 million »: digits before a multiplier, as dictated.
  const digits = DIGITS_BEFORE_MULTIPLIER.exec(tokens[start]?.norm ?? '');
  if (digits && MULTIPLIERS.has(tokens[start + 1]?.norm ?? '')) {
    current = Number(digits[0].replace(',', '.'));
    words++;
    i++;
  }
  while (i < tokens.length) {
    const norm = tokens[i]!.norm;
    // « vingt et un », « soixante et onze »: « et » inside a number after a ten.
    if (
      norm === 'et' &&
      words > 0 &&
      current % 10 === 0 &&
      current % 100 >= 20 &&
      /^(un|une|onze)$/.test(tokens[i + 1]?.norm ?? '')
    ) {
      i++;
      continue;
    }
    if (!isNumberWord(norm)) break;
    if (norm === 'cent' || norm === 'cents') current = (current === 0 ? 1 : current) * 100;
    else if (norm === 'mille') {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
    } else if (norm === 'million' || norm === 'millions') {
      total += (current === 0 ? 1 : current) * 1_000_000;
      current = 0;
    } else if ((norm === 'vingt' || norm === 'vingts') && current % 100 === 4)
      current += 76; // quatre-vingt(s)
    else current += UNITS[norm]!;
    words++;
    i++;
  }
  if (words === 0) return null;
  return { value: total + current, length: i - start, words };
}

/** Whether a comparator of amounts ends right before `at` (« plus de », « au moins », « > »). */
function afterComparator(tokens: readonly Token[], at: number): boolean {
  const one = tokens[at - 1]?.norm ?? '';
  const two = tokens[at - 2]?.norm ?? '';
  if (/^(?:[<>≥≤=]|moins|minimum|maximum|depassant|excedant)$/.test(one)) return true;
  if ((one === 'de' || one === 'd') && /^(?:plus|moins|dessus|dessu|dela|dessous|dessou)$/.test(two))
    return true;
  return /^(?:a|au|aux)$/.test(one) && /^(?:superieur|inferieur|egal)/.test(two);
}

function unitAfter(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]?.norm;
  if (next === undefined) return false;
  return AFTER.has(next) || (BETWEEN.has(next) && AFTER.has(tokens[at + 1]?.norm ?? ''));
}

/** The tokens with numbers said in words rewritten as digits where a unit (or a range) says so. */
export function numbersInWords(tokens: readonly Token[]): Token[] {
  if (!tokens.some((t) => isNumberWord(t.norm))) return [...tokens];
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const run = startsRun(tokens, i) ? readRun(tokens, i) : null;
    if (!run) {
      out.push(tokens[i]!);
      i++;
      continue;
    }
    const end = i + run.length;
    // « entre trente et soixante jours »: the first bound takes the second's unit.
    // « de trente à soixante jours »: so does « à » after « de ».
    const joins = tokens[end]?.norm === 'et' || (tokens[end]?.norm === 'a' && tokens[i - 1]?.norm === 'de');
    const second = joins && isNumberWord(tokens[end + 1]?.norm) ? readRun(tokens, end + 1) : null;
    const lone = run.words === 1 && /^(un|une)$/.test(tokens[i]!.norm);
    // « octobre deux mille vingt-cinq », « en deux mille vingt-cinq », « l'année deux mille vingt-six ».
    const year =
      (MONTHS.has(tokens[i - 1]?.norm ?? '') || /^(?:en|annee|exercice)$/.test(tokens[i - 1]?.norm ?? '')) &&
      run.value >= 1990 &&
      run.value <= 2100;
    // « top cinq », « le top dix des mauvais payeurs »: after « top » only a ranking's size comes.
    const topSize = tokens[i - 1]?.norm === 'top' && run.value >= 2 && run.value <= 100;
    // « impayés de plus de trois mille »: thousands after a comparator are an amount, unit or not.
    const thousandsCompared =
      run.value >= 1000 &&
      tokens.slice(i, end).some((t) => MULTIPLIERS.has(t.norm)) &&
      afterComparator(tokens, i);
    const read =
      !lone &&
      (unitAfter(tokens, end) ||
        year ||
        topSize ||
        thousandsCompared ||
        // « plus de soixante jours mais moins de nonante »: a bound closing the sentence or a clause.
        (afterComparator(tokens, i) && (tokens[end] === undefined || tokens[end]!.kind === 'symbol')) ||
        (second !== null && unitAfter(tokens, end + 1 + second.length)));
    if (!read) {
      out.push(...tokens.slice(i, end));
      i = end;
      continue;
    }
    // « de trente à soixante jours » is written « entre 30 et 60 jours », as « de 30 à 60 jours » is
    // (./autocorrect.ts, which reads digits only).
    const range = second !== null && tokens[end]!.norm === 'a' && out.at(-1)?.norm === 'de';
    if (range) {
      const de = out.pop()!;
      out.push(wordToken('entre', de.start, de.end));
    }
    out.push(wordToken(String(run.value), tokens[i]!.start, tokens[end - 1]!.end));
    if (range) {
      out.push(wordToken('et', tokens[end]!.start, tokens[end]!.end));
      i = end + 1;
      continue;
    }
    i = end;
  }
  return out;
}
