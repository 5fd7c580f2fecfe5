/**
 * « procédure » and « lettre au cabinet »: the written procedure (generated from the live
 * configuration, so it never goes stale) and the official letter to the law firm, as .docx behind
 * a signed link. For the credit controllers and the directors.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory } from 'botbuilder';
import type { CompanyIdentity, LawFirm } from '../domain/identity';
import type { LadderConfig } from '../domain/ladder';
import type { Clock } from '../domain/calendar-date';
import { renderLawFirmMandate, renderProcedure } from '../documents/letters';
import { fr } from '../i18n/fr';
import type { DocumentLinks } from '../server/document-links';
import { DOCX_CONTENT_TYPE } from '../application/ports';
import type { BlobDocumentStore } from '../store/document-store';
import type { Stores } from '../application/ports';
import { seesEverything, type People } from './people';
import { registerCommandHelp } from './welcome';

export interface DocumentRouteDependencies {
  stores: Stores;
  people: People;
  documents: BlobDocumentStore;
  links: DocumentLinks;
  company: CompanyIdentity;
  lawFirm: LawFirm;
  ladder: LadderConfig;
  clock: Clock;
}

const PROCEDURE = /^\s*(la\s+)?proc[ée]dure(\s+de\s+relance)?\s*[?!.]*\s*$/i;
const MANDATE = /^\s*(la\s+)?(lettre|courrier)\s+(au|pour\s+le)\s+cabinet\s*[?!.]*\s*$/i;

export function registerDocumentRoutes(app: Application<TurnState>, deps: DocumentRouteDependencies): void {
  registerCommandHelp(fr.commands.procedure);
  registerCommandHelp(fr.commands.mandate);

  const route = (pattern: RegExp, kind: 'procedure' | 'law-firm-mandate') =>
    app.message(pattern, async (context) => {
      const viewer = await deps.people.viewerOf(context);
      if (!seesEverything(viewer)) return void (await context.sendActivity(fr.documentsCommand.notAllowed));
      const today = deps.clock.today();
      const input = { company: deps.company, lawFirm: deps.lawFirm, ladder: deps.ladder, today };
      const bytes = kind === 'procedure' ? await renderProcedure(input) : await renderLawFirmMandate(input);
      const fileName =
        kind === 'procedure'
          ? `Procédure de relance — ${deps.company.legalName}.docx`
          : `Lettre de mission — ${deps.lawFirm.name}.docx`;
      const stored = await deps.documents.save(
        { kind, fileName, contentType: DOCX_CONTENT_TYPE, bytes },
        deps.clock.now(),
      );
      await deps.stores.journal.append({
        actor: { id: viewer.aadObjectId ?? viewer.userId, name: viewer.name },
        action: kind === 'procedure' ? 'procedure.generated' : 'mandate.generated',
        target: { ref: stored.id },
        details: { documentId: stored.id, sha256: stored.sha256, fileName },
        outcome: 'ok',
      });
      const text =
        kind === 'procedure'
          ? fr.documentsCommand.procedureReady
          : fr.documentsCommand.mandateReady(deps.lawFirm.name);
      await context.sendActivity(
        MessageFactory.attachment(
          CardFactory.adaptiveCard({
            type: 'AdaptiveCard',
            version: '1.5',
            body: [{ type: 'TextBlock', text, wrap: true }],
            actions: [
              {
                type: 'Action.OpenUrl',
                title: fr.documentsCommand.open(fileName),
                url: deps.links.url(stored.id, deps.clock.now()),
              },
            ],
          }),
        ),
      );
    });
  route(PROCEDURE, 'procedure');
  route(MANDATE, 'law-firm-mandate');
}
