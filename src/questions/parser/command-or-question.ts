/**
 * A message is not a customer's card just because it says « dossier » or « client »: « quels
 * dossiers ont été transmis chez Aptos et y sont encore ? » asks the litigation list, « dossiers au
 * contentieux de Julien Bernard » that customer's litigation. The card's own words (« fiche »,
 * « card », « procédure collective ») always open it; without them, when the message also holds
 * the words of a question (an intent of the catalogue), it is that question.
 */
import type { CommandRead } from './commands';
import { detectIntent, lawFirmPhrases } from './intents';
import { TokenSet } from './patterns';
import { readableTokens } from './phrasings';
import { tokenize } from './tokens';

/** Words that ask for the card itself, whatever else the message says. */
const CARD_OWN_WORDS = /(?:^|[^\p{L}])(?:fiche|fiches|card|proc[ée]dure\s+collective)(?![\p{L}])/iu;

/** Whether the message is a question rather than the customer-card command read in it. */
export function questionDominates(command: CommandRead, text: string, lawFirm: string | undefined): boolean {
  if (command.kind !== 'command' || command.command.command !== 'customer_card') return false;
  if (CARD_OWN_WORDS.test(text)) return false;
  const tokens = new TokenSet(readableTokens(tokenize(text.slice(0, 500))));
  return detectIntent(tokens, lawFirmPhrases(lawFirm)).intent !== null;
}
