import type { CommandName, MethodOutput, MethodParsedInput } from '../../../shared/contract';

export type CommandInput<M extends CommandName> = MethodParsedInput<M>;
export type CommandOutput<M extends CommandName> = MethodOutput<M>;

/** What a command sees of its own run. */
export interface CommandRun {
  /** The change-log entry this run writes (undoable commands only): grade moves are filed under it. */
  readonly changeId: number | null;
  /** One clock reading for the whole command, so every row it stamps agrees. */
  readonly now: string;
  /** Stored with the history entry: what the change was (counts, names, the file). */
  readonly summary: Record<string, unknown>;
}

/**
 * - undoable: one transaction and one history step; undo and redo replay the rows it wrote.
 * - unrecorded: one transaction, not a history step (a saved column layout or language is not
 *   something Ctrl+Z should take back).
 * - readonly: changes no stored data (staging a file, an export, a backup); the pipeline
 *   checks that it wrote nothing.
 * - replay: undo and redo themselves.
 */
export type CommandKind = 'undoable' | 'unrecorded' | 'readonly' | 'replay';

interface EntryBase {
  /** Holds the write lock while it runs (every writing command does; readonly ones may). */
  readonly locked: boolean;
}

export interface TransactionEntry<M extends CommandName> extends EntryBase {
  readonly kind: 'undoable' | 'unrecorded';
  /** 'pipeline': the pipeline regrades what the rows written call for; 'command': the command did. */
  readonly regrade: 'pipeline' | 'command';
  beforeTransaction(input: CommandInput<M>): Promise<unknown>;
  /** Returns what `reply` turns into the output once the change is committed. */
  run(input: CommandInput<M>, run: CommandRun, prepared: unknown): unknown;
  reply(input: CommandInput<M>, result: unknown, run: CommandRun): CommandOutput<M>;
}

export interface ReadonlyEntry<M extends CommandName> extends EntryBase {
  readonly kind: 'readonly';
  run(input: CommandInput<M>): CommandOutput<M> | Promise<CommandOutput<M>>;
}

export interface ReplayEntry extends EntryBase {
  readonly kind: 'replay';
  readonly direction: 'undo' | 'redo';
}

export type CommandEntry<M extends CommandName> = TransactionEntry<M> | ReadonlyEntry<M> | (M extends 'history.undo' | 'history.redo' ? ReplayEntry : never);

/** One entry per contract command: a command missing here is a compile error. */
export type CommandTable = { [M in CommandName]: CommandEntry<M> };

interface SpecBase<M extends CommandName, P> {
  kind: 'undoable' | 'unrecorded';
  regrade?: 'pipeline' | 'command';
  /** Under the write lock, before the transaction opens: checks, a verified backup. */
  beforeTransaction?: (input: CommandInput<M>) => Promise<P> | P;
}

/**
 * A command's parts. `run` is the change itself: synchronous, inside the transaction. Its
 * result is the reply, unless `reply` turns it into one after the commit (the row as the
 * pipeline regraded it, in-memory follow-ups that must not happen for a rolled-back change);
 * a `run` whose result is not the contract's output must have a `reply`.
 */
export type CommandSpec<M extends CommandName, P, R> = SpecBase<M, P> & {
  run: (input: CommandInput<M>, run: CommandRun, prepared: P) => R;
} & ([R] extends [CommandOutput<M>]
    ? { reply?: (input: CommandInput<M>, result: R, run: CommandRun) => CommandOutput<M> }
    : { reply: (input: CommandInput<M>, result: R, run: CommandRun) => CommandOutput<M> });

export function defineCommand<M extends CommandName, P = undefined, R = CommandOutput<M>>(_name: M, spec: CommandSpec<M, P, R>): TransactionEntry<M> {
  const { reply } = spec as { reply?: (input: CommandInput<M>, result: R, run: CommandRun) => CommandOutput<M> };
  return {
    kind: spec.kind,
    locked: true,
    regrade: spec.regrade ?? 'pipeline',
    beforeTransaction: async (input) => (spec.beforeTransaction ? await spec.beforeTransaction(input) : undefined),
    // The pipeline hands run exactly what beforeTransaction returned, and reply exactly what run returned.
    run: (input, run, prepared) => spec.run(input, run, prepared as P),
    reply: (input, result, run) => (reply ? reply(input, result as R, run) : (result as CommandOutput<M>)),
  };
}

export function defineReadonlyCommand<M extends CommandName>(
  _name: M,
  run: ReadonlyEntry<M>['run'],
  options: { locked?: boolean } = {},
): ReadonlyEntry<M> {
  return { kind: 'readonly', locked: options.locked ?? false, run };
}
