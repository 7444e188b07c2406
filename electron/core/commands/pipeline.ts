import { AppFailure, DATA_SCOPES, type CommandName, type DataScope, type EventPayload } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { capturedCount, clearCapture, gradingInputsWritten, persistCapture, replayInverse, summariseCapture, type CapturedSummary, type CapturedTable } from '../db/changeCapture';
import { closeChange, dropChange, dropRedoStack, firstUndone, lastDone, markUndone, openChange } from '../db/repos/changeLogRepo';
import { clientIdsOfHospitals } from '../db/repos/gradesRepo';
import { beginImmediate, commit as commitTransaction, rollback } from '../db/transactions';
import { regradeAll } from '../services/regrade';
import { scopesOfTables } from './changeScopes';
import type { CommandInput, CommandOutput, CommandRun, CommandTable, TransactionEntry } from './defineCommand';
import { createWriteLock } from './writeLock';
import { isImportCommand, whileImporting } from './activity';

/** Past this many clients an event says "any client" rather than listing them. */
export const EVENT_CLIENT_LIMIT = 2000;

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoCommand: CommandName | null;
  redoCommand: CommandName | null;
}

export interface Pipeline {
  /** Runs one contract command: lock, transaction, capture, regrade, history, one event. */
  execute<M extends CommandName>(name: M, input: CommandInput<M>): Promise<CommandOutput<M>>;
  /**
   * The same steps for a change whose transaction stays open across awaits (the CLI's
   * streaming import): reads on this connection would see its uncommitted rows, so only a
   * host that owns the database alone may use it. Close it with finish or abandon.
   */
  openAcrossAwaits(name: CommandName): OpenChange;
  historyState(): HistoryState;
}

type ChangeEvent = EventPayload<'data:changed'>;

export interface OpenChange {
  readonly run: CommandRun;
  /** Regrades (unless the change did), records and commits; `commit: false` rolls back (a dry run). */
  finish(options: { commit: boolean; regrade: 'pipeline' | 'command' }): void;
  /** Rolls back after a failure. */
  abandon(): void;
}

function eventOf(summary: CapturedSummary, recorded: boolean): ChangeEvent | null {
  const scopes: DataScope[] = scopesOfTables(summary.tables, DATA_SCOPES);
  if (recorded && !scopes.includes('history')) scopes.push('history');
  if (scopes.length === 0) return null;
  const event: ChangeEvent = { scopes };
  if (summary.clientIds !== null && summary.clientIds.length > 0) event.clientIds = summary.clientIds;
  if (summary.clientSetChanged) event.clientSetChanged = true;
  return event;
}

export function createPipeline(ctx: CoreContext, tables: readonly CapturedTable[], commands: CommandTable): Pipeline {
  const { db } = ctx;
  const lock = createWriteLock();

  /** Rows in the capture before a command began were written outside the pipeline: a bug, logged. */
  function startCapture(name: CommandName): void {
    const stray = capturedCount(db);
    if (stray > 0) ctx.log.error('rows written outside a command', { before: name, rows: stray });
    clearCapture(db);
  }

  /** Regrades what the written rows call for, under the model as it is now. */
  function regradeAffected(activeBefore: string, changeId: number | null): void {
    const written = gradingInputsWritten(db);
    if (written.modelsOrDictionaries) ctx.grading.invalidate();
    const active = ctx.grading.model();
    const model = active.definition;
    if (written.dictionaries || `${model.id}@${active.version}` !== activeBefore) {
      regradeAll(db, model, ctx.grading.dictionaries(), { changeId });
      return;
    }
    const ids = new Set([...written.clientIds, ...clientIdsOfHospitals(db, written.hospitalIds)]);
    if (ids.size > 0) regradeAll(db, model, ctx.grading.dictionaries(), { changeId, clientIds: [...ids] });
  }

  /** The closing steps shared by every writing command; inside its transaction. */
  function finish(name: CommandName, kind: 'undoable' | 'unrecorded', run: CommandRun, regrade: 'pipeline' | 'command', activeBefore: string) {
    if (regrade === 'pipeline') regradeAffected(activeBefore, run.changeId);
    const summary = summariseCapture(db, EVENT_CLIENT_LIMIT);
    if (summary.tables.includes('models') || summary.tables.includes('dictionaries')) ctx.grading.invalidate();
    const recorded = kind === 'undoable' && summary.rows > 0;
    if (run.changeId !== null) {
      if (recorded) {
        dropRedoStack(db);
        closeChange(db, run.changeId, run.summary);
        persistCapture(db, run.changeId);
      } else dropChange(db, run.changeId);
    }
    clearCapture(db);
    ctx.log.info('command', { name, rows: summary.rows, tables: summary.tables, recorded });
    return eventOf(summary, recorded);
  }

  function begin(name: CommandName, kind: 'undoable' | 'unrecorded'): { run: CommandRun; activeBefore: string } {
    startCapture(name);
    const now = ctx.now();
    const active = ctx.grading.model();
    const changeId = kind === 'undoable' ? openChange(db, name, now) : null;
    return { run: { changeId, now, summary: {} }, activeBefore: `${active.definition.id}@${active.version}` };
  }

  function transact<M extends CommandName>(name: M, entry: TransactionEntry<M>, input: CommandInput<M>, prepared: unknown) {
    try {
      return db.transaction(() => {
        const { run, activeBefore } = begin(name, entry.kind);
        const output = entry.run(input, run, prepared);
        return { output, run, event: finish(name, entry.kind, run, entry.regrade, activeBefore) };
      })();
    } catch (error) {
      // The rollback took back any model or dictionary the cache may already hold.
      ctx.grading.invalidate();
      throw error;
    }
  }

  function historyState(): HistoryState {
    const undo = lastDone(db);
    const redo = firstUndone(db);
    const canUndo = undo !== undefined && undo.replayable;
    const canRedo = redo !== undefined && redo.replayable;
    return { canUndo, canRedo, undoCommand: canUndo ? undo.command : null, redoCommand: canRedo ? redo.command : null };
  }

  /** Undo or redo: write the recorded rows back; what that wrote becomes the way back. */
  function replay(direction: 'undo' | 'redo') {
    const change = direction === 'undo' ? lastDone(db) : firstUndone(db);
    if (!change || !change.replayable) throw new AppFailure(direction === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo');
    try {
      const event = db.transaction(() => {
        startCapture(direction === 'undo' ? 'history.undo' : 'history.redo');
        replayInverse(db, tables, change.id);
        const summary = summariseCapture(db, EVENT_CLIENT_LIMIT);
        persistCapture(db, change.id);
        markUndone(db, change.id, direction === 'undo');
        return eventOf(summary, true);
      })();
      ctx.grading.invalidate();
      ctx.log.info(direction, { changeId: change.id, command: change.command });
      return { event, output: { command: change.command, changeId: change.id, state: historyState() } };
    } catch (error) {
      ctx.grading.invalidate();
      throw error;
    }
  }

  function emit(event: ChangeEvent | null): void {
    if (event) ctx.bus.emit('data:changed', event);
  }

  async function executeUnlocked<M extends CommandName>(name: M, input: CommandInput<M>): Promise<CommandOutput<M>> {
    const entry = commands[name];
    switch (entry.kind) {
      case 'readonly': {
        startCapture(name);
        const output = await entry.run(input);
        const written = capturedCount(db);
        if (written > 0) {
          clearCapture(db);
          throw new Error(`${name} is declared readonly but wrote ${written} rows`);
        }
        return output;
      }
      case 'replay': {
        const { event, output } = replay(entry.direction);
        emit(event);
        return output as CommandOutput<M>;
      }
      default: {
        const prepared = await entry.beforeTransaction(input);
        const { output, run, event } = transact(name, entry, input, prepared);
        const result = entry.reply(input, output, run);
        emit(event);
        return result;
      }
    }
  }

  return {
    execute(name, input) {
      if (!commands[name].locked) return executeUnlocked(name, input);
      const work = () => executeUnlocked(name, input);
      return lock.run(isImportCommand(name) ? () => whileImporting(ctx.bus, work) : work);
    },
    openAcrossAwaits(name) {
      beginImmediate(db);
      let opened: ReturnType<typeof begin>;
      try {
        opened = begin(name, 'undoable');
      } catch (error) {
        rollback(db);
        throw error;
      }
      const { run, activeBefore } = opened;
      const abandon = () => {
        rollback(db);
        ctx.grading.invalidate();
      };
      return {
        run,
        abandon,
        finish({ commit, regrade }) {
          try {
            const event = finish(name, 'undoable', run, regrade, activeBefore);
            if (!commit) return abandon();
            commitTransaction(db);
            emit(event);
          } catch (error) {
            abandon();
            throw error;
          }
        },
      };
    },
    historyState,
  };
}
