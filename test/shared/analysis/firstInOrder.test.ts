import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstInOrder } from '../../../shared/analysis/firstInOrder';

describe('FirstInOrder', () => {
  it('property: the first `limit` items of the stream in order, and the count of all', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.nat())), fc.nat(30), (items, limit) => {
        const compare = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];
        const first = new FirstInOrder(limit, compare);
        for (const item of items) first.push(item);
        expect(first.total).toBe(items.length);
        expect(first.result()).toEqual([...items].sort(compare).slice(0, limit));
      }),
    );
  });
});
