/**
 * The effective rate table: built-in ← file (`loadRates`) ← stored (set from Teams), read when it
 * is used — by the daily job, the day's card, and every letter — so that a rate set from Teams is
 * used by the next letter, without a restart. Reading is one query of one small partition; the
 * merged table is kept while the stored entries are the same, so the engine's index of it stays
 * warm (src/domain/rate-table.ts indexes a table object once).
 */
import type { RateTable } from '../../domain/rate-table';
import { mergeStoredRates, type StoredRate } from '../../domain/stored-rates';
import type { RateRepository } from '../ports';

export interface RatesSource {
  /** The table as it stands now. */
  current(): Promise<RateTable>;
}

/** A fixed table (tests, the bench, tools) or the live source. */
export type Rates = RateTable | RatesSource;

export function currentRates(rates: Rates): Promise<RateTable> {
  return 'current' in rates && typeof rates.current === 'function'
    ? rates.current()
    : Promise.resolve(rates as RateTable);
}

const fingerprint = (entries: readonly StoredRate[]) =>
  entries.map((e) => `${e.series}|${e.semesterStart}|${e.rateBp}|${e.setAt}`).join(';');

export class EffectiveRates implements RatesSource {
  private last: { key: string; table: RateTable } | null = null;

  constructor(
    /** The built-in table with the file's entries over it. */
    readonly base: RateTable,
    private readonly stored: Pick<RateRepository, 'list'>,
  ) {}

  async current(): Promise<RateTable> {
    const entries = await this.stored.list();
    const key = fingerprint(entries);
    if (this.last?.key !== key) this.last = { key, table: mergeStoredRates(this.base, entries) };
    return this.last.table;
  }
}
