import type { Band, ModelDefinition } from '../../shared/grading';

export const band = (value: string, min: number, max: number, maxInclusive = false): Band => ({
  min,
  max,
  minInclusive: true,
  maxInclusive,
  value,
});

/** A copy of a score-table model with other letter bands, as a manager's edit in the model editor would make. */
export function withPotentialBands(model: ModelDefinition, bands: Band[]): ModelDefinition {
  const copy = structuredClone(model);
  const potential = copy.axes.find((axis) => axis.id === 'potential');
  if (!potential || potential.rule.kind !== 'scoreTable') throw new Error('expected a score-table potential axis');
  potential.rule.bands = bands;
  copy.version += 1;
  return copy;
}
