import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, formatError, type Api } from '../../../../shared/contract';
import { localDateText } from '../../../../shared/contract/calibrationMethods';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';
import { apiOf, stageAndInspect, storedClients } from '../transfer/transferHarness';

/** A signed-off period locks the grading: what else would change it is refused with the same error. */

const tempDir = useTempDir();
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

const SIGNER = '周建华';
const HEADER = '医院,医院级别,科室,姓名,职称,处方行为,月均处方量(支)';
const WITH_GRADES = `${HEADER},客户级别`;

async function fresh(): Promise<{ core: Core; api: Api; dir: string }> {
  const dir = tempDir();
  const core = await openTestCore(dir);
  cores.push(core);
  return { core, api: apiOf(core), dir };
}

const csv = (text: string) => Buffer.from(`\uFEFF${text}\n`, 'utf8');

async function stageCsv(api: Api, text: string) {
  const staged = await stageAndInspect(api, 'list.csv', csv(text));
  return { token: staged.token, settings: staged.settings };
}

async function importCsv(api: Api, text: string) {
  return api.call('transfer.commit', await stageCsv(api, text));
}

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

async function signOff(api: Api) {
  const signed = await api.call('periods.signOff', { period: '2026-Q4', signedBy: SIGNER });
  return { code: 'periods.locked', params: { period: '2026-Q4', signedBy: SIGNER, date: localDateText(signed.signedAt) } };
}

const backups = (dir: string) => (existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.sqlite')) : []);

describe('while a period is signed off', () => {
  it('activating another model is refused with periods.locked (zh and en), before any backup; after the unlock it works', async () => {
    const { api, dir } = await fresh();
    await importCsv(api, `${HEADER}\n第一医院,三甲,心内科,张伟,主任医师,首选,500`);
    const locked = await signOff(api);
    const before = backups(dir);

    const error = await refusal(api.call('models.activate', { id: 'b2b-lifecycle' }));
    expect(error.error).toMatchObject(locked);
    expect(formatError(error.error, 'zh-CN')).toContain(`2026-Q4 的分级已由 ${SIGNER}`);
    expect(formatError(error.error, 'en')).toContain(`signed off by ${SIGNER}`);
    expect((await api.call('stats.summary', {})).model.id).toBe('pharma-nine-grid');
    expect(backups(dir)).toEqual(before);
    // The active model itself: nothing to switch, nothing refused.
    expect(await api.call('models.activate', { id: 'pharma-nine-grid' })).toMatchObject({ active: true });

    await api.call('periods.unlock', { period: '2026-Q4', reason: '年度换模型' });
    expect(await api.call('models.activate', { id: 'b2b-lifecycle' })).toMatchObject({ id: 'b2b-lifecycle', active: true });
  });

  it('replacing the data (a demo region, the empty start) is refused before any backup; after the unlock it works', async () => {
    const { api, dir } = await fresh();
    await importCsv(api, `${HEADER}\n第一医院,三甲,心内科,张伟,主任医师,首选,500`);
    const locked = await signOff(api);
    const before = backups(dir);
    expect((await refusal(api.call('data.loadDemo', { region: 'b2b' }))).error).toMatchObject(locked);
    expect((await refusal(api.call('data.startEmpty', {}))).error).toMatchObject(locked);
    expect(backups(dir)).toEqual(before);
    expect((await api.call('stats.summary', {})).model.id).toBe('pharma-nine-grid');
    await api.call('periods.unlock', { period: '2026-Q4', reason: '换示例数据' });
    expect(await api.call('data.loadDemo', { region: 'b2b' })).toMatchObject({ region: 'b2b' });
  });

  it('saving the active model (which regrades) is refused; saving another model is not', async () => {
    const { api } = await fresh();
    await api.call('models.clone', { id: 'pharma-nine-grid', newId: 'mine', name: { 'zh-CN': '我的', en: 'Mine' } });
    await api.call('models.clone', { id: 'pharma-nine-grid', newId: 'other', name: { 'zh-CN': '另一个', en: 'Other' } });
    await api.call('models.activate', { id: 'mine' });
    const locked = await signOff(api);
    const mine = (await api.call('models.get', { id: 'mine' })).definition;
    expect((await refusal(api.call('models.save', { definition: { ...mine, description: { 'zh-CN': '改', en: 'Changed' } } }))).error).toMatchObject(locked);
    expect((await api.call('models.get', { id: 'mine' })).summary.version).toBe(1);
    const other = (await api.call('models.get', { id: 'other' })).definition;
    expect(await api.call('models.save', { definition: { ...other, description: { 'zh-CN': '改', en: 'Changed' } } })).toMatchObject({ saved: true });
  });

  it('an import whose grades would be kept as overrides is refused at the preview and at the commit, and writes nothing', async () => {
    const { core, api } = await fresh();
    await importCsv(api, `${HEADER}\n第一医院,三甲,心内科,张伟,主任医师,首选,500\n第一医院,三甲,心内科,王芳,主任医师,首选,500`);
    const locked = await signOff(api);
    const before = storedClients(core);
    const changes = core.context.db.prepare('SELECT count(*) AS n FROM change_log').get();

    // 王芳's file grade (B2) differs from the formula's (A1): it would be an override.
    const file = `${WITH_GRADES}\n第一医院,三甲,心内科,张伟,主任医师,首选,600,A1\n第一医院,三甲,心内科,王芳,主任医师,首选,600,B2\n第二医院,三甲,外科,新人,主任医师,首选,100,C3`;
    const staged = await stageCsv(api, file);
    expect((await refusal(api.call('transfer.preview', staged))).error).toMatchObject(locked);
    expect((await refusal(api.call('transfer.commit', staged))).error).toMatchObject(locked);
    expect(storedClients(core)).toEqual(before);
    expect(core.context.db.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual(changes);
  });

  it('an import that writes no override still goes through (edits are not locked, only the grading)', async () => {
    const { core, api } = await fresh();
    await importCsv(api, `${HEADER}\n第一医院,三甲,心内科,张伟,主任医师,首选,500`);
    await signOff(api);
    // The file's grade agrees with the formula: nothing is kept as an override.
    const report = await importCsv(api, `${WITH_GRADES}\n第一医院,三甲,心内科,张伟,主任医师,首选,700,A1`);
    expect(report.counts).toMatchObject({ updated: 1, overrides: 0 });
    expect(storedClients(core)[0]).toMatchObject({ volumeOurs: 700, overrideCell: null });
  });
});
