/**
 * « export Excel de la balance âgée », « export des impayés », « export du journal du mois » in the
 * chat (the commands' route brings them, issue #18): the .xlsx is written now, stored with the
 * documents and answered as a signed link. A sales rep's file holds only their customers; other
 * people who see no customer are told the exports are not for them.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { DocumentStore } from '../../application/ports';
import { buildExport, type ExportDependencies, type ExportWorkbook } from '../../application/exports/exports';
import type { Logger } from '../../config/logger';
import type { Clock } from '../../domain/calendar-date';
import { exportHelp, exportTexts as x } from '../../i18n/exports';
import type { BotHooks } from '../app';
import type { CardJson } from '../card-templates';
import type { CommandHandlers } from '../commands/dispatch';
import { seesEverything, type People } from '../people';

export interface ExportRouteDependencies extends ExportDependencies {
  people: People;
  documents: Pick<DocumentStore, 'save'>;
  /** Writes the .xlsx (src/documents/exports/xlsx.ts), with its content type. */
  xlsx: { write: (workbook: ExportWorkbook, now: Date) => Promise<Buffer>; contentType: string };
  documentUrl: (id: string) => string;
  clock: Clock;
  logger: Logger;
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

export function registerExportRoutes(
  _app: Application<TurnState>,
  deps: ExportRouteDependencies,
  hooks: Pick<BotHooks, 'commands'>,
): void {
  hooks.commands.push(...exportHelp);
  deps.commands.export = async (context: TurnContext, command) => {
    const viewer = await deps.people.viewerOf(context);
    const everything = seesEverything(viewer);
    if (!everything && viewer.customerCodes.length === 0) {
      await context.sendActivity(x.chat.notAllowed);
      return;
    }
    const now = deps.clock.now();
    try {
      const workbook = await buildExport(
        command.what,
        deps,
        { customerCodes: everything ? null : viewer.customerCodes },
        deps.clock.today(),
        now,
      );
      const bytes = await deps.xlsx.write(workbook, now);
      const stored = await deps.documents.save(
        {
          kind: `export-${command.what}`,
          fileName: workbook.fileName,
          contentType: deps.xlsx.contentType,
          bytes,
        },
        now,
      );
      deps.logger.info(
        { what: command.what, rows: workbook.rowCount, bytes: bytes.length, id: stored.id },
        'export written',
      );
      const card = linkCard(
        x.chat.ready(workbook.title, workbook.rowCount),
        x.chat.open(workbook.fileName),
        deps.documentUrl(stored.id),
      );
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    } catch (error) {
      deps.logger.error({ err: error, what: command.what }, 'could not write an export');
      await context.sendActivity(x.chat.failed);
    }
  };
}
