import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli';
import { createApi } from '../../../shared/contract';
import { DEMO_REGION_IDS, DEMO_REGIONS } from '../../../shared/demo/demoRegions';
import { memoryLogger, openTestCore } from '../../harness/openTestCore';
import { useTempDir } from '../../harness/tempDir';

const tempDir = useTempDir();

async function cli(args: string[], lang = 'en_US.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), log: memoryLogger(), appVersion: '0.0.0-test', lang });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What the app would find in the file: the region, its model, and whether it still asks at first start. */
async function opened(dir: string, file: string) {
  const core = await openTestCore(dir, { file });
  try {
    const api = createApi(core.router);
    const regions = await api.call('demo.regions', {});
    const summary = await api.call('stats.summary', {});
    return { current: regions.current, choicePending: regions.choicePending, model: summary.model.id, clients: summary.totals.clients };
  } finally {
    core.close();
  }
}

describe('cli demo --region', () => {
  it('--help names the option and every region', async () => {
    const help = await cli(['demo', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain(`--region ${DEMO_REGION_IDS.join('|')}`);
  });

  it.each(DEMO_REGIONS.map((region) => ({ id: region.id, modelId: region.modelId, clients: region.generate().clients.length })))(
    '--region $id creates that region under its model, chosen already (the app does not ask again)',
    async ({ id, modelId, clients }) => {
      const dir = tempDir();
      const made = await cli(['demo', '--db', join(dir, `${id}.sqlite`), '--region', id, '--json']);
      expect(made.code).toBe(0);
      expect(JSON.parse(made.out)).toMatchObject({ region: id, model: modelId, clients });
      expect(await opened(dir, `${id}.sqlite`)).toEqual({ current: id, choicePending: false, model: modelId, clients });
    },
  );

  it('speaks of the region in its model’s words', async () => {
    const dir = tempDir();
    const b2b = await cli(['demo', '--db', join(dir, 'b2b.sqlite'), '--region', 'b2b'], 'zh_CN.UTF-8');
    expect(b2b.out).toMatch(/4 名代表，\d+ 家单位，200 家客户/);
    expect(b2b.out).not.toContain('医院');
    const staff = await cli(['demo', '--db', join(dir, 'staff.sqlite'), '--region', 'staff']);
    expect(staff.out).toMatch(/2 reps, \d+ teams, 48 employees/);
  });

  it('without --region: the pharma region, and the app still asks at first start which one the user wants', async () => {
    const dir = tempDir();
    expect((await cli(['demo', '--db', join(dir, 'd.sqlite')])).code).toBe(0);
    expect(await opened(dir, 'd.sqlite')).toMatchObject({ current: 'pharma', choicePending: true, model: 'pharma-nine-grid' });
  });

  it('an unknown region is refused before any file is written', async () => {
    const db = join(tempDir(), 'x.sqlite');
    const refused = await cli(['demo', '--db', db, '--region', 'mars'], 'zh_CN.UTF-8');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('未知的示例区域：mars');
    expect(refused.err).toContain('pharma、b2b、retail、staff');
    expect(existsSync(db)).toBe(false);
  });
});
