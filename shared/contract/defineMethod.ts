import type { z } from 'zod';
import type { DataScope } from './events';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, Mutates extends boolean = boolean> {
  readonly input: I;
  readonly output: O;
  /** Commands change data and run through the core's command pipeline; queries only read. */
  readonly mutates: Mutates;
  /**
   * What a query reads: a 'data:changed' event makes stale only the queries that read one of
   * its scopes. Commands read nothing (their results are not cached).
   */
  readonly reads: readonly DataScope[];
}

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, reads: readonly DataScope[]): MethodSpec<I, O, false> => ({
  input,
  output,
  mutates: false,
  reads,
});

export const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O, true> => ({
  input,
  output,
  mutates: true,
  reads: [],
});
