/**
 * The first items of a list that may be endless (problems of a file of junk, notes about a stale
 * export of 100 000 invoices), and how many more there were: what a person reads is bounded, and
 * so is what is held to show it.
 */
export class CappedList<T> {
  readonly items: T[] = [];
  /** Items added beyond the capacity, counted but not kept. */
  leftOut = 0;

  constructor(readonly capacity: number) {}

  add(item: T): void {
    if (this.items.length < this.capacity) this.items.push(item);
    else this.leftOut++;
  }
}
