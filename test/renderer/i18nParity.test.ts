import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../shared/i18n/interpolate';
import { LOCALES } from '../../shared/i18n/locales';
import { resources } from '../../renderer/src/i18n/resources';

/** Every leaf as 'a.b.c' → text. */
function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null) for (const [k, v] of flatten(value, path)) out.set(k, v);
    else throw new Error(`${path} is neither text nor a group`);
  }
  return out;
}

describe('i18n resources', () => {
  const flat = Object.fromEntries(LOCALES.map((lng) => [lng, flatten(resources[lng].translation)]));
  const [reference, ...others] = LOCALES;

  it('exist for every locale', () => {
    for (const lng of LOCALES) expect(flat[lng]?.size).toBeGreaterThan(50);
  });

  it.each(others)('%s has the same keys as the default locale', (lng) => {
    expect([...(flat[lng]?.keys() ?? [])].sort()).toEqual([...(flat[reference]?.keys() ?? [])].sort());
  });

  it.each(others)('%s uses the same placeholders per key', (lng) => {
    for (const [key, text] of flat[reference] ?? []) {
      expect({ key, placeholders: placeholdersOf(flat[lng]?.get(key) ?? '') }).toEqual({ key, placeholders: placeholdersOf(text) });
    }
  });

  it('has no empty texts', () => {
    for (const lng of LOCALES) for (const [key, text] of flat[lng] ?? []) expect({ lng, key, empty: text.trim() === '' }).toEqual({ lng, key, empty: false });
  });
});
