/** The welcome and help cards: what Relances can do, listed from the commands that exist. */
import { fr } from '../i18n/fr';
import { expandCard, type CardJson } from './card-templates';

export interface CommandHelp {
  example: string;
  description: string;
}

/** Commands the bot understands today. Features add theirs here as they land, so help never lies. */
const commands: CommandHelp[] = [fr.commands.aide];

export function registerCommandHelp(command: CommandHelp): void {
  if (!commands.some((c) => c.example === command.example)) commands.push(command);
}

export function availableCommands(): readonly CommandHelp[] {
  return commands;
}

export function welcomeCard(): CardJson {
  return expandCard('welcome', { t: fr.welcome, title: fr.welcome.title, intro: fr.welcome.intro, commands });
}

/** Help, optionally after a message that was not understood. */
export function helpCard(notUnderstood?: string): CardJson {
  const intro = notUnderstood ? fr.help.unknown(notUnderstood) : fr.welcome.intro;
  return expandCard('welcome', { t: fr.welcome, title: fr.help.title, intro, commands });
}
