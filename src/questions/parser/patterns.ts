/**
 * A small matcher of word patterns over the tokens of a question. Each extractor (dates, amounts,
 * intents…) finds its patterns among the tokens no other extractor has taken, and takes them, so
 * that what is left at the end is what the parser did not understand (a customer's name, or noise).
 */
import { keywordStem, sameWord, type Token } from './tokens';

export interface Slot {
  test(token: Token): boolean;
  optional?: boolean;
}

/** One of these words (stems compared, typos forgiven in longer words). */
export function word(...alternatives: string[]): Slot {
  const stems = alternatives.map(keywordStem);
  return { test: (t) => t.kind === 'word' && stems.some((s) => sameWord(t, s)) };
}

/** One of these exact forms (short or ambiguous words, where a stem or a typo would mislead). */
export function exact(...alternatives: string[]): Slot {
  const forms = new Set(alternatives);
  return { test: (t) => forms.has(t.norm) };
}

export function is(test: (token: Token) => boolean): Slot {
  return { test };
}

export function optional(slot: Slot): Slot {
  return { ...slot, optional: true };
}

export const NUMBER: Slot = is((t) => t.kind === 'number');

export interface Match {
  start: number;
  /** One past the last token matched. */
  end: number;
  /** The token index each slot matched, or -1 for an optional slot left out. */
  at: number[];
}

export class TokenSet {
  private readonly taken: boolean[];

  constructor(readonly list: readonly Token[]) {
    this.taken = list.map(() => false);
  }

  isFree(index: number): boolean {
    return index >= 0 && index < this.list.length && !this.taken[index];
  }

  take(match: Pick<Match, 'start' | 'end'>): void {
    for (let i = match.start; i < match.end; i++) this.taken[i] = true;
  }

  /** The pattern matched on consecutive free tokens from `start`, or null. */
  matchAt(start: number, pattern: readonly Slot[]): Match | null {
    const at: number[] = [];
    const step = (slot: number, index: number): number | null => {
      if (slot === pattern.length) return index;
      const current = pattern[slot]!;
      if (this.isFree(index) && current.test(this.list[index]!)) {
        at[slot] = index;
        const end = step(slot + 1, index + 1);
        if (end !== null) return end;
      }
      if (current.optional) {
        at[slot] = -1;
        return step(slot + 1, index);
      }
      return null;
    };
    const end = step(0, start);
    return end === null || end === start ? null : { start, end, at: [...at] };
  }

  /** The first match of the pattern among the free tokens, left to right. */
  find(pattern: readonly Slot[], from = 0): Match | null {
    for (let i = from; i < this.list.length; i++) {
      if (!this.isFree(i)) continue;
      const match = this.matchAt(i, pattern);
      if (match) return match;
    }
    return null;
  }

  /** Finds and takes. */
  take1(pattern: readonly Slot[]): Match | null {
    const match = this.find(pattern);
    if (match) this.take(match);
    return match;
  }

  token(index: number): Token | undefined {
    return index >= 0 ? this.list[index] : undefined;
  }

  freeIndexes(): number[] {
    return this.list.map((_, i) => i).filter((i) => this.isFree(i));
  }
}
