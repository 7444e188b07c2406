/**
 * The first `limit` of a stream of items in `compare` order, holding at most 2 × limit of them
 * at a time (sorted and cut back whenever the buffer fills): a page of a long list without
 * keeping the whole list.
 */
export class FirstInOrder<T> {
  private items: T[] = [];
  private seen = 0;

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  push(item: T): void {
    this.seen++;
    if (this.limit === 0) return;
    this.items.push(item);
    if (this.items.length >= 2 * this.limit) this.trim();
  }

  /** How many items were pushed. */
  get total(): number {
    return this.seen;
  }

  /** The first `limit` items, in order. */
  result(): T[] {
    this.trim();
    return this.items;
  }

  private trim(): void {
    this.items.sort(this.compare);
    if (this.items.length > this.limit) this.items.length = this.limit;
  }
}
