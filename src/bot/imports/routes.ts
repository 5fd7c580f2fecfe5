/**
 * A file sent in the chat (the manifest's `supportsFiles`): the controller (or the backup) sends an
 * export, a FEC or a bank statement to the bot, which downloads it and imports it through the
 * import of any file — all or nothing — then answers with the report as a card, the rejected lines
 * behind a signed link. Anyone else is told, politely, who may.
 *
 * Teams gives a personal chat's file as an attachment of type
 * `application/vnd.microsoft.teams.file.download.info` whose `content.downloadUrl` is a short-lived
 * pre-authenticated URL; the Agents Playground and other channels give a `contentUrl`. Both are
 * read with `fetch`, stopped past the size limit.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, CardFactory, MessageFactory, type Attachment, type TurnContext } from 'botbuilder';
import type { AnyImportReport, StatementImporter } from '../../application/ledger/import-any';
import { importAnyFile } from '../../application/ledger/import-any';
import type { ImportStores } from '../../application/ledger/import-ledger-file';
import type { DocumentStore } from '../../application/ports';
import type { Clock } from '../../domain/calendar-date';
import type { LadderConfig } from '../../domain/ladder';
import { chatImport } from '../../i18n/import-any';
import { formatInteger } from '../../i18n/numbers';
import type { Logger } from '../../config/logger';
import { canAct, type People } from '../people';
import { importReportCard } from './import-card';

export const TEAMS_FILE_DOWNLOAD = 'application/vnd.microsoft.teams.file.download.info';
/** A file sent in the chat is held in memory while imported: over this, the drop folder. */
export const MAX_CHAT_FILE_BYTES = 20 * 1024 * 1024;

export interface ChatImportDependencies {
  people: Pick<People, 'viewerOf'>;
  stores: ImportStores;
  documents: Pick<DocumentStore, 'save'>;
  documentUrl: (id: string) => string;
  ladder: LadderConfig;
  statements: StatementImporter | null;
  clock: Clock;
  logger: Logger;
  /** Tests lower it. */
  maxBytes?: number;
}

interface SentFile {
  name: string;
  url: string;
}

/** The files of a message: Teams' download info, or an attachment with a content URL (not a card, not the HTML copy). */
export function sentFiles(attachments: readonly Attachment[] | undefined): SentFile[] {
  const files: SentFile[] = [];
  for (const a of attachments ?? []) {
    const content = a.content as { downloadUrl?: unknown } | undefined;
    if (a.contentType === TEAMS_FILE_DOWNLOAD && typeof content?.downloadUrl === 'string') {
      files.push({ name: a.name ?? 'fichier', url: content.downloadUrl });
    } else if (
      typeof a.contentUrl === 'string' &&
      a.contentUrl !== '' &&
      !/^text\/html|^application\/vnd\.microsoft\.card|^image\//.test(a.contentType ?? '')
    ) {
      files.push({ name: a.name ?? 'fichier', url: a.contentUrl });
    }
  }
  return files;
}

export function registerChatImportRoutes(app: Application<TurnState>, deps: ChatImportDependencies): void {
  app.activity(
    async (context) =>
      context.activity.type === ActivityTypes.Message && sentFiles(context.activity.attachments).length > 0,
    async (context) => {
      await importSentFile(context, deps);
    },
  );
}

async function importSentFile(context: TurnContext, deps: ChatImportDependencies): Promise<void> {
  const viewer = await deps.people.viewerOf(context);
  if (!canAct(viewer)) {
    await context.sendActivity(chatImport.notAllowed);
    return;
  }
  const files = sentFiles(context.activity.attachments);
  const file = files[0]!;
  if (files.length > 1) await context.sendActivity(chatImport.oneAtATime);
  const limit = deps.maxBytes ?? MAX_CHAT_FILE_BYTES;
  const download = await downloadFile(file.url, limit).catch((error: unknown) => {
    deps.logger.warn({ err: error, file: file.name }, 'chat import: download failed');
    return null;
  });
  if (download === null) {
    await context.sendActivity(chatImport.downloadFailed);
    return;
  }
  if (download === 'too-big') {
    await context.sendActivity(
      chatImport.tooBig(`${formatInteger(Math.round(limit / (1024 * 1024)))}\u00a0Mo`),
    );
    return;
  }
  const report: AnyImportReport = await importAnyFile(
    deps.stores,
    {
      bytes: download,
      fileName: file.name,
      actor: { id: viewer.aadObjectId ?? viewer.userId, name: viewer.name },
      today: deps.clock.today(),
      ladder: deps.ladder,
      rejectsWhenRefused: true,
    },
    deps.statements,
  );
  let rejectsUrl: string | null = null;
  if (report.rejectedCsv) {
    const stored = await deps.documents.save(
      {
        kind: 'import-rejects',
        fileName: `${file.name.replace(/\.[^.]*$/, '')}.rejets.csv`,
        contentType: 'text/csv; charset=utf-8',
        bytes: Buffer.from(report.rejectedCsv),
      },
      deps.clock.now(),
    );
    rejectsUrl = deps.documentUrl(stored.id);
  }
  deps.logger.info({ file: file.name, kind: report.kind, status: report.status }, 'chat import');
  await context.sendActivity(
    MessageFactory.attachment(CardFactory.adaptiveCard(importReportCard(report, rejectsUrl))),
  );
}

/** The file's bytes, or `too-big` as soon as it passes the limit (announced or read). */
async function downloadFile(url: string, limit: number): Promise<Uint8Array | 'too-big'> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`download answered ${response.status}`);
  const announced = Number(response.headers.get('content-length') ?? '0');
  if (announced > limit) {
    await response.body.cancel();
    return 'too-big';
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) return 'too-big';
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
