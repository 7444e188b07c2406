/**
 * Contract methods of the transfer feature, merged into `methods` (shared/contract/methods.ts).
 * Declared with query()/command() from ./defineMethod and zod schemas, like the rest.
 */
export const transferMethods = {} as const;
