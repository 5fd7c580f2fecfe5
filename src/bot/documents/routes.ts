/**
 * « procédure » and « lettre au cabinet » in the chat (the commands' route brings them): for the
 * credit controllers and the directors, a link to the document generated now.
 */
import type { BotHooks } from '../app';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import {
  generateReferenceDocument,
  type ReferenceDocument,
  type ReferenceDocumentDependencies,
} from '../../application/documents/reference-documents';
import { fr } from '../../i18n/fr';
import type { CardJson } from '../card-templates';
import type { CommandHandlers } from '../commands/dispatch';
import { seesEverything, type People } from '../people';

export interface DocumentRouteDependencies extends ReferenceDocumentDependencies {
  people: People;
  /** A signed link to a stored document. */
  documentUrl: (id: string) => string;
  /** The commands in plain words this feature answers (« procédure », « lettre au cabinet »). */
  commands: CommandHandlers;
}

function linkCard(text: string, title: string, url: string): CardJson {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text, wrap: true }],
    actions: [{ type: 'Action.OpenUrl', title, url }],
  };
}

export function registerDocumentRoutes(
  app: Application<TurnState>,
  deps: DocumentRouteDependencies,
  hooks: Pick<BotHooks, 'commands'>,
): void {
  hooks.commands.push(fr.commands.procedure);
  hooks.commands.push(fr.commands.mandate);

  const answer =
    (kind: ReferenceDocument) =>
    async (context: TurnContext): Promise<void> => {
      const viewer = await deps.people.viewerOf(context);
      if (!seesEverything(viewer)) {
        await context.sendActivity(fr.documentsCommand.notAllowed);
        return;
      }
      const actor = { id: viewer.aadObjectId ?? viewer.userId, name: viewer.name };
      const stored = await generateReferenceDocument(deps, actor, kind);
      const text =
        kind === 'procedure'
          ? fr.documentsCommand.procedureReady
          : fr.documentsCommand.mandateReady(deps.lawFirm.name);
      const card = linkCard(text, fr.documentsCommand.open(stored.fileName), deps.documentUrl(stored.id));
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    };
  deps.commands.procedure = answer('procedure');
  deps.commands.law_firm_letter = answer('law-firm-mandate');
}
