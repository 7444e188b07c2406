import { it, expect } from 'vitest';
import { boardGrid, gradeClient, ModelDefinitionSchema, validateModel } from '../../../shared/grading';
import type { GradeAttributes, GradeResult, ModelDefinition } from '../../../shared/grading';
import { DEFAULT_DICTIONARIES } from '../../../shared/models';

/** The cell a preset gives, or the whole failure so a mismatch shows why. */
export function cellOf(model: ModelDefinition, attrs: GradeAttributes): string | GradeResult {
  const result = gradeClient(model, DEFAULT_DICTIONARIES, attrs);
  return result.ok ? result.cell : result;
}

/** What every preset must satisfy: it parses, draws the documented board, and zones partition its cells. */
export function presetBasics(model: ModelDefinition, board: string[][]): void {
  it('is valid and survives storage (JSON round-trip + ModelDefinitionSchema) unchanged', () => {
    expect(validateModel(model)).toEqual([]);
    expect(ModelDefinitionSchema.parse(JSON.parse(JSON.stringify(model)))).toEqual(model);
  });

  it('draws the documented board', () => {
    expect(boardGrid(model).rows).toEqual(board);
  });

  it('puts every cell in exactly one zone', () => {
    const codes = model.cells.map((c) => c.code);
    for (const code of codes) {
      expect(model.zones.filter((zone) => zone.cells.includes(code)).map((z) => z.id), code).toHaveLength(1);
    }
    expect(model.zones.flatMap((zone) => zone.cells).sort()).toEqual([...codes].sort());
  });

  it('speaks both languages', () => {
    const texts = [model.name, ...model.axes.flatMap((a) => [a.name, ...a.values.map((v) => v.label)]), ...model.zones.map((z) => z.name)];
    for (const text of texts) {
      expect(text['zh-CN'].trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    for (const zone of model.zones) {
      expect(zone.strategy['zh-CN'].length, zone.id).toBeGreaterThan(0);
      expect(zone.strategy.en.length, zone.id).toBe(zone.strategy['zh-CN'].length);
    }
  });
}
