import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, PAGES, parseRoute, routeHash } from '../../renderer/src/app/routes';

describe('hash routes', () => {
  it('round-trips every page', () => {
    for (const page of PAGES) expect(parseRoute(routeHash(page))).toBe(page);
  });
  it('accepts later sub-routes and queries', () => {
    expect(parseRoute('#/board/A1')).toBe('board');
    expect(parseRoute('#/clients?search=x')).toBe('clients');
  });
  it('rejects tokens, unknown pages and garbage', () => {
    expect(parseRoute('#token=abcdefghijklmnop')).toBeNull();
    expect(parseRoute('#/nope')).toBeNull();
    expect(parseRoute('')).toBeNull();
    expect(parseRoute('#board')).toBeNull();
    expect(parseRoute('#/constructor')).toBeNull();
  });
  it('defaults to the clients page', () => {
    expect(DEFAULT_PAGE).toBe('clients');
  });
});
