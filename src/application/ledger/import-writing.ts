/**
 * What the writers of an import share: the valid rows of the file, read again from its start as
 * often as a writer needs, and what the writing changed.
 */
import type { CappedList, ValidRow } from '../../import';

/** Each call reads the file again from its start and yields its valid rows, in file order. */
export type ReadValidRows<R> = () => AsyncIterable<ValidRow<R>>;

export interface WriteOutcome {
  counts: { created: number; updated: number; unchanged: number };
  /** Facts the user must know that are not errors (stale export, overpayment…), in French. */
  notices: CappedList<string>;
  /** Valid rows written (or found unchanged) so far. */
  progress(done: number): void;
}
