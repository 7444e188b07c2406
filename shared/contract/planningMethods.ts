/**
 * Contract methods of the planning feature, merged into `methods` (shared/contract/methods.ts).
 * Declared with query()/command() from ./defineMethod and zod schemas, like the rest.
 */
export const planningMethods = {} as const;
