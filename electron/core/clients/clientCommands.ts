import { zoneOfCell } from '../../../shared/grading';
import { AppFailure, type ClientChanges } from '../../../shared/contract';
import type { ClientRow } from '../../../shared/domain/schemas';
import { INPUT_INVALID_MESSAGES, lookupDictionary, parseInputValue } from '../../../shared/grading';
import { interpolate } from '../../../shared/i18n/interpolate';
import { attributeInputsOfModel } from '../../../shared/models';
import { defineCommand, type CommandTable } from '../commands/defineCommand';
import type { CoreContext } from '../context';
import { clientRowsById } from '../db/repos/clientsRepo';
import {
  deleteClientRows,
  findHospitalId,
  hospitalClass,
  insertClient,
  insertHospital,
  readClientRows,
  repExists,
  updateClient,
  updateHospitalClass,
  type ClientColumns,
} from '../db/repos/clientWritesRepo';
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

/**
 * Attribute values for the active model's inputs as the grid stores them, whoever sends them
 * (grid, paste, API): choice words as their canonical value (已保有 → R), numbers as numbers
 * within the input's range, dates as YYYY-MM-DD. Anything else is refused, not saved.
 */
function normaliseAttributes<T extends ClientChanges>(ctx: CoreContext, changes: T): T {
  if (!changes.attributes) return changes;
  const inputs = new Map(attributeInputsOfModel(ctx.grading.model().definition).map((input) => [input.attribute, input]));
  const dictionaries = ctx.grading.dictionaries();
  const attributes: NonNullable<ClientChanges['attributes']> = {};
  for (const [key, value] of Object.entries(changes.attributes)) {
    const input = inputs.get(key);
    if (!input) {
      attributes[key] = value;
      continue;
    }
    const parsed = parseInputValue(input, value, { dictionary: input.dictionary === undefined ? undefined : dictionaries[input.dictionary] });
    if (!parsed.ok) {
      const reason = INPUT_INVALID_MESSAGES[parsed.error.key];
      const params = parsed.error.params ?? {};
      throw new AppFailure(
        'clients.invalidValue',
        { field: input.label['zh-CN'], fieldEn: input.label.en, value: String(value), reason: interpolate(reason['zh-CN'], params), reasonEn: interpolate(reason.en, params) },
        `attribute ${key}: ${parsed.error.key}`,
      );
    }
    attributes[key] = parsed.value;
  }
  return { ...changes, attributes };
}

/** Finds a hospital by its exact name, or creates it. */
function hospitalIdFor(ctx: CoreContext, name: string, now: string): number {
  const existing = findHospitalId(ctx.db, name);
  if (existing !== undefined) return existing;
  const keys = searchKeys(name);
  return insertHospital(ctx.db, { name, nameKey: keys.key, nameInitials: keys.initials }, now);
}

/** Column values for the changed client fields (search keys follow their text). */
function clientColumns(changes: ClientChanges, current: ClientColumns | null): ClientColumns {
  const columns: ClientColumns = {};
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
  // Blank is no region (the column refuses empty text).
  if (changes.region !== undefined) columns.region = changes.region || null;
  if (changes.attributes !== undefined) {
    const merged = { ...(current ? (JSON.parse(String(current.attributes)) as Record<string, unknown>) : {}), ...changes.attributes };
    for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
    columns.attributes = JSON.stringify(merged);
  }
  return columns;
}

function requireRep(ctx: CoreContext, repId: number | null | undefined): void {
  if (repId === undefined || repId === null) return;
  if (!repExists(ctx.db, repId)) throw new AppFailure('reps.notFound');
}

/** Sets a hospital's class when it differs (the pipeline then regrades all its clients). */
function setHospitalClass(ctx: CoreContext, id: number, value: string | null, now: string): void {
  if (hospitalClass(ctx.db, id) !== (value || null)) updateHospitalClass(ctx.db, id, value || null, now);
}

/** Applies the same changes to one or many clients; the pipeline records and regrades them. */
function updateClients(ctx: CoreContext, ids: readonly number[], entered: ClientChanges, now: string): number[] {
  checkWords(ctx, entered);
  const changes = normaliseAttributes(ctx, entered);
  requireRep(ctx, changes.repId);
  const unique = [...new Set(ids)];
  const current = readClientRows(ctx.db, unique);
  const missing = unique.filter((id) => !current.has(id)).length;
  if (missing > 0) throw new AppFailure('clients.notFound', { count: missing });
  const hospitalId = changes.hospitalName ? hospitalIdFor(ctx, changes.hospitalName, now) : undefined;
  if (changes.hospitalClass !== undefined) {
    const hospitalIds = new Set(unique.map((id) => (hospitalId ?? current.get(id)!.hospital_id) as number | null));
    if (hospitalIds.has(null)) throw new AppFailure('clients.noHospital');
    for (const id of hospitalIds as Set<number>) setHospitalClass(ctx, id, changes.hospitalClass, now);
  }
  for (const id of unique) {
    const columns = clientColumns(changes, current.get(id)!);
    if (hospitalId !== undefined) columns.hospital_id = hospitalId;
    if (changes.hospitalName === null) columns.hospital_id = null;
    if (Object.keys(columns).length > 0) updateClient(ctx.db, id, columns, now);
  }
  return unique;
}

function createClient(ctx: CoreContext, entered: ClientChanges & { name: string }, now: string): number {
  checkWords(ctx, entered);
  const changes = normaliseAttributes(ctx, entered);
  requireRep(ctx, changes.repId);
  const hospitalId = changes.hospitalName ? hospitalIdFor(ctx, changes.hospitalName, now) : null;
  if (changes.hospitalClass !== undefined && hospitalId !== null) setHospitalClass(ctx, hospitalId, changes.hospitalClass, now);
  const columns: ClientColumns = { ...clientColumns(changes, null), hospital_id: hospitalId, created_at: now, updated_at: now };
  if (columns.attributes === undefined) columns.attributes = '{}';
  return insertClient(ctx.db, columns);
}

/** The grid's rows of these clients under the active model, with their zones. */
export function clientRowsOf(ctx: CoreContext, ids: readonly number[]): ClientRow[] {
  const { definition, version } = ctx.grading.model();
  return clientRowsById(ctx.db, { id: definition.id, version }, ids).map((row) => ({
    ...row,
    zoneId: row.cell ? (zoneOfCell(definition, row.cell)?.id ?? null) : null,
  }));
}

type ClientCommandNames = 'clients.update' | 'clients.bulkUpdate' | 'clients.create' | 'clients.delete';

/** The client grid's edits, each one undo step. */
export function clientCommands(ctx: CoreContext): Pick<CommandTable, ClientCommandNames> {
  return {
    'clients.update': defineCommand('clients.update', {
      kind: 'undoable',
      run: ({ id, changes }, run) => {
        updateClients(ctx, [id], changes, run.now);
        Object.assign(run.summary, { count: 1, fields: Object.keys(changes) });
        return { id };
      },
      // The row as it is once the pipeline has regraded it.
      reply: (_input, { id }: { id: number }) => {
        const [row] = clientRowsOf(ctx, [id]);
        if (!row) throw new AppFailure('clients.notFound', { count: 1 });
        return row;
      },
    }),
    'clients.bulkUpdate': defineCommand('clients.bulkUpdate', {
      kind: 'undoable',
      run: ({ ids, changes }, run) => {
        const unique = updateClients(ctx, ids, changes, run.now);
        Object.assign(run.summary, { count: unique.length, fields: Object.keys(changes) });
        return { changeId: run.changeId, count: unique.length };
      },
    }),
    'clients.create': defineCommand('clients.create', {
      kind: 'undoable',
      run: ({ client }, run) => {
        const id = createClient(ctx, client, run.now);
        Object.assign(run.summary, { count: 1 });
        return { id };
      },
      reply: (_input, { id }: { id: number }) => clientRowsOf(ctx, [id])[0]!,
    }),
    'clients.delete': defineCommand('clients.delete', {
      kind: 'undoable',
      run: ({ ids }, run) => {
        const unique = [...new Set(ids)];
        const missing = unique.length - readClientRows(ctx.db, unique).size;
        if (missing > 0) throw new AppFailure('clients.notFound', { count: missing });
        deleteClientRows(ctx.db, unique);
        Object.assign(run.summary, { count: unique.length });
        return { changeId: run.changeId, count: unique.length };
      },
    }),
  };
}
