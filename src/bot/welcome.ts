/**
 * The welcome and help cards: the company's dunning calendar as configured (its steps, its law
 * firm) and what Relances can be asked, listed from the commands the features registered.
 */
import type { LadderConfig } from '../domain/ladder';
import { fr } from '../i18n/fr';
import { ladderSummary } from '../i18n/ladder-summary';
import { expandCard, type CardJson } from './card-templates';
import { shown } from './card-text';
import { allQuestionsChoice } from './questions/help-pages';

export interface CommandHelp {
  example: string;
  description: string;
}

/** What the welcome and help cards describe: the calendar, the firm, the commands that exist. */
export interface HelpContext {
  ladder: LadderConfig;
  lawFirm: string;
  commands: readonly CommandHelp[];
}

function helpData(context: HelpContext, title: string, intro: string) {
  return {
    t: fr.welcome,
    title,
    intro,
    ladder: ladderSummary(context.ladder, context.lawFirm),
    commands: context.commands,
    // Every question there is to ask, page by page, each example a button.
    choices: [allQuestionsChoice()],
  };
}

export function welcomeCard(context: HelpContext): CardJson {
  return expandCard('welcome', helpData(context, fr.welcome.title, fr.welcome.intro));
}

/** Help, optionally after a message that was not understood. */
export function helpCard(context: HelpContext, notUnderstood?: string): CardJson {
  // What was typed, said back on one line and bounded: a long message must not make a long card.
  const intro = notUnderstood ? fr.help.unknown(shown(notUnderstood)) : fr.welcome.intro;
  return expandCard('welcome', helpData(context, fr.help.title, intro));
}
