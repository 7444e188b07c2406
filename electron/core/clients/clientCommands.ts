import { AppFailure, type ClientChanges } from '../../../shared/contract';
import { lookupDictionary } from '../../../shared/grading';
import { recordChange, type ChangeItem } from '../changeLog/recordChange';
import { readRow, type RowImage } from '../changeLog/rowImages';
import type { CoreContext } from '../context';
import { regradeAll } from '../services/regrade';
import { searchKeys } from './searchKeys';

/** Which dictionary checks an entered word, and how the field is named in messages. */
const CHECKED_WORDS = {
  title: { dictionary: 'title', label: { 'zh-CN': '职称', en: 'title' } },
  behaviour: { dictionary: 'behaviour', label: { 'zh-CN': '处方行为', en: 'behaviour' } },
  hospitalClass: { dictionary: 'hospitalClass', label: { 'zh-CN': '医院级别', en: 'hospital class' } },
} as const;

/** Words the dropdowns offer must be words the grading dictionaries know; anything else is refused, not saved. */
function checkWords(ctx: CoreContext, changes: ClientChanges): void {
  const dictionaries = ctx.grading.dictionaries();
  for (const [field, check] of Object.entries(CHECKED_WORDS) as [keyof typeof CHECKED_WORDS, (typeof CHECKED_WORDS)[keyof typeof CHECKED_WORDS]][]) {
    const value = changes[field];
    if (value === undefined || value === null || value === '') continue;
    const dictionary = dictionaries[check.dictionary];
    if (dictionary && lookupDictionary(dictionary, value) === undefined) {
      throw new AppFailure('clients.unknownValue', { field: check.label['zh-CN'], value }, `${check.label.en}: ${value}`);
    }
  }
}

/** Finds a hospital by its exact name, or creates it; returns its id and the row images for the log. */
function hospitalIdFor(ctx: CoreContext, name: string, now: string, items: ChangeItem[]): number {
  const existing = ctx.db.prepare('SELECT id FROM hospitals WHERE name = ?').pluck().get(name) as number | undefined;
  if (existing !== undefined) return existing;
  const keys = searchKeys(name);
  const id = Number(
    ctx.db
      .prepare('INSERT INTO hospitals (name, name_key, name_initials, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(name, keys.key, keys.initials, now, now).lastInsertRowid,
  );
  items.push({ entity: 'hospitals', entityId: String(id), before: null, after: readRow(ctx.db, 'hospitals', { id }) });
  return id;
}

/** Column values for the changed client fields (search keys follow their text). */
function clientColumns(changes: ClientChanges, current: RowImage | null): Record<string, string | number | null> {
  const columns: Record<string, string | number | null> = {};
  if (changes.name !== undefined) {
    const keys = searchKeys(changes.name);
    Object.assign(columns, { name: changes.name, name_key: keys.key, name_initials: keys.initials });
  }
  if (changes.department !== undefined) {
    Object.assign(columns, { department: changes.department || null, department_key: searchKeys(changes.department).key });
  }
  if (changes.title !== undefined) columns.title = changes.title || null;
  if (changes.behaviour !== undefined) columns.behaviour = changes.behaviour || null;
  if (changes.bedsManaged !== undefined) columns.beds_managed = changes.bedsManaged;
  if (changes.volumeOurs !== undefined) columns.volume_ours = changes.volumeOurs;
  if (changes.volumeCompetitor !== undefined) columns.volume_competitor = changes.volumeCompetitor;
  if (changes.repId !== undefined) columns.rep_id = changes.repId;
  if (changes.attributes !== undefined) {
    const merged = { ...(current ? (JSON.parse(String(current.attributes)) as Record<string, unknown>) : {}), ...changes.attributes };
    for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
    columns.attributes = JSON.stringify(merged);
  }
  return columns;
}

function requireRep(ctx: CoreContext, repId: number | null | undefined): void {
  if (repId === undefined || repId === null) return;
  if (ctx.db.prepare('SELECT 1 FROM reps WHERE id = ?').get(repId) === undefined) throw new AppFailure('reps.notFound');
}

export interface CommandResult {
  changeId: number | null;
  clientIds: number[];
}

/**
 * Applies the same changes to one or many clients: one transaction, one change-log entry
 * (one undo step) with every row's before and after image, then a regrade of the clients
 * whose grading inputs moved (all clients of a hospital whose class changed).
 */
export function updateClients(ctx: CoreContext, ids: readonly number[], changes: ClientChanges, command: string): CommandResult {
  checkWords(ctx, changes);
  requireRep(ctx, changes.repId);
  const unique = [...new Set(ids)];
  const now = ctx.now();
  return ctx.db.transaction(() => {
    const items: ChangeItem[] = [];
    const befores = unique.map((id) => readRow(ctx.db, 'clients', { id }));
    const missing = befores.filter((row) => row === null).length;
    if (missing > 0) throw new AppFailure('clients.notFound', { count: missing });
    const affected = new Set(unique);
    const hospitalId = changes.hospitalName ? hospitalIdFor(ctx, changes.hospitalName, now, items) : undefined;

    if (changes.hospitalClass !== undefined) {
      const hospitalIds = new Set(befores.map((row) => (hospitalId ?? row!.hospital_id) as number | null));
      if (hospitalIds.has(null)) throw new AppFailure('clients.noHospital');
      for (const id of hospitalIds as Set<number>) {
        const before = readRow(ctx.db, 'hospitals', { id });
        ctx.db.prepare('UPDATE hospitals SET class = ?, updated_at = ? WHERE id = ?').run(changes.hospitalClass || null, now, id);
        items.push({ entity: 'hospitals', entityId: String(id), before, after: readRow(ctx.db, 'hospitals', { id }) });
        for (const clientId of ctx.db.prepare('SELECT id FROM clients WHERE hospital_id = ?').pluck().all(id) as number[]) affected.add(clientId);
      }
    }

    unique.forEach((id, index) => {
      const before = befores[index]!;
      const columns = clientColumns(changes, before);
      if (hospitalId !== undefined) columns.hospital_id = hospitalId;
      if (changes.hospitalName === null) columns.hospital_id = null;
      const names = Object.keys(columns);
      if (names.length === 0) return;
      ctx.db.prepare(`UPDATE clients SET ${names.map((n) => `${n} = @${n}`).join(', ')}, updated_at = @now WHERE id = @id`).run({ ...columns, now, id });
      items.push({ entity: 'clients', entityId: String(id), before, after: readRow(ctx.db, 'clients', { id }) });
    });
    if (items.length === 0) return { changeId: null, clientIds: unique };
    const changeId = recordChange(ctx.db, { command, summary: { count: unique.length, fields: Object.keys(changes) }, items, at: now });
    regradeAll(ctx.db, ctx.grading.model().definition, ctx.grading.dictionaries(), { changeId, clientIds: [...affected] });
    return { changeId, clientIds: unique };
  })();
}

/** Adds one client (the same validation as an edit) as one undo step. */
export function createClient(ctx: CoreContext, changes: ClientChanges & { name: string }): CommandResult {
  checkWords(ctx, changes);
  requireRep(ctx, changes.repId);
  const now = ctx.now();
  return ctx.db.transaction(() => {
    const items: ChangeItem[] = [];
    const hospitalId = changes.hospitalName ? hospitalIdFor(ctx, changes.hospitalName, now, items) : null;
    if (changes.hospitalClass !== undefined && hospitalId !== null) {
      const before = readRow(ctx.db, 'hospitals', { id: hospitalId });
      if (before && before.class !== (changes.hospitalClass || null)) {
        ctx.db.prepare('UPDATE hospitals SET class = ?, updated_at = ? WHERE id = ?').run(changes.hospitalClass || null, now, hospitalId);
        items.push({ entity: 'hospitals', entityId: String(hospitalId), before, after: readRow(ctx.db, 'hospitals', { id: hospitalId }) });
      }
    }
    const columns: Record<string, string | number | null> = { ...clientColumns(changes, null), hospital_id: hospitalId, created_at: now, updated_at: now };
    if (columns.attributes === undefined) columns.attributes = '{}';
    const names = Object.keys(columns);
    const id = Number(
      ctx.db.prepare(`INSERT INTO clients (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(columns).lastInsertRowid,
    );
    items.push({ entity: 'clients', entityId: String(id), before: null, after: readRow(ctx.db, 'clients', { id }) });
    const changeId = recordChange(ctx.db, { command: 'clients.create', summary: { count: 1 }, items, at: now });
    regradeAll(ctx.db, ctx.grading.model().definition, ctx.grading.dictionaries(), { changeId, clientIds: [id] });
    return { changeId, clientIds: [id] };
  })();
}

/** Deletes clients with their overrides, keeping every row image so undo brings them back whole. */
export function deleteClients(ctx: CoreContext, ids: readonly number[]): CommandResult {
  const unique = [...new Set(ids)];
  const now = ctx.now();
  return ctx.db.transaction(() => {
    const items: ChangeItem[] = [];
    const missing = unique.filter((id) => readRow(ctx.db, 'clients', { id }) === null).length;
    if (missing > 0) throw new AppFailure('clients.notFound', { count: missing });
    for (const id of unique) {
      for (const override of ctx.db.prepare('SELECT * FROM overrides WHERE client_id = ?').all(id) as RowImage[]) {
        items.push({ entity: 'overrides', entityId: `${override.model_id}:${id}`, before: override, after: null });
      }
      items.push({ entity: 'clients', entityId: String(id), before: readRow(ctx.db, 'clients', { id }), after: null });
      ctx.db.prepare('DELETE FROM clients WHERE id = ?').run(id);
    }
    const changeId = recordChange(ctx.db, { command: 'clients.delete', summary: { count: unique.length }, items, at: now });
    return { changeId, clientIds: unique };
  })();
}
