/**
 * What is asked, said twice (issue 16, twenty-third round): « les impayés de Biocoop Lyon, autrement
 * dit ce qu'ils nous doivent », « le DSO, c'est-à-dire le délai moyen de paiement » — the second
 * part explains the first in plainer words; the first names what is asked. When the words before
 * the restatement already ask something, the words after it lend no intent of their own (« ce
 * qu'ils nous doivent » is no customer's balance here). With nothing asked before it (« le truc,
 * autrement dit les impayés »), the restatement is what is asked. The restatement of a period is
 * ./restated-period.ts's.
 */
import { detectIntent } from './intents';
import type { Phrase } from './intents';
import { TokenSet } from './patterns';
import type { Token } from './tokens';

/** The restating words, as token norms (« soit » is left out: « qu'il soit payé » restates nothing). */
const RESTATING: readonly (readonly string[])[] = [
  ['autrement', 'dit'],
  ['c', 'est', 'a', 'dire'],
  ['c', 'a', 'd'],
  ['cad'],
  ['en', 'd', 'autres', 'termes'],
  ['en', 'clair'],
  ['a', 'savoir'],
  ['i', 'e'],
  ['ie'],
];

/** Where the first restating words start (a comma or a dash before them, or not), or -1. */
function restatementAt(words: readonly Token[]): number {
  for (let i = 1; i < words.length; i++)
    for (const marker of RESTATING)
      if (marker.every((w, k) => words[i + k]?.norm === w) && i + marker.length < words.length) return i;
  return -1;
}

/**
 * The tokens no phrase of an intent reads: `unread`, and from the restating words on when the
 * words before them ask something.
 */
export function unreadAfterRestatement(
  tokens: TokenSet,
  extraPhrases: readonly Phrase[],
  unread: readonly boolean[],
): readonly boolean[] {
  const at = restatementAt(tokens.list);
  if (at < 0) return unread;
  const before = detectIntent(
    new TokenSet(tokens.list.slice(0, at)),
    extraPhrases,
    undefined,
    unread.slice(0, at),
  );
  if (before.intent === null) return unread;
  return tokens.list.map((_, i) => unread[i] === true || i >= at);
}
