/**
 * The drop folder's adapters (`IMPORT_DROP`): a local folder (a path), or a Blob container
 * (`blob:<conteneur>`, in the configured storage account). Files at the top level are waiting;
 * once imported they move to `done/`, once refused to `rejected/`, each with its report
 * (`<nom>.rapport.txt`) and, when lines were rejected, `<nom>.rejets.csv`. A name already taken
 * there gets the time of the move in front of it: nothing is overwritten.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { asStorageAccess, type StorageConnection } from './storage-access';
import type { DropFolder, DroppedFile, DropReport } from '../application/ports';

const CHUNK = 64 * 1024;

export class LocalDropFolder implements DropFolder {
  constructor(
    private readonly path: string,
    private readonly now: () => Date,
  ) {}

  async list(): Promise<DroppedFile[]> {
    let entries;
    try {
      entries = await readdir(this.path, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const files: DroppedFile[] = [];
    for (const entry of entries) {
      // Hidden and temporary files (a copy in progress: « ~$x.csv », « .x.swp ») wait.
      if (!entry.isFile() || /^[.~]/.test(entry.name) || /\.(tmp|part|crdownload)$/i.test(entry.name))
        continue;
      const full = join(this.path, entry.name);
      const size = (await stat(full)).size;
      files.push({ name: entry.name, size, open: () => createReadStream(full, { highWaterMark: CHUNK }) });
    }
    return files.sort((a, b) => a.name.localeCompare(b.name));
  }

  async settle(file: DroppedFile, outcome: 'done' | 'rejected', report: DropReport): Promise<void> {
    const dir = join(this.path, outcome);
    await mkdir(dir, { recursive: true });
    const existing = new Set(await readdir(dir));
    const name = existing.has(file.name) ? `${stamp(this.now())}-${file.name}` : file.name;
    await writeFile(join(dir, `${name}.rapport.txt`), report.text, 'utf8');
    if (report.rejects) await writeFile(join(dir, `${name}.rejets.csv`), report.rejects);
    await rename(join(this.path, file.name), join(dir, name));
  }
}

export class BlobDropFolder implements DropFolder {
  private readonly container: ContainerClient;

  constructor(
    connection: StorageConnection,
    containerName: string,
    private readonly now: () => Date,
  ) {
    // The same way to the account as the tables and documents: connection string or managed identity.
    const access = asStorageAccess(connection);
    const service =
      access.kind === 'identity'
        ? new BlobServiceClient(access.blobEndpoint, access.credential)
        : BlobServiceClient.fromConnectionString(access.connectionString);
    this.container = service.getContainerClient(containerName);
  }

  async list(): Promise<DroppedFile[]> {
    if (!(await this.container.exists())) return [];
    const files: DroppedFile[] = [];
    for await (const item of this.container.listBlobsByHierarchy('/')) {
      if (item.kind === 'prefix') continue;
      const blob = this.container.getBlobClient(item.name);
      files.push({
        name: item.name,
        size: item.properties.contentLength ?? 0,
        open: async function* () {
          const response = await blob.download();
          for await (const chunk of response.readableStreamBody as AsyncIterable<Buffer>) yield chunk;
        },
      });
    }
    return files;
  }

  async settle(file: DroppedFile, outcome: 'done' | 'rejected', report: DropReport): Promise<void> {
    let name = `${outcome}/${file.name}`;
    if (await this.container.getBlobClient(name).exists())
      name = `${outcome}/${stamp(this.now())}-${file.name}`;
    const text = Buffer.from(report.text, 'utf8');
    await this.container.getBlockBlobClient(`${name}.rapport.txt`).upload(text, text.length, {
      blobHTTPHeaders: { blobContentType: 'text/plain; charset=utf-8' },
    });
    if (report.rejects) {
      await this.container
        .getBlockBlobClient(`${name}.rejets.csv`)
        .upload(report.rejects, report.rejects.length, {
          blobHTTPHeaders: { blobContentType: 'text/csv; charset=utf-8' },
        });
    }
    const source = this.container.getBlobClient(file.name);
    const copy = await this.container.getBlobClient(name).beginCopyFromURL(source.url);
    await copy.pollUntilDone();
    await source.delete();
  }
}

/** `IMPORT_DROP`: `blob:<conteneur>` for a container of the storage account, else a local path. */
export function dropFolderFor(
  setting: string,
  connection: StorageConnection,
  now: () => Date,
  base: string = process.cwd(),
): DropFolder {
  const blob = /^blob:([a-z0-9-]{3,63})$/.exec(setting.trim());
  if (blob) return new BlobDropFolder(connection, blob[1]!, now);
  return new LocalDropFolder(resolve(base, setting.trim()), now);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
