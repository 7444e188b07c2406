import { AppFailure } from '../../../shared/contract';
import { DictionarySchema, ModelShapeSchema } from '../../../shared/grading';
import type { CoreContext } from '../context';
import type { Db } from '../db/connection';
import { writeDictionary } from '../db/repos/dictionariesRepo';
import { setActiveModel, writeModel } from '../db/repos/modelsRepo';
import { regradeAll } from '../services/regrade';
import { INSERTED_CLIENTS, undoInsertedClients } from './insertedRange';
import { isRowTable, writeRow, type RowImage } from './rowImages';

interface ChangeRow {
  id: number;
  command: string;
}

interface ItemRow {
  seq: number;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

const parse = (text: string | null): unknown => (text === null ? null : (JSON.parse(text) as unknown));

function lastDone(db: Db): ChangeRow | undefined {
  return db.prepare('SELECT id, command FROM change_log WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as ChangeRow | undefined;
}

function firstUndone(db: Db): ChangeRow | undefined {
  return db.prepare('SELECT id, command FROM change_log WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as ChangeRow | undefined;
}

export function historyState(db: Db) {
  const undo = lastDone(db);
  const redo = firstUndone(db);
  return { canUndo: undo !== undefined, canRedo: redo !== undefined, undoCommand: undo?.command ?? null, redoCommand: redo?.command ?? null };
}

/** Writes one item's image back; which image depends on the direction. */
function applyItem(ctx: CoreContext, changeId: number, item: ItemRow, direction: 'undo' | 'redo', now: string): { regradeAll: boolean; clientId?: number } {
  if (item.entity === INSERTED_CLIENTS) {
    // Undo turns the block into per-row items, so a block is never met on the way back.
    if (direction === 'redo') throw new Error('an inserted-clients block cannot be redone');
    undoInsertedClients(ctx.db, changeId, item.seq, item.after);
    return { regradeAll: false };
  }
  const target = parse(direction === 'undo' ? item.before : item.after);
  const other = parse(direction === 'undo' ? item.after : item.before);
  if (isRowTable(item.entity)) {
    writeRow(ctx.db, item.entity, target as RowImage | null, (target ?? other) as RowImage);
    if (item.entity === 'clients') return { regradeAll: false, clientId: Number(item.entity_id) };
    return { regradeAll: item.entity === 'hospitals' };
  }
  switch (item.entity) {
    case 'models':
      if (target === null) ctx.db.prepare('DELETE FROM models WHERE id = ? AND active = 0').run(item.entity_id);
      else writeModel(ctx.db, ModelShapeSchema.parse(target), now);
      return { regradeAll: true };
    case 'models.active':
      setActiveModel(ctx.db, String(target), now);
      return { regradeAll: true };
    case 'dictionaries':
      if (target === null) ctx.db.prepare('DELETE FROM dictionaries WHERE id = ? AND builtin = 0').run(item.entity_id);
      else writeDictionary(ctx.db, DictionarySchema.parse(target), now);
      return { regradeAll: true };
    default:
      throw new Error(`the change log holds an entity undo does not know: ${item.entity}`);
  }
}

/**
 * Reverts (undo) or repeats (redo) one recorded command by writing its row images back,
 * then regrades what the images touched, so the database, the grades and every view agree.
 */
function replay(ctx: CoreContext, change: ChangeRow, direction: 'undo' | 'redo'): { command: string; changeId: number } {
  const now = ctx.now();
  ctx.db.transaction(() => {
    const items = ctx.db
      .prepare(`SELECT seq, entity, entity_id, before, after FROM change_log_items WHERE change_id = ? ORDER BY seq ${direction === 'undo' ? 'DESC' : 'ASC'}`)
      .all(change.id) as ItemRow[];
    let everything = false;
    const clientIds = new Set<number>();
    for (const item of items) {
      const effect = applyItem(ctx, change.id, item, direction, now);
      everything ||= effect.regradeAll;
      if (effect.clientId !== undefined) clientIds.add(effect.clientId);
    }
    ctx.db.prepare('UPDATE change_log SET undone = ? WHERE id = ?').run(direction === 'undo' ? 1 : 0, change.id);
    ctx.grading.invalidate();
    const model = ctx.grading.model().definition;
    if (everything) regradeAll(ctx.db, model, ctx.grading.dictionaries());
    else if (clientIds.size > 0) regradeAll(ctx.db, model, ctx.grading.dictionaries(), { clientIds: [...clientIds] });
  })();
  ctx.bus.emit('data:changed', { scopes: ['all'] });
  return { command: change.command, changeId: change.id };
}

export function undoLast(ctx: CoreContext) {
  const change = lastDone(ctx.db);
  if (!change) throw new AppFailure('history.nothingToUndo');
  return replay(ctx, change, 'undo');
}

export function redoNext(ctx: CoreContext) {
  const change = firstUndone(ctx.db);
  if (!change) throw new AppFailure('history.nothingToRedo');
  return replay(ctx, change, 'redo');
}
