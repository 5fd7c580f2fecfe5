/**
 * The ways a director writes that the extractors do not read as such: English (./english.ts) and
 * SMS spelling (./informal.ts), and numbers said in words (./number-words.ts), rewritten into the parser's French before anything else reads the
 * question.
 */
import { currencyAfterNumber } from './currency';
import { isEnglish, translateEnglish } from './english';
import { rewriteInformal } from './informal';
import { rewriteAutocorrect } from './autocorrect';
import { rewriteAbbreviations } from './abbreviations';
import { rewriteFranglais } from './franglais';
import { numbersInWords } from './number-words';
import type { Token } from './tokens';

export function readableTokens(tokens: readonly Token[]): Token[] {
  return currencyAfterNumber(
    numbersInWords(
      isEnglish(tokens)
        ? translateEnglish(tokens)
        : rewriteFranglais(rewriteAbbreviations(rewriteInformal(rewriteAutocorrect(tokens)))),
    ),
  );
}
