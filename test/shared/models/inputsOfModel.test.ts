import { describe, expect, it } from 'vitest';
import { BUILTIN_MODELS, modelHasVolume } from '../../../shared/models';

const byId = (id: string) => BUILTIN_MODELS.find((model) => model.id === id)!;

describe('modelHasVolume: whether cards and cells show a monthly volume', () => {
  it('the pharma presets speak of one (prescriptions), the others do not', () => {
    expect(BUILTIN_MODELS.filter(modelHasVolume).map((model) => model.id).sort()).toEqual(['pharma-12-point', 'pharma-beds', 'pharma-nine-grid']);
  });

  it('follows the rules, not the id: a copy that stops reading the volumes, or one stored without inputs that reads them', () => {
    const pharma = byId('pharma-nine-grid');
    const noVolume = { ...pharma, id: 'mine', inputs: pharma.inputs!.filter((input) => input.attribute !== 'volumeOurs'), axes: byId('b2b-lifecycle').axes };
    expect(modelHasVolume(noVolume)).toBe(false);
    const { inputs: _inputs, ...stored } = pharma;
    expect(modelHasVolume({ ...stored, id: 'old-copy' })).toBe(true);
  });
});
