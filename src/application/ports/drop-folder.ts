/**
 * The drop folder (`IMPORT_DROP`): where exports are left to be imported before the daily job — a
 * local folder or a Blob container. Each file is taken once: once imported (or refused) it is
 * moved aside with its report, and never listed again.
 */
export interface DroppedFile {
  name: string;
  size: number;
  /** Its bytes in chunks, from the start, as often as the import reads it. */
  open(): AsyncIterable<Uint8Array>;
}

export interface DropReport {
  /** The report, in French, as a text file beside the file. */
  text: string;
  /** The rejected lines with their reasons (CSV), when some were. */
  rejects: Uint8Array | null;
}

export interface DropFolder {
  /** The files waiting at the folder's top level (sub-folders such as `done/` are not read). */
  list(): Promise<DroppedFile[]>;
  /** Moves the file to `done/` (imported) or `rejected/` (refused), its report beside it. */
  settle(file: DroppedFile, outcome: 'done' | 'rejected', report: DropReport): Promise<void>;
}
