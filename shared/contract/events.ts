import { z } from 'zod';

export const DataScope = z.enum(['clients', 'reps', 'hospitals', 'grades', 'models', 'settings', 'all']);
export type DataScope = z.infer<typeof DataScope>;

/** Events the core pushes to every window: '<domain>:<pastTense>'. */
export const MenuCommand = z.enum(['undo', 'redo', 'import', 'export', 'printVisitPlan']);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const events = {
  'data:changed': z.object({ scopes: z.array(DataScope).min(1) }),
  /** Sent by the Electron host (not the core) when a menu item needs the page to act. */
  'menu:commandRequested': z.object({ command: MenuCommand }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(events, value);
}
