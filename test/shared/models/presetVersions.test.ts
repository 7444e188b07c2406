import { describe, expect, it } from 'vitest';
import { BUILTIN_MODELS } from '../../../shared/models';

/**
 * A database keeps the presets it was given and replaces one only when the app's version of
 * it is higher (ensureBuiltinModels). So a preset changed without a new version would never
 * reach the users of an older database: each preset's content is pinned with its version here.
 * Changed a preset on purpose? Raise its `version` and pin the new version and fingerprint.
 */
const PINNED: Readonly<Record<string, readonly [version: number, fingerprint: string]>> = {
  'pharma-nine-grid': [2, '5a921d7a'],
  'pharma-beds': [2, 'cdb6ff4b'],
  'pharma-12-point': [2, 'b4a08693'],
  'b2b-lifecycle': [3, '916125b8'],
  'deal-timing': [2, 'da397ec9'],
  'follow-up-cadence': [2, '89fca4af'],
  'deal-status-profit': [2, '21e2e6e7'],
  'acceptance-pain': [2, '67603335'],
  'opportunity-funnel': [2, 'f20cbde6'],
  'retail-compliance': [2, 'ad7e5dc8'],
  'employee-nine-grid': [2, 'bdb762dc'],
  satisfaction: [2, '85425bc1'],
};

/** FNV-1a over the definition's JSON without its version: enough to notice a change. */
function fingerprint(definition: object): string {
  const text = JSON.stringify({ ...definition, version: 0 });
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

describe('built-in preset versions', () => {
  it('every preset is pinned', () => {
    expect(Object.keys(PINNED).sort()).toEqual(BUILTIN_MODELS.map((model) => model.id).sort());
  });

  it.each(BUILTIN_MODELS.map((model) => ({ id: model.id, model })))('$id changes only with a new version', ({ id, model }) => {
    const [version, pinned] = PINNED[id]!;
    const now = fingerprint(model);
    if (now !== pinned && model.version === version) {
      expect.fail(`${id} changed without a new version: raise its version to ${version + 1} and pin [${version + 1}, '${now}']`);
    }
    expect([model.version, now]).toEqual([version, pinned]);
  });
});
