import { describe, expect, it, vi } from 'vitest';
import { TOKEN_STORAGE_KEY, consumeToken, tokenFromHash } from '../../renderer/src/api/token';

const TOKEN = 'AbC_dEf-0123456789abcdefGHIJKLmn';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

function env(hash: string, storage: ReturnType<typeof memoryStorage> | null = memoryStorage()) {
  const replaceState = vi.fn();
  return { env: { location: { hash, pathname: '/', search: '' }, history: { replaceState }, storage }, replaceState, storage };
}

describe('tokenFromHash', () => {
  it('reads the token the server prints', () => {
    expect(tokenFromHash(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash(`token=${TOKEN}`)).toBe(TOKEN);
  });
  it('ignores routes, empty and malformed tokens', () => {
    expect(tokenFromHash('#/board')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
    expect(tokenFromHash('#token=short')).toBeNull();
    expect(tokenFromHash('#token=has spaces and <tags> 1234567890')).toBeNull();
    expect(tokenFromHash(`#other=1&token=${TOKEN}`)).toBeNull();
  });
});

describe('consumeToken', () => {
  it('stores the token and removes it from the address bar', () => {
    const { env: e, replaceState, storage } = env(`#token=${TOKEN}`);
    expect(consumeToken(e)).toBe(TOKEN);
    expect(storage?.data.get(TOKEN_STORAGE_KEY)).toBe(TOKEN);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
  });
  it('falls back to the stored token on reload, leaving the route alone', () => {
    const { env: e, replaceState } = env('#/board', memoryStorage({ [TOKEN_STORAGE_KEY]: TOKEN }));
    expect(consumeToken(e)).toBe(TOKEN);
    expect(replaceState).not.toHaveBeenCalled();
  });
  it('prefers a new token in the address over a stored one', () => {
    const other = `${TOKEN}xyz`;
    const { env: e, storage } = env(`#token=${other}`, memoryStorage({ [TOKEN_STORAGE_KEY]: TOKEN }));
    expect(consumeToken(e)).toBe(other);
    expect(storage?.data.get(TOKEN_STORAGE_KEY)).toBe(other);
  });
  it('returns null without a token, and survives missing or throwing storage', () => {
    expect(consumeToken(env('#/clients').env)).toBeNull();
    expect(consumeToken(env(`#token=${TOKEN}`, null).env)).toBe(TOKEN);
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const e = { location: { hash: `#token=${TOKEN}`, pathname: '/', search: '' }, history: { replaceState: vi.fn() }, storage: throwing };
    expect(consumeToken(e)).toBe(TOKEN);
    expect(consumeToken({ ...e, location: { ...e.location, hash: '' } })).toBeNull();
  });
});
