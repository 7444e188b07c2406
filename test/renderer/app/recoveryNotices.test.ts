import { describe, expect, it } from 'vitest';
import { withNotice, withoutNotice } from '../../../renderer/src/app/recoveryNotices';

describe('recovery notices', () => {
  it('adds each kind once, in the order they happened, and removes one by one', () => {
    let list = withNotice([], 'coreRestarted');
    list = withNotice(list, 'coreRestarted');
    list = withNotice(list, 'rendererReloaded');
    expect(list).toEqual(['coreRestarted', 'rendererReloaded']);
    expect(withoutNotice(list, 'coreRestarted')).toEqual(['rendererReloaded']);
  });
});
