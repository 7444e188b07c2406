import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../../shared/contract';
import { regradeAll } from '../../../../electron/core/services/regrade';
import { band, withPotentialBands } from '../../../bench/editedModel';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
const CELLS = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3'];
const WORDS = ['首选', '次选', '竞品', null];
const CLIENTS = 12;

type Step =
  | { kind: 'override'; client: number; cell: string }
  | { kind: 'clear'; client: number }
  | { kind: 'edit'; client: number; behaviour: string | null }
  | { kind: 'model'; stricter: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('override' as const), client: fc.nat(CLIENTS - 1), cell: fc.constantFrom(...CELLS) }),
  fc.record({ kind: fc.constant('clear' as const), client: fc.nat(CLIENTS - 1) }),
  fc.record({ kind: fc.constant('edit' as const), client: fc.nat(CLIENTS - 1), behaviour: fc.constantFrom(...WORDS) }),
  fc.record({ kind: fc.constant('model' as const), stricter: fc.boolean() }),
);

describe('overrides under any sequence of edits, overrides and model changes', () => {
  let template: string;
  beforeAll(async () => {
    const dir = tempDir();
    const core = await openTestCore(dir, { seedDemo: true, file: 'template.sqlite' });
    const api = createApi(core.router);
    await api.call('models.clone', { id: 'pharma-nine-grid', newId: 'user-grid', name: { 'zh-CN': '用户模型', en: 'User model' } });
    await api.call('models.activate', { id: 'user-grid' });
    core.close();
    template = join(dir, 'template.sqlite');
  });

  it('the effective cell is always the override when there is one, else the formula; regrading never loses an override', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const dir = tempDir();
        copyFileSync(template, join(dir, 'run.sqlite'));
        const core = await openTestCore(dir, { file: 'run.sqlite' });
        try {
          const api = createApi(core.router);
          const ids = (await api.call('clients.list', { offset: 0, limit: CLIENTS })).rows.map((row) => row.id);
          const expected = new Map<number, string>();
          for (const s of steps) {
            if (s.kind === 'override') {
              await api.call('grades.override', { clientIds: [ids[s.client]!], cell: s.cell, reason: '测试' });
              expected.set(ids[s.client]!, s.cell);
            } else if (s.kind === 'clear') {
              await api.call('grades.clearOverride', { clientIds: [ids[s.client]!] });
              expected.delete(ids[s.client]!);
            } else if (s.kind === 'edit') {
              core.context.db.prepare('UPDATE clients SET behaviour = ? WHERE id = ?').run(s.behaviour, ids[s.client]!);
              regradeAll(core.context.db, core.context.grading.model().definition, core.context.grading.dictionaries());
            } else {
              const { definition } = await api.call('models.get', { id: 'user-grid' });
              const bands = s.stricter ? [band('C', 1, 4), band('B', 4, 7), band('A', 7, 9, true)] : [band('C', 1, 3), band('B', 3, 7), band('A', 7, 9, true)];
              await api.call('models.save', { definition: withPotentialBands(definition, bands) });
            }
            const rows = (await api.call('clients.list', { offset: 0, limit: CLIENTS })).rows;
            for (const row of rows) {
              expect(row.overrideCell).toBe(expected.get(row.id) ?? null);
              expect(row.cell).toBe(row.overrideCell ?? row.formulaCell);
              expect(row.overrideAgrees).toBe(row.overrideCell !== null && row.overrideCell === row.formulaCell);
            }
          }
          // Regrading twice changes nothing.
          const model = core.context.grading.model().definition;
          regradeAll(core.context.db, model, core.context.grading.dictionaries());
          expect(regradeAll(core.context.db, model, core.context.grading.dictionaries()).changed).toBe(0);
        } finally {
          core.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});
