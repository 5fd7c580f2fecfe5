/**
 * Where the rejects file goes as it is written: to the caller's sink (`npm run import` writes it
 * to disk) in chunks, or into memory to be returned whole.
 */

/** Text gathered before it is encoded and handed on. */
const CHUNK_CHARACTERS = 64 * 1024;

export type RejectsSink = (chunk: Uint8Array) => Promise<void>;

export class RejectsOutput {
  private pending = '';
  private readonly collected: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();

  constructor(private readonly sink: RejectsSink | undefined) {}

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= CHUNK_CHARACTERS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending === '') return;
    const bytes = this.encoder.encode(this.pending);
    this.pending = '';
    if (this.sink) await this.sink(bytes);
    else this.collected.push(bytes);
  }

  /** The whole file when it was kept in memory and something was rejected; null otherwise. */
  bytes(): Uint8Array | null {
    if (this.collected.length === 0) return null;
    const file = new Uint8Array(this.collected.reduce((sum, c) => sum + c.length, 0));
    let at = 0;
    for (const chunk of this.collected) {
      file.set(chunk, at);
      at += chunk.length;
    }
    return file;
  }
}
