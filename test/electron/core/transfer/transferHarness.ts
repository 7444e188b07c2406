import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi, type Api } from '../../../../shared/contract';
import { UPLOAD_CHUNK_CHARS, type ImportSettingsInput, type InspectResult } from '../../../../shared/contract/transferMethods';
import type { Core } from '../../../../electron/core/openCore';

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/spreadsheets');

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

/** Sends a file to the core the way the renderer does: chunks of base64. */
export async function stage(api: Api, fileName: string, bytes: Buffer): Promise<string> {
  const { token } = await api.call('transfer.stageBegin', { fileName, size: bytes.length });
  const base64 = bytes.toString('base64');
  let offset = 0;
  for (let i = 0; i < base64.length; i += UPLOAD_CHUNK_CHARS) {
    const part = base64.slice(i, i + UPLOAD_CHUNK_CHARS);
    await api.call('transfer.stageChunk', { token, offset, base64: part });
    offset += Buffer.from(part, 'base64').length;
  }
  return token;
}

export interface Staged {
  token: string;
  inspect: InspectResult;
  settings: ImportSettingsInput;
}

export async function stageAndInspect(api: Api, fileName: string, bytes: Buffer, options: { sheet?: string; encoding?: 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be' } = {}): Promise<Staged> {
  const token = await stage(api, fileName, bytes);
  const inspect = await api.call('transfer.inspect', { token, ...options });
  return { token, inspect, settings: { headerRow: inspect.header?.row ?? 1, headerRows: inspect.header?.rows ?? 1, mapping: inspect.mapping } };
}

/** Stages, inspects and commits a fixture with its suggested mapping. */
export async function importFixture(api: Api, name: string, settings: Partial<ImportSettingsInput> = {}, options: { sheet?: string } = {}) {
  const staged = await stageAndInspect(api, name, fixture(name), options);
  return api.call('transfer.commit', { token: staged.token, settings: { ...staged.settings, ...settings } });
}

export interface StoredClient {
  id: number;
  name: string;
  hospitalName: string | null;
  hospitalClass: string | null;
  department: string | null;
  title: string | null;
  behaviour: string | null;
  volumeOurs: number | null;
  volumeCompetitor: number | null;
  bedsManaged: number | null;
  repName: string | null;
  region: string | null;
  attributes: Record<string, string | number>;
  formulaCell: string | null;
  overrideCell: string | null;
  overrideReason: string | null;
  cell: string | null;
}

/** Every client as stored, with its grades, straight from SQL. */
export function storedClients(core: Core): StoredClient[] {
  const modelId = core.context.grading.model().definition.id;
  const rows = core.context.db
    .prepare(
      `SELECT c.id, c.name, h.name AS hospitalName, h.class AS hospitalClass, c.department, c.title, c.behaviour,
              c.volume_ours AS volumeOurs, c.volume_competitor AS volumeCompetitor, c.beds_managed AS bedsManaged,
              r.name AS repName, c.region, c.attributes, g.cell AS formulaCell, o.cell AS overrideCell, o.reason AS overrideReason,
              COALESCE(o.cell, g.cell) AS cell
       FROM clients c LEFT JOIN hospitals h ON h.id = c.hospital_id LEFT JOIN reps r ON r.id = c.rep_id
       LEFT JOIN grades g ON g.client_id = c.id AND g.model_id = @model
       LEFT JOIN overrides o ON o.client_id = c.id AND o.model_id = @model ORDER BY c.id`,
    )
    .all({ model: modelId }) as (Omit<StoredClient, 'attributes'> & { attributes: string })[];
  return rows.map((row) => ({ ...row, attributes: JSON.parse(row.attributes) as Record<string, string | number> }));
}

export function apiOf(core: Core): Api {
  return createApi(core.router);
}
