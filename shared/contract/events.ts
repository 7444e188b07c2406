import { z } from 'zod';

/**
 * What a command touched, by family of data. The core derives the scopes of a change from the
 * rows it wrote (electron/core/commands/changeScopes.ts), so no command can forget one.
 */
export const DataScope = z.enum([
  'clients',
  'grades',
  'reps',
  'hospitals',
  'models',
  'dictionaries',
  'calendar',
  'plans',
  'snapshots',
  'imports',
  'settings',
  'history',
]);
export type DataScope = z.infer<typeof DataScope>;
export const DATA_SCOPES = DataScope.options;

/** Events the core pushes to every window: '<domain>:<pastTense>'. */
export const MenuCommand = z.enum(['undo', 'redo', 'import', 'export', 'printVisitPlan']);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const events = {
  /**
   * One event per command. With clientIds, the clients and grades scopes are limited to those
   * clients (an edit, a move); without, any client may have changed (an import, a regrade).
   */
  'data:changed': z.object({
    scopes: z.array(DataScope).min(1),
    clientIds: z.array(z.number().int().positive()).optional(),
    /** Clients were added or removed (not only changed): lists and counts must reload. */
    clientSetChanged: z.literal(true).optional(),
  }),
  /**
   * A long write the desktop host must not interrupt began or ended: an import (transfer.commit).
   * The updater never installs while one runs (electron/main/updates).
   */
  'activity:changed': z.object({ importing: z.boolean() }),
  /** Sent by the Electron host (not the core) when a menu item needs the page to act. */
  'menu:commandRequested': z.object({ command: MenuCommand }),
  /**
   * Sent by the Electron host when the core worker died and a new one is serving again: calls
   * in flight were answered with 'core.restarted', and every view refetches.
   */
  'core:restarted': z.object({ restarts: z.number().int().positive() }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(events, value);
}
