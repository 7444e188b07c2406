import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ApiError, createApi, type Api } from '../../../shared/contract';
import type { Core } from '../../../electron/core/openCore';
import { fixture, stage, stageAndInspect } from './transfer/transferHarness';

const PRIVACY_FIXTURES = join(import.meta.dirname, '../../fixtures/privacy');

/** The file name the user's file had: a person, a region and a word that must never reach a log. */
export const CANARY_FILE_NAME = '王经理-青松岭片区-机密客户名单.csv';

/** Everything personal in test/fixtures/privacy/privacy-canary.csv and in the calls below. */
export const SECRETS = [
  '欧阳振华',
  '司马春燕',
  '诸葛晓彤',
  '欧阳主任',
  '青松岭第三人民医院',
  '白鹭湾妇幼保健院',
  '13987654321',
  '021-66668888',
  '66668888',
  '13512340987',
  '13600001111',
  CANARY_FILE_NAME,
  '王经理',
  '机密客户名单',
  '赵主任-空表',
  '钱医生的损坏文件',
  '首席科学家',
  '孙大夫',
  '18611112222',
];

async function refused(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error.error.code;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

/**
 * A manager's session that touches every path where personal data could be logged: a real
 * import (with an unknown title and a row refused for having no name), its preview and
 * report, a file that fails to import, a damaged file, edits refused by the schema and by the
 * dictionaries (with names in keys and values), an export.
 */
export async function runPrivacyScenario(core: Core): Promise<Api> {
  const api = createApi(core.router);
  const bytes = readFileSync(join(PRIVACY_FIXTURES, 'privacy-canary.csv'));

  const staged = await stageAndInspect(api, CANARY_FILE_NAME, bytes);
  expect(staged.inspect.fileName).toBe(CANARY_FILE_NAME);
  await api.call('transfer.preview', { token: staged.token, settings: staged.settings });
  const report = await api.call('transfer.commit', { token: staged.token, settings: { ...staged.settings, region: '青松岭片区' } });
  expect(report.counts.added).toBe(3);
  expect(report.counts.skipped).toBe(1);
  await api.call('transfer.reportFile', { reportId: report.reportId });

  // An import that fails: a header and no data rows, then a damaged workbook.
  const empty = await stage(api, '赵主任-空表.xlsx', fixture('header-only.xlsx'));
  expect(await refused(api.call('transfer.inspect', { token: empty }))).toBe('transfer.noDataRows');
  const broken = await stage(api, '钱医生的损坏文件.xlsx', fixture('corrupt.xlsx'));
  expect(await refused(api.call('transfer.inspect', { token: broken }))).toBe('transfer.corrupt');

  // Edits refused with names in values and in keys.
  const client = (await api.call('clients.page', { query: { search: '欧阳' } })).rows[0];
  expect(client).toBeDefined();
  const id = client?.id ?? 1;
  expect(await refused(api.call('clients.update', { id, changes: { title: '首席科学家' } }))).toBe('clients.unknownValue');
  expect(await refused(core.router.invoke('clients.update', { id, changes: { 孙大夫: '18611112222' } }).then(unwrap))).toBe('input.invalid');
  expect(await refused(core.router.invoke('clients.create', { client: { name: 12, hospitalName: '孙大夫' } }).then(unwrap))).toBe('input.invalid');
  expect(await refused(core.router.invoke('transfer.commit', { token: staged.token, settings: { ...staged.settings, mapping: ['孙大夫'] } }).then(unwrap))).toBe(
    'input.invalid',
  );
  await api.call('clients.update', { id, changes: { department: '孙大夫的科室' } });
  await api.call('transfer.export', { kind: 'clients' });
  return api;
}

function unwrap(result: Awaited<ReturnType<Core['router']['invoke']>>): unknown {
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Every secret found in the text, with the line it was on. */
export function leaks(text: string, secrets: readonly string[] = SECRETS): Array<{ secret: string; line: string }> {
  const found: Array<{ secret: string; line: string }> = [];
  for (const line of text.split('\n')) for (const secret of secrets) if (line.includes(secret)) found.push({ secret, line });
  return found;
}
