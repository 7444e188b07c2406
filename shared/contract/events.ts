import { z } from 'zod';

export const DataScope = z.enum(['clients', 'reps', 'hospitals', 'grades', 'models', 'settings', 'all']);
export type DataScope = z.infer<typeof DataScope>;

/** Events the core pushes to every window: '<domain>:<pastTense>'. */
export const events = {
  'data:changed': z.object({ scopes: z.array(DataScope).min(1) }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(events, value);
}
